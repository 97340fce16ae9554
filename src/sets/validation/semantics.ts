// Semantic checks of a structurally sound criteria set: unique codes and ids, every
// field a rule or check uses exists with a type the rule can score, maxima add up,
// no rule promises more than its criterion's max, bands cover the score range, and
// choice lists fit an Excel data-validation list.

import { UNIT_NAME_FIELD } from '../../criteria/model';
import type { Band, CriteriaSet, Criterion, FieldType, InputField, Rule, Section } from '../../criteria/model';
import type { PropertySpec, PropertyType } from '../../rules/kind';
import { kindModule } from '../../rules/registry';
import { childEntries, ownFieldUses, type FieldUse } from '../../rules/tree';
import { ruleUpperBound } from '../../rules/bounds';
import { checkAggregates } from './aggregates';
import { checkRoles } from './roles';
import { isNormalSection, normalCriteriaMax } from '../../criteria/roles';
import { checkCohortReferences } from './cohort-references';
import { childPath, IssueList } from './issues';
import { checkMaximaPrecision } from './maxima-precision';
import { suggest } from '../../util/suggest';

const NUMERIC_TYPES: readonly FieldType[] = ['integer', 'decimal', 'percent', 'count'];
const YESNO_TYPES: readonly FieldType[] = ['yesno'];
const CHOICE_TYPES: readonly FieldType[] = ['choice'];
const SCORABLE_TYPES: readonly FieldType[] = [...NUMERIC_TYPES, 'yesno', 'choice'];
/** Excel limits the comma-joined source of a data-validation list to 255 characters. */
export const MAX_CHOICE_LIST_LENGTH = 255;
/** Sums of points are compared with this tolerance (decimal maxima such as 2.5). */
const EPSILON = 1e-9;

export function checkSemantics(set: CriteriaSet, issues: IssueList): void {
  const fields = indexFields(set, issues);
  const used = new Set<string>();
  checkGeneral(set, fields, issues);
  checkSections(set, fields, used, issues);
  checkBands(set.bands, set.maxTotal + (set.maxBonus ?? 0), issues);
  checkChecks(set, fields, used, issues);
  warnUnusedFields(set, used, issues);
  checkMaximaPrecision(set, issues);
  checkCohortReferences(set, issues);
  checkAggregates(set, issues);
  checkRoles(set, issues);
}

interface IndexedField {
  field: InputField;
  path: string;
}

function indexFields(set: CriteriaSet, issues: IssueList): Map<string, IndexedField> {
  const byId = new Map<string, IndexedField>();
  const visit = (field: InputField, path: string) => {
    const first = byId.get(field.id);
    if (first) {
      issues.error(childPath(path, 'id'), 'duplicateFieldId', `mã trường '${field.id}' bị trùng (đã dùng tại ${first.path})`, `duplicate field id '${field.id}' (already used at ${first.path})`);
    } else {
      byId.set(field.id, { field, path });
    }
    checkField(field, path, issues);
  };
  set.generalFields.forEach((field, i) => visit(field, childPath('generalFields', i)));
  set.sections.forEach((section, s) =>
    section.criteria.forEach((criterion, c) =>
      criterion.fields.forEach((field, f) => visit(field, `sections[${s}].criteria[${c}].fields[${f}]`)),
    ),
  );
  return byId;
}

function checkField(field: InputField, path: string, issues: IssueList): void {
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
    issues.error(childPath(path, 'min'), 'minAboveMax', `giới hạn dưới (${field.min}) lớn hơn giới hạn trên (${field.max})`, `lower bound (${field.min}) is above upper bound (${field.max})`);
  }
  if (field.type === 'percent' && field.max !== undefined && field.max > 1) {
    issues.warning(childPath(path, 'max'), 'percentAboveOne', `tỷ lệ được lưu dưới dạng phân số (1 = 100%); giới hạn trên ${field.max} vượt 100%`, `percentages are fractions (1 = 100%); upper bound ${field.max} exceeds 100%`);
  }
  if (field.type === 'choice') {
    checkChoices(field, path, issues);
  } else if (field.choices !== undefined) {
    issues.warning(childPath(path, 'choices'), 'choicesIgnored', `danh sách lựa chọn chỉ dùng cho kiểu 'choice' và sẽ bị bỏ qua`, `choices apply only to 'choice' fields and are ignored`);
  }
}

