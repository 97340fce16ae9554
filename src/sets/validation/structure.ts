// Structural checks of a criteria set read from JSON or a definition workbook: every
// property has the right type, required ones are present, ids and dates are well formed,
// rule kinds exist. Semantic checks (references, sums, bounds) run only on a set that
// passes these, so they can rely on the model's types.

import { LEGACY_GROUP_LEVELS } from '../../criteria/groups';
import { GROUP_LEVELS } from '../../criteria/model';
import type { Aggregate, CriteriaSet, FieldType, Check, RuleKind } from '../../criteria/model';
import type { PropertySpec, PropertyType } from '../../rules/kind';
import { isRuleKind, KINDS, RULE_KINDS } from '../../rules/registry';
import { childPath, IssueList } from './issues';
import { suggest } from '../../util/suggest';

type Checker = (value: unknown, path: string, issues: IssueList) => void;

interface Property {
  required: boolean;
  check: Checker;
}

type Shape = Record<string, Property>;

export const FIELD_TYPES: readonly FieldType[] = ['integer', 'decimal', 'percent', 'yesno', 'choice', 'count', 'text', 'date'];
export const CHECK_OPS: readonly Check['op'][] = ['<=', '>=', '<', '>', '='];
export const AGGREGATE_OPS: readonly Aggregate['op'][] = ['count', 'countYes', 'shareYes', 'sum', 'average', 'averageTotal'];
export const MAX_PRECISION = 4;

export const SET_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A group's code: short, lower-case ASCII, e.g. so, huyen, xa, so_2025. */
export const GROUP_CODE_PATTERN = /^[a-z][a-z0-9_]{0,19}$/;
export const FIELD_ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const SECTION_CODE_PATTERN = /^[0-9A-Za-z]+$/;
export const CRITERION_CODE_PATTERN = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks the shape of `value`; true when it has no structural error (warnings allowed). */
export function checkStructure(value: unknown, issues: IssueList): value is CriteriaSet {
  const before = issues.items.filter((issue) => issue.severity === 'error').length;
  object(setShape(value), 'bộ tiêu chí', 'criteria set')(value, '', issues);
  return issues.items.filter((issue) => issue.severity === 'error').length === before;
}

// ---- leaf checkers -------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface TextOptions {
  pattern?: RegExp;
  /** What the pattern allows, in Vietnamese and English. */
  patternVi?: string;
  patternEn?: string;
}

function text(options: TextOptions = {}): Checker {
  return (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.error(path, 'notString', 'phải là chuỗi văn bản', 'must be a string');
      return;
    }
    if (value.trim() === '') {
      issues.error(path, 'emptyString', 'không được để trống', 'must not be empty');
      return;
    }
    if (options.pattern && !options.pattern.test(value)) {
      issues.error(path, 'badId', `mã '${value}' không hợp lệ: ${options.patternVi}`, `invalid identifier '${value}': ${options.patternEn}`);
      return;
    }
    if (value !== value.normalize('NFC')) {
      issues.warning(path, 'notNfc', 'văn bản chưa ở dạng Unicode dựng sẵn (NFC); sẽ được chuẩn hoá khi so sánh', 'text is not in Unicode NFC form; it is normalised when compared');
    }
  };
}

const fieldId = text({
  pattern: FIELD_ID_PATTERN,
  patternVi: 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái',
  patternEn: 'lower-case ASCII letters, digits and underscores, starting with a letter',
});

interface NumberOptions {
  integer?: boolean;
  min?: number;
  max?: number;
  /** Code used when the value is below `min` (default 'outOfRange'). */
  belowCode?: string;
}

function number(options: NumberOptions = {}): Checker {
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.error(path, 'notNumber', 'phải là một số', 'must be a number');
      return;
    }
    if (options.integer && !Number.isInteger(value)) {
      issues.error(path, 'notInteger', `phải là số nguyên (đang là ${value})`, `must be a whole number (got ${value})`);
      return;
    }
    if (options.min !== undefined && value < options.min) {
      const code = options.belowCode ?? 'outOfRange';
      const vi = code === 'negativeMax' ? `điểm tối đa không được âm (đang là ${value})` : `phải từ ${options.min} trở lên (đang là ${value})`;
      const en = code === 'negativeMax' ? `a maximum must not be negative (got ${value})` : `must be at least ${options.min} (got ${value})`;
      issues.error(path, code, vi, en);
      return;
    }
    if (options.max !== undefined && value > options.max) {
      issues.error(path, 'outOfRange', `phải từ ${options.max} trở xuống (đang là ${value})`, `must be at most ${options.max} (got ${value})`);
    }
  };
}

const groupCode = text({
  pattern: GROUP_CODE_PATTERN,
  patternVi: 'mã nhóm gồm tối đa 20 chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái, ví dụ so, huyen, xa',
  patternEn: 'a group code of at most 20 lower-case ASCII letters, digits and underscores, starting with a letter, e.g. so, huyen, xa',
});

