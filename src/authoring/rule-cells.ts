// A scoring rule on one row of tieu_chi: its kind in the `rule` column and its parameters in
// plain columns (field, num, den, points, steps, items, choice_points, each, cap, reference).
// Reading builds the rule object (sub-rules are attached by the caller); writing is the inverse.

import { RULE_KINDS } from '../criteria/model';
import type { Operand, Rule, RuleKind } from '../criteria/model';
import { formatPairs, numberFromText, parsePairs } from './cells';
import { childrenProperty, PARAM_KEYS, RULE_COLUMNS, ruleProperty, type ParamKey } from './format';
import type { SheetReader } from './reader';

export type RuleDraft = Record<string, unknown> & { kind: string };

const PAIR_SHAPES: Partial<Record<ParamKey, { vi: string; en: string; keyIsNumber: boolean }>> = {
  steps: { vi: "'ngưỡng:điểm', ví dụ 4:20; 3:15", en: "'threshold:points', e.g. 4:20; 3:15", keyIsNumber: true },
  items: { vi: "'mã_trường:điểm', ví dụ co_mang_lan:2; co_wifi:1", en: "'field:points', e.g. co_mang_lan:2; co_wifi:1", keyIsNumber: false },
  choice_points: { vi: "'nhãn:điểm', ví dụ Chủ tịch:10; Phó chủ tịch:5", en: "'label:points', e.g. Chủ tịch:10; Phó chủ tịch:5", keyIsNumber: false },
};

/** The known kind for the text of a `rule` cell (case-insensitive), or undefined. */
export function ruleKindOf(text: string): RuleKind | undefined {
  return RULE_KINDS.find((kind) => kind === text.toLowerCase());
}

/**
 * Reads the rule of `row`: {kind, …parameters}. An unknown kind is kept as written so the
 * validator reports it with a suggestion; parameters the kind does not read are warned about.
 */
export function readRuleRow(reader: SheetReader, row: number, path: string): RuleDraft | undefined {
  const kindText = reader.text(row, 'rule', { path: `${path}.kind`, required: true, neededBy: { vi: '(loại quy tắc tính điểm)', en: '(the scoring rule kind)' } });
  reader.paths.set(path, reader.at(row, 'rule'));
  if (kindText === undefined) return undefined;
  const kind = ruleKindOf(kindText);
  if (!kind) return { kind: kindText };
  const draft: RuleDraft = { kind };
  const columns = RULE_COLUMNS[kind];
  for (const param of PARAM_KEYS) {
    const required = columns.required.includes(param);
    if (!required && !columns.optional.includes(param)) {
      if (!reader.blank(row, param)) {
        reader.issues.warning(reader.at(row, param), 'unusedCell', `quy tắc '${kind}' không dùng cột '${param}'; giá trị sẽ bị bỏ qua`, `rule '${kind}' does not use column '${param}'; the value is ignored`);
      }
      continue;
    }
    const property = ruleProperty(kind, param);
    const value = readParam(reader, row, kind, param, `${path}.${property}`, required);
    if (value !== undefined) draft[property] = value;
  }
  const children = childrenProperty(kind);
  if (children) reader.paths.set(`${path}.${children}`, reader.at(row, 'rule'));
  return draft;
}

function readParam(reader: SheetReader, row: number, kind: RuleKind, param: ParamKey, path: string, required: boolean): unknown {
  const options = { path, required, neededBy: { vi: `cho quy tắc '${kind}'`, en: `for rule '${kind}'` } };
  switch (param) {
    case 'num':
    case 'den':
      return operand(reader.text(row, param, options));
    case 'field':
      return kind === 'steps' ? operand(reader.text(row, param, options)) : reader.text(row, param, options);
    case 'steps':
    case 'items':
    case 'choice_points':
      return pairs(reader, row, param, reader.text(row, param, options));
    case 'points':
    case 'each':
    case 'cap':
    case 'reference':
      return reader.number(row, param, options);
  }
}

/** A field id, or a constant when the text is a number. */
function operand(text: string | undefined): Operand | undefined {
  if (text === undefined) return undefined;
  const number = numberFromText(text);
  return number === undefined ? { field: text } : { value: number };
}

function pairs(reader: SheetReader, row: number, param: ParamKey, text: string | undefined): unknown {
  const shape = PAIR_SHAPES[param]!;
  if (text === undefined) return undefined;
  const parsed = parsePairs(text, param, shape);
  if (parsed.problem) {
    reader.report(row, param, parsed.problem);
    return undefined;
  }
  if (param === 'steps') {
    for (const [i, pair] of parsed.value.entries()) {
      if (numberFromText(pair.key) === undefined) {
        reader.report(row, param, { code: 'badList', message: `cột 'steps': ngưỡng thứ ${i + 1} '${pair.key}' không phải là số`, messageEn: `column 'steps': threshold ${i + 1} '${pair.key}' is not a number` });
        return undefined;
      }
    }
    return parsed.value.map((pair) => ({ atLeast: numberFromText(pair.key)!, points: pair.number }));
  }
  if (param === 'items') return parsed.value.map((pair) => ({ field: pair.key, points: pair.number }));
  return parsed.value.map((pair) => ({ label: pair.key, points: pair.number }));
}

// ---- writing -------------------------------------------------------------------------

export type RowCells = Partial<Record<string, string | number>>;

function operandCell(operand: Operand): string | number {
  return 'field' in operand ? operand.field : operand.value;
}

/** The parameter cells of a rule's own row (sub-rules go on the following rows). */
export function ruleCells(rule: Rule): RowCells {
  const cells: RowCells = { rule: rule.kind };
  switch (rule.kind) {
    case 'ratio':
      return { ...cells, num: operandCell(rule.num), den: operandCell(rule.den), points: rule.points };
    case 'steps':
      return { ...cells, field: operandCell(rule.of), steps: formatPairs(rule.steps.map((s) => ({ key: String(s.atLeast), number: s.points }))) };
    case 'yesno':
      return { ...cells, field: rule.field, points: rule.points };
    case 'tiers':
      return { ...cells, items: formatPairs(rule.items.map((i) => ({ key: i.field, number: i.points }))), cap: rule.cap };
    case 'choice':
      return { ...cells, field: rule.field, choice_points: formatPairs(rule.points.map((p) => ({ key: p.label, number: p.points }))) };
    case 'count':
      return { ...cells, field: rule.field, each: rule.each, cap: rule.cap };
    case 'sum':
      return { ...cells, cap: rule.cap };
    case 'when':
      return { ...cells, field: rule.field };
    case 'cohort':
      return { ...cells, field: rule.field, points: rule.points, reference: rule.reference };
    case 'best':
    case 'min':
    case 'max':
      return cells;
  }
}