function checkChoices(field: InputField, path: string, issues: IssueList): void {
  const choices = field.choices ?? [];
  if (choices.length === 0) {
    issues.error(childPath(path, 'choices'), 'missingChoices', `trường lựa chọn '${field.id}' chưa có danh sách lựa chọn`, `choice field '${field.id}' has no choices`);
    return;
  }
  const seen = new Set<string>();
  choices.forEach((choice, i) => {
    const at = `${path}.choices[${i}].label`;
    const label = choice.label.normalize('NFC');
    if (label.includes(',')) {
      issues.error(at, 'commaInChoice', `lựa chọn '${choice.label}' không được chứa dấu phẩy (danh sách chọn của Excel phân tách bằng dấu phẩy)`, `choice '${choice.label}' must not contain a comma (Excel validation lists are comma-separated)`);
    }
    if (seen.has(label)) {
      issues.error(at, 'duplicateChoice', `lựa chọn '${choice.label}' bị trùng`, `duplicate choice '${choice.label}'`);
    }
    seen.add(label);
  });
  const length = choices.map((choice) => choice.label).join(',').length;
  if (length > MAX_CHOICE_LIST_LENGTH) {
    issues.error(childPath(path, 'choices'), 'choiceListTooLong', `danh sách lựa chọn dài ${length} ký tự, vượt giới hạn ${MAX_CHOICE_LIST_LENGTH} ký tự của Excel`, `the choice list is ${length} characters long, above Excel's limit of ${MAX_CHOICE_LIST_LENGTH}`);
  }
}

function checkGeneral(set: CriteriaSet, fields: Map<string, IndexedField>, issues: IssueList): void {
  if (!set.generalFields.some((field) => field.id === UNIT_NAME_FIELD)) {
    issues.error('generalFields', 'missingUnitNameField', `thông tin chung phải có trường '${UNIT_NAME_FIELD}' (tên đơn vị)`, `the general block must have the '${UNIT_NAME_FIELD}' field (unit name)`);
  } else if (fields.get(UNIT_NAME_FIELD)?.field.type !== 'text') {
    issues.error(fields.get(UNIT_NAME_FIELD)?.path ?? 'generalFields', 'fieldTypeMismatch', `trường '${UNIT_NAME_FIELD}' (tên đơn vị) phải có kiểu 'text'`, `the '${UNIT_NAME_FIELD}' field (unit name) must be of type 'text'`);
  }
  if (set.dataPeriod.from > set.dataPeriod.to) {
    issues.error('dataPeriod', 'badPeriod', `kỳ số liệu bắt đầu (${set.dataPeriod.from}) sau ngày kết thúc (${set.dataPeriod.to})`, `the data period starts (${set.dataPeriod.from}) after it ends (${set.dataPeriod.to})`);
  }
  if (set.deadline !== undefined && set.deadline < set.dataPeriod.from) {
    issues.error('deadline', 'badDeadline', `hạn gửi (${set.deadline}) trước khi kỳ số liệu bắt đầu (${set.dataPeriod.from})`, `the deadline (${set.deadline}) is before the data period starts (${set.dataPeriod.from})`);
  }
}

// ---- sections, criteria and rules ----------------------------------------------------

function checkSections(set: CriteriaSet, fields: Map<string, IndexedField>, used: Set<string>, issues: IssueList): void {
  const sectionCodes = new Map<string, string>();
  const criterionCodes = new Map<string, string>();
  let total = 0;
  set.sections.forEach((section, s) => {
    const path = childPath('sections', s);
    noteUnique(sectionCodes, section.code, childPath(path, 'code'), 'duplicateSectionCode', 'nhóm tiêu chí', 'section', issues);
    section.criteria.forEach((criterion, c) => {
      const at = `${path}.criteria[${c}]`;
      noteUnique(criterionCodes, criterion.code, childPath(at, 'code'), 'duplicateCriterionCode', 'tiêu chí', 'criterion', issues);
      checkRule(criterion.rule, childPath(at, 'rule'), true, fields, used, issues);
      checkRuleBound(criterion, at, issues);
    });
    checkSectionMax(section, path, issues);
    if (isNormalSection(section)) total += section.max;
  });
  if (Math.abs(total - set.maxTotal) > EPSILON) {
    issues.error('maxTotal', 'totalMaxMismatch', `tổng điểm tối đa (${set.maxTotal}) khác tổng điểm tối đa của các nhóm (${round(total)})`, `the maximum total (${set.maxTotal}) differs from the sum of section maxima (${round(total)})`);
  }
}