const maximum = number({ min: 0, belowCode: 'negativeMax' });

const boolean: Checker = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.error(path, 'notBoolean', 'phải là true hoặc false', 'must be true or false');
};

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDate: Checker = (value, path, issues) => {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    issues.error(path, 'badDate', `ngày '${shown}' không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2018-07-05)`, `invalid date '${shown}' (expected YYYY-MM-DD, e.g. 2018-07-05)`);
  }
};

function oneOf(values: readonly string[], code: string, whatVi: string, whatEn: string): Checker {
  return (value, path, issues) => {
    if (typeof value === 'string' && values.includes(value)) return;
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    const guess = typeof value === 'string' ? suggest(value, values) : undefined;
    if (guess) {
      issues.error(path, code, `${whatVi} '${shown}' không tồn tại — có phải '${guess}'?`, `unknown ${whatEn} '${shown}', did you mean '${guess}'?`);
    } else {
      issues.error(path, code, `${whatVi} '${shown}' không tồn tại (dùng một trong: ${values.join(', ')})`, `unknown ${whatEn} '${shown}' (use one of: ${values.join(', ')})`);
    }
  };
}

function list(item: Checker): Checker {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.error(path, 'notArray', 'phải là một danh sách', 'must be a list');
      return;
    }
    value.forEach((element, index) => item(element, childPath(path, index), issues));
  };
}

function object(shape: Shape, whatVi: string, whatEn: string): Checker {
  return (value, path, issues) => {
    if (!isRecord(value)) {
      issues.error(path, 'notObject', `phải là một đối tượng (${whatVi})`, `must be an object (${whatEn})`);
      return;
    }
    checkProperties(value, shape, path, issues);
  };
}

function checkProperties(value: Record<string, unknown>, shape: Shape, path: string, issues: IssueList): void {
  for (const [key, property] of Object.entries(shape)) {
    const at = childPath(path, key);
    if (value[key] === undefined) {
      if (property.required) issues.error(at, 'missingProperty', `thiếu thuộc tính bắt buộc '${key}'`, `missing required property '${key}'`);
    } else {
      property.check(value[key], at, issues);
    }
  }
  const known = Object.keys(shape);
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const guess = suggest(key, known);
    const hintVi = guess ? ` — có phải '${guess}'?` : '';
    const hintEn = guess ? `, did you mean '${guess}'?` : '';
    issues.warning(childPath(path, key), 'unknownProperty', `thuộc tính '${key}' không được dùng và sẽ bị bỏ qua${hintVi}`, `unknown property '${key}' is ignored${hintEn}`);
  }
}

const required = (check: Checker): Property => ({ required: true, check });
const optional = (check: Checker): Property => ({ required: false, check });

// ---- rules ---------------------------------------------------------------------------
// A rule's shape comes from its kind's module: each property's type (src/rules/kind.ts) has
// its checker here, so a property type without one is a compile error.

const operand: Checker = (value, path, issues) => {
  if (isRecord(value) && 'field' in value && !('value' in value)) {
    checkProperties(value, { field: required(fieldId) }, path, issues);
  } else if (isRecord(value) && 'value' in value && !('field' in value)) {
    checkProperties(value, { value: required(number()) }, path, issues);
  } else {
    issues.error(path, 'badOperand', 'toán hạng phải là { "field": mã trường } hoặc { "value": số }', 'an operand must be { "field": id } or { "value": number }');
  }
};

const ruleKind = oneOf(RULE_KINDS, 'unknownRuleKind', 'quy tắc', 'rule');

const rule: Checker = (value, path, issues) => {
  if (!isRecord(value)) {
    issues.error(path, 'notObject', 'phải là một đối tượng (quy tắc tính điểm)', 'must be an object (a scoring rule)');
    return;
  }
  const kind = value.kind;
  if (kind === undefined) {
    issues.error(childPath(path, 'kind'), 'missingProperty', "thiếu thuộc tính bắt buộc 'kind' (loại quy tắc)", "missing required property 'kind' (rule kind)");
    return;
  }
  if (typeof kind !== 'string' || !isRuleKind(kind)) {
    ruleKind(kind, childPath(path, 'kind'), issues);
    return;
  }
  checkProperties(value, { kind: required(ruleKind), ...ruleShape(kind) }, path, issues);
};

const PROPERTY_CHECKERS: Record<PropertyType, Checker> = {
  numberField: fieldId,
  yesnoField: fieldId,
  choiceField: fieldId,
  bestField: fieldId,
  operand,
  points: number(),
  maximum,
  reference: number({ min: 0 }),
  steps: list(object({ atLeast: required(number()), points: required(number()) }, 'bậc điểm', 'step')),
  yesnoItems: list(object({ field: required(fieldId), points: required(number()) }, 'mục có/không', 'yes/no item')),
  choicePoints: list(object({ label: required(text()), points: required(number()) }, 'điểm theo lựa chọn', 'points of a choice')),
  rule: (value, path, issues) => rule(value, path, issues),
  rules: (value, path, issues) => list(rule)(value, path, issues),
};

