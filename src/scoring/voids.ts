// Invalid data earns nothing: a criterion scores 0 while one of the fields its rule reads is
// invalid (validity.ts), while one of its ratios has a part greater than the whole, or while a
// check of the set that voids it fails (Check.voids; absent: the criteria reading its left
// field). The tests are tried in that order, in the engine and in the formulas alike; the first
// that holds gives the reason. A voided criterion scores 0, a voided deduction item its full
// deduction (criterion.ts, voidedValue): the reasons say the points.

import type { Check, CriteriaSet, Criterion, InputField, Inputs } from '../criteria/model';
import { msg, type Message } from '../messages';
import { fieldUses } from '../rules/tree';
import type { FormulaContext } from '../rules/formula-text';
import { checkFails, checkFailsFormula, failedCheckText, failedSign, faultText, fieldFault, fieldFaultFormulas, type FieldFault } from './validity';

/** One reason a criterion can be voided: the engine's test and its formula. */
export interface VoidTest {
  /** Why the criterion is voided by this test, or undefined when it is not. */
  reason(inputs: Inputs): Message | undefined;
  /** The workbook's words for it (what the formulas' text computes: "25 > 20"), or undefined when it does not void. */
  words(inputs: Inputs): string | undefined;
  /** Formulas, in order: each condition TRUE when voided, with the workbook's words for it. */
  formulas(ctx: FormulaContext): { condition: string; text: string }[];
}

function faultMessage(field: InputField, fault: FieldFault, points: number): Message {
  const label = field.label;
  switch (fault.kind) {
    case 'notANumber':
      return msg('invalid.notANumber', { points, field: label, value: String(fault.value) });
    case 'belowMin':
      return field.type === 'percent'
        ? msg('invalid.belowMinPercent', { points, field: label, value: fault.value, min: fault.limit })
        : msg('invalid.belowMin', { points, field: label, value: fault.value, min: fault.limit });
    case 'aboveMax':
      return field.type === 'percent'
        ? msg('invalid.aboveMaxPercent', { points, field: label, value: fault.value, max: fault.limit })
        : msg('invalid.aboveMax', { points, field: label, value: fault.value, max: fault.limit });
    case 'invalidChoice':
      return msg('invalid.notOffered', { points, field: label, value: String(fault.value), labels: fault.labels });
  }
}

function fieldTest(field: InputField, points: number): VoidTest {
  return {
    reason: (inputs) => {
      const fault = fieldFault(field, inputs[field.id]);
      return fault && faultMessage(field, fault, points);
    },
    words: (inputs) => {
      const fault = fieldFault(field, inputs[field.id]);
      return fault && faultText(field, fault);
    },
    formulas: (ctx) => fieldFaultFormulas(field, ctx.fieldRef(field.id)),
  };
}

function pairTest(op: Check['op'], left: InputField, right: InputField, ratio: boolean, points: number): VoidTest {
  return {
    reason: (inputs) => {
      const l = inputs[left.id];
      const r = inputs[right.id];
      if (!checkFails(op, l, r)) return undefined;
      const [leftValue, rightValue] = [l as number, r as number];
      return ratio
        ? msg('invalid.partExceedsWhole', { points, part: left.label, partValue: leftValue, whole: right.label, wholeValue: rightValue })
        : msg('invalid.failedCheck', { points, left: left.label, leftValue, op: failedSign(op), right: right.label, rightValue });
    },
    words: (inputs) => {
      const [l, r] = [inputs[left.id], inputs[right.id]];
      return checkFails(op, l, r) ? failedCheckText(op, { value: l as number, field: left }, { value: r as number, field: right }) : undefined;
    },
    formulas: (ctx) => [checkFailsFormula(op, { ref: ctx.fieldRef(left.id), field: left }, { ref: ctx.fieldRef(right.id), field: right })],
  };
}

/** The codes of the criteria a check voids: its own list, else those whose rules read its left field. */
export function voidedBy(set: CriteriaSet, check: Check): string[] {
  if (check.voids) return check.voids;
  return set.sections.flatMap((s) => s.criteria).filter((c) => fieldUses(c.rule).some((u) => u.field === check.left)).map((c) => c.code);
}

/**
 * The void tests of one criterion, in order: the fields its rule reads, its ratios whose part and
 * whole are both fields (part <= whole), then the set's checks that void it. `points`: what the
 * criterion scores while voided (0, or −max for a deduction item), which its reasons say.
 */
export function voidTestsOf(
  set: CriteriaSet,
  criterion: Criterion,
  fields: Map<string, InputField>,
  ratioPairs: { part: string; whole: string }[],
  points: number,
): VoidTest[] {
  const tests: VoidTest[] = [];
  const read = new Set<string>();
  for (const use of fieldUses(criterion.rule)) {
    const field = fields.get(use.field);
    if (!field || read.has(use.field)) continue;
    read.add(use.field);
    tests.push(fieldTest(field, points));
  }
  const pairs = new Set<string>();
  for (const { part, whole } of ratioPairs) {
    const key = `${part}/${whole}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    tests.push(pairTest('<=', fields.get(part)!, fields.get(whole)!, true, points));
  }
  for (const check of set.checks) {
    const left = fields.get(check.left);
    const right = fields.get(check.right);
    const asRatio = check.op === '<=' && pairs.has(`${check.left}/${check.right}`); // already tested as part <= whole
    if (left && right && !asRatio && voidedBy(set, check).includes(criterion.code)) tests.push(pairTest(check.op, left, right, false, points));
  }
  return tests;
}

/** The first reason the tests void a criterion, or undefined. */
export function firstReason(tests: readonly VoidTest[], inputs: Inputs): Message | undefined {
  for (const t of tests) {
    const reason = t.reason(inputs);
    if (reason) return reason;
  }
  return undefined;
}

/** The prefix of the reason the workbook shows for a criterion voided to `points` (0 unless a deduction item). */
export function voidTextPrefix(points: number): string {
  return `${String(points).replace('.', ',')} điểm — số liệu không hợp lệ: `;
}

/** The prefix of every reason the workbook shows for a criterion voided to 0. */
export const VOID_TEXT_PREFIX = voidTextPrefix(0);

/** The workbook's reason ("0 điểm — số liệu không hợp lệ: 25 > 20"; voided to `points`) for the first test that voids, or "" — as voidReasonFormula computes it. */
export function firstWords(tests: readonly VoidTest[], inputs: Inputs, points = 0): string {
  for (const t of tests) {
    const words = t.words(inputs);
    if (words !== undefined) return voidTextPrefix(points) + words;
  }
  return '';
}

/** TRUE while the criterion is voided, as a formula; undefined when nothing can void it. */
export function voidConditionFormula(tests: readonly VoidTest[], ctx: FormulaContext): string | undefined {
  const conditions = tests.flatMap((t) => t.formulas(ctx)).map((f) => f.condition);
  if (conditions.length === 0) return undefined;
  return conditions.length === 1 ? conditions[0] : `OR(${conditions.join(',')})`;
}

/** The workbook's reason, as a formula: "0 điểm — số liệu không hợp lệ: 25 > 20" (a deduction item: "-5 điểm — …"), or "" when valid. */
export function voidReasonFormula(tests: readonly VoidTest[], ctx: FormulaContext, points = 0): string {
  const formulas = tests.flatMap((t) => t.formulas(ctx));
  const prefix = voidTextPrefix(points);
  return formulas.reduceRight((otherwise, f) => `IF(${f.condition},"${prefix}"&${f.text},${otherwise})`, '""');
}