function noteUnique(seen: Map<string, string>, code: string, path: string, issueCode: string, whatVi: string, whatEn: string, issues: IssueList): void {
  const first = seen.get(code);
  if (first !== undefined) {
    issues.error(path, issueCode, `mã ${whatVi} '${code}' bị trùng (đã dùng tại ${first})`, `duplicate ${whatEn} code '${code}' (already used at ${first})`);
  } else {
    seen.set(code, path);
  }
}

function checkSectionMax(section: Section, path: string, issues: IssueList): void {
  if (section.criteria.length === 0) {
    issues.error(childPath(path, 'criteria'), 'emptySection', `nhóm '${section.code}' chưa có tiêu chí nào`, `section '${section.code}' has no criteria`);
    return;
  }
  if (!isNormalSection(section)) return; // a bonus or deduction section caps its items at its max
  const sum = normalCriteriaMax(section);
  if (sum < section.max - EPSILON) {
    issues.error(childPath(path, 'max'), 'sectionMaxUnreachable', `tổng điểm tối đa các tiêu chí của nhóm '${section.code}' (${round(sum)}) nhỏ hơn điểm tối đa của nhóm (${section.max}): nhóm không thể đạt điểm tối đa`, `the criteria of section '${section.code}' add up to ${round(sum)}, below the section maximum ${section.max}: it cannot be reached`);
  } else if (sum > section.max + EPSILON) {
    issues.warning(childPath(path, 'max'), 'sectionMaxCapped', `tổng điểm tối đa các tiêu chí của nhóm '${section.code}' (${round(sum)}) lớn hơn điểm tối đa của nhóm (${section.max}): điểm nhóm bị giới hạn ở ${section.max}`, `the criteria of section '${section.code}' add up to ${round(sum)}, above the section maximum ${section.max}: the sub-total is capped`);
  }
}

function checkRuleBound(criterion: Criterion, path: string, issues: IssueList): void {
  const upper = ruleUpperBound(criterion.rule, criterion.max);
  if (upper > criterion.max + EPSILON) {
    issues.error(childPath(path, 'rule'), 'ruleExceedsMax', `quy tắc của tiêu chí '${criterion.code}' có thể cho tới ${round(upper)} điểm, vượt điểm tối đa ${criterion.max}`, `the rule of criterion '${criterion.code}' can give up to ${round(upper)} points, above its maximum ${criterion.max}`);
  } else if (upper < criterion.max - EPSILON) {
    issues.warning(childPath(path, 'rule'), 'ruleBelowMax', `quy tắc của tiêu chí '${criterion.code}' cho nhiều nhất ${round(upper)} điểm, chưa đạt điểm tối đa ${criterion.max}`, `the rule of criterion '${criterion.code}' gives at most ${round(upper)} points, below its maximum ${criterion.max}`);
  }
}

interface Expected {
  types: readonly FieldType[];
  vi: string;
  en: string;
}

const NUMERIC: Expected = { types: NUMERIC_TYPES, vi: 'kiểu số (integer, decimal, percent, count)', en: 'a numeric type (integer, decimal, percent, count)' };
const EXPECTED: Record<FieldUse['expects'], Expected> = {
  number: NUMERIC,
  yesno: { types: YESNO_TYPES, vi: "kiểu có/không ('yesno')", en: "a yes/no field ('yesno')" },
  choice: { types: CHOICE_TYPES, vi: "kiểu lựa chọn ('choice')", en: "a choice field ('choice')" },
};

/** Property types that hold a list: an empty one is an error. */
const LISTS: readonly PropertyType[] = ['steps', 'yesnoItems', 'choicePoints', 'conditions', 'subindexItems', 'rules'];

/** A rule and its sub-rules: the fields they read exist with the right types, lists are not empty, each kind's own checks. */
function checkRule(rule: Rule, path: string, top: boolean, fields: Map<string, IndexedField>, used: Set<string>, issues: IssueList): void {
  const record = rule as unknown as Record<string, unknown>;
  for (const [name, spec] of Object.entries(kindModule(rule).properties as Record<string, PropertySpec>)) {
    const value = record[name];
    if (LISTS.includes(spec.type) && Array.isArray(value) && value.length === 0) emptyList(childPath(path, name), rule.kind, issues);
  }
  for (const use of ownFieldUses(rule)) {
    used.add(use.field);
    checkFieldUse(use.field, path + use.at, EXPECTED[use.expects], fields, issues);
  }
  kindModule(rule).check(rule, {
    path,
    top,
    field: (id) => fields.get(id)?.field,
    error: (at, text) => issues.report('error', at, text),
    warning: (at, text) => issues.report('warning', at, text),
  });
  for (const child of childEntries(rule)) checkRule(child.rule, path + child.at, false, fields, used, issues);
}