/** The shape of a rule of `kind`: each declared property with its type's checker. */
function ruleShape(kind: RuleKind): Shape {
  const properties = KINDS[kind].properties as Record<string, PropertySpec>;
  const shape: Shape = {};
  for (const [name, spec] of Object.entries(properties)) shape[name] = { required: spec.required, check: PROPERTY_CHECKERS[spec.type] };
  return shape;
}

// ---- the set -------------------------------------------------------------------------

const FIELD_SHAPE: Shape = {
  id: required(fieldId),
  label: required(text()),
  type: required(oneOf(FIELD_TYPES, 'unknownFieldType', 'kiểu dữ liệu', 'field type')),
  unit: optional(text()),
  min: optional(number()),
  max: optional(number()),
  required: required(boolean),
  choices: optional(list(object({ label: required(text()) }, 'lựa chọn', 'choice'))),
  help: optional(text()),
  aggregate: optional(
    object(
      {
        fromGroup: required(groupCode),
        op: required(oneOf(AGGREGATE_OPS, 'unknownAggregateOp', 'phép tổng hợp', 'aggregate operation')),
        field: optional(fieldId),
        values: optional(list(text())),
      },
      'cách tổng hợp từ cấp dưới',
      'aggregate',
    ),
  ),
};

const fields = list(object(FIELD_SHAPE, 'trường dữ liệu', 'input field'));

const CRITERION_SHAPE: Shape = {
  code: required(text({ pattern: CRITERION_CODE_PATTERN, patternVi: 'dạng 1, 1.1 hoặc 1.1.a (chữ, số và dấu chấm)', patternEn: 'like 1, 1.1 or 1.1.a (letters, digits and dots)' })),
  name: required(text()),
  guidance: required(text()),
  max: required(maximum),
  evidenceRequired: required(boolean),
  fields: required(fields),
  rule: required(rule),
};

const SECTION_SHAPE: Shape = {
  code: required(text({ pattern: SECTION_CODE_PATTERN, patternVi: 'chỉ gồm chữ và số, ví dụ I hoặc 1', patternEn: 'letters and digits only, e.g. I or 1' })),
  name: required(text()),
  max: required(maximum),
  criteria: required(list(object(CRITERION_SHAPE, 'tiêu chí', 'criterion'))),
};

const LEGAL_BASIS_SHAPE: Shape = { decision: required(text()), date: required(isoDate), issuer: required(text()) };

const SET_SHAPE: Shape = {
  id: required(text({ pattern: SET_ID_PATTERN, patternVi: 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ phutho-2018-xa', patternEn: 'lower-case ASCII letters, digits and hyphens, e.g. phutho-2018-xa' })),
  title: required(text()),
  year: required(number({ integer: true, min: 2000, max: 2100 })),
  province: required(text()),
  legalBasis: required(object(LEGAL_BASIS_SHAPE, 'căn cứ pháp lý', 'legal basis')),
  guidanceLetter: optional(object(LEGAL_BASIS_SHAPE, 'văn bản hướng dẫn', 'guidance letter')),
  group: required(groupCode),
  groupName: required(text()),
  groupLevel: optional(oneOf(GROUP_LEVELS, 'unknownGroupLevel', 'cấp của nhóm', 'group level')),
  formName: required(text()),
  issuingBody: required(text()),
  dataPeriod: required(object({ from: required(isoDate), to: required(isoDate) }, 'kỳ số liệu', 'data period')),
  deadline: optional(isoDate),
  sendTo: optional(text()),
  maxTotal: required(maximum),
  precision: required(number({ integer: true, min: 0, max: MAX_PRECISION })),
  bands: required(list(object({ label: required(text()), min: required(number({ min: 0 })) }, 'mức xếp loại', 'band'))),
  generalFields: required(fields),
  sections: required(list(object(SECTION_SHAPE, 'nhóm tiêu chí', 'section'))),
  checks: required(
    list(
      object(
        {
          left: required(fieldId),
          op: required(oneOf(CHECK_OPS, 'unknownOperator', 'phép so sánh', 'operator')),
          right: required(fieldId),
          message: required(text()),
        },
        'phép kiểm tra',
        'check',
      ),
    ),
  ),
  provenance: required(
    object({ official: required(list(text())), reconstructed: required(list(text())), note: required(text()) }, 'nguồn gốc', 'provenance'),
  ),
};

/**
 * The set's shape: a group's level is required, except for the codes so / huyen / xa, whose
 * level sets written before groups were data imply (criteria/groups.ts).
 */
function setShape(value: unknown): Shape {
  const group = isRecord(value) ? value.group : undefined;
  if (typeof group === 'string' && LEGACY_GROUP_LEVELS.has(group)) return SET_SHAPE;
  return { ...SET_SHAPE, groupLevel: { ...SET_SHAPE.groupLevel, required: true } };
}