/** True when the field exists and has an expected type. */
function checkFieldUse(id: string, path: string, expected: Expected, fields: Map<string, IndexedField>, issues: IssueList): boolean {
  const found = fields.get(id);
  if (!found) {
    const guess = suggest(id, [...fields.keys()]);
    const hintVi = guess ? ` — có phải '${guess}'?` : '';
    const hintEn = guess ? `, did you mean '${guess}'?` : '';
    issues.error(path, 'unknownField', `trường '${id}' không tồn tại trong bộ tiêu chí${hintVi}`, `field '${id}' does not exist in the set${hintEn}`);
    return false;
  }
  if (!expected.types.includes(found.field.type)) {
    issues.error(path, 'fieldTypeMismatch', `trường '${id}' có kiểu '${found.field.type}', cần ${expected.vi}`, `field '${id}' is of type '${found.field.type}', expected ${expected.en}`);
    return false;
  }
  return true;
}

function emptyList(path: string, kind: string, issues: IssueList): void {
  issues.error(path, 'emptyList', `quy tắc '${kind}' cần ít nhất một mục`, `a '${kind}' rule needs at least one item`);
}

// ---- bands, checks, unused fields -----------------------------------------------------

function checkBands(bands: Band[], maxTotal: number, issues: IssueList): void {
  if (bands.length === 0) return;
  const labels = new Set<string>();
  bands.forEach((band, i) => {
    const path = childPath('bands', i);
    if (labels.has(band.label.normalize('NFC'))) {
      issues.error(childPath(path, 'label'), 'duplicateBand', `mức xếp loại '${band.label}' bị trùng`, `duplicate band '${band.label}'`);
    }
    labels.add(band.label.normalize('NFC'));
    if (band.min > maxTotal) {
      issues.error(childPath(path, 'min'), 'bandAboveMax', `ngưỡng của mức '${band.label}' (${band.min}) vượt tổng điểm tối đa (${maxTotal})`, `the threshold of band '${band.label}' (${band.min}) is above the maximum total (${maxTotal})`);
    }
    if (i === 0) return;
    const previous = bands[i - 1];
    if (band.min === previous.min) {
      issues.error(childPath(path, 'min'), 'duplicateBand', `mức '${band.label}' có cùng ngưỡng ${band.min} với mức '${previous.label}'`, `band '${band.label}' has the same threshold ${band.min} as '${previous.label}'`);
    } else if (band.min > previous.min) {
      issues.error(childPath(path, 'min'), 'bandsUnordered', `các mức xếp loại phải xếp theo ngưỡng giảm dần ('${band.label}' ${band.min} đứng sau '${previous.label}' ${previous.min})`, `bands must be in decreasing order of threshold ('${band.label}' ${band.min} comes after '${previous.label}' ${previous.min})`);
    }
  });
  const last = bands[bands.length - 1];
  if (last.min !== 0) {
    issues.error(childPath(childPath('bands', bands.length - 1), 'min'), 'bandsNotFromZero', `mức thấp nhất ('${last.label}') phải bắt đầu từ 0 để mọi tổng điểm đều được xếp loại (đang là ${last.min})`, `the lowest band ('${last.label}') must start at 0 so every total gets a band (got ${last.min})`);
  }
}

function checkChecks(set: CriteriaSet, fields: Map<string, IndexedField>, used: Set<string>, issues: IssueList): void {
  set.checks.forEach((check, i) => {
    for (const side of ['left', 'right'] as const) {
      used.add(check[side]);
      checkFieldUse(check[side], `checks[${i}].${side}`, NUMERIC, fields, issues);
    }
  });
}

function warnUnusedFields(set: CriteriaSet, used: Set<string>, issues: IssueList): void {
  set.sections.forEach((section, s) =>
    section.criteria.forEach((criterion, c) =>
      criterion.fields.forEach((field, f) => {
        if (!SCORABLE_TYPES.includes(field.type) || used.has(field.id)) return;
        issues.warning(`sections[${s}].criteria[${c}].fields[${f}]`, 'unusedField', `trường '${field.id}' không được quy tắc hay phép kiểm tra nào sử dụng`, `field '${field.id}' is used by no rule or check`);
      }),
    ),
  );
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
