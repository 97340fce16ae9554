// A criterion's points as its score cell shows them, written once for the engine and once as a
// formula, side by side: the rule clamped to [0, max] and rounded to the set's precision
// (deductions inside the criterion are its `deduct` rule's), negative for a deduction item;
// a criterion the unit marked "Không áp dụng" gets its fixed points, or 0 when the total is
// rescaled instead. Invalid data never earns: a voided criterion scores 0, and a voided deduction
// item takes its full deduction (−max), since 0 would spare the unit the penalty an honest count
// gives.

import { notApplicableId } from '../criteria/fields';
import { NOT_APPLICABLE, type Criterion, type Inputs } from '../criteria/model';
import type { EffectiveRole } from '../criteria/roles';
import { textEquals } from '../rules/cell';
import { evaluateRule } from '../rules/evaluate';
import { compileRule } from '../rules/formula';
import { formulaNumber, formulaString, type FormulaContext } from '../rules/formula-text';
import { excelRound } from './round';

/** Whether the unit marked the criterion not applicable (only where the set allows it). */
export function isMarkedNotApplicable(criterion: Criterion, inputs: Inputs): boolean {
  return criterion.notApplicable !== undefined && textEquals(inputs[notApplicableId(criterion.code)], NOT_APPLICABLE);
}

/** The score cell's value from the rule's raw value; `marked`: the unit marked it not applicable. */
export function criterionValue(criterion: Criterion, role: EffectiveRole, precision: number, raw: number, marked: boolean): number {
  if (marked && criterion.notApplicable) return criterion.notApplicable.policy === 'fixed' ? excelRound(criterion.notApplicable.points, precision) : 0;
  const points = excelRound(Math.min(criterion.max, Math.max(0, raw)), precision);
  return role === 'deduction' && points !== 0 ? -points : points;
}

/** The points of a criterion voided by invalid data: 0, or −max for a deduction item (its full deduction). */
export function voidedValue(criterion: Criterion, role: EffectiveRole, precision: number): number {
  const max = excelRound(criterion.max, precision);
  return role === 'deduction' && max !== 0 ? -max : 0;
}

/** The same as a formula; `voidIf`: TRUE while invalid data voids the criterion (voids.ts), which then scores voidedValue. */
export function criterionFormula(criterion: Criterion, precision: number, ctx: FormulaContext, role: EffectiveRole = 'normal', voidIf?: string): string {
  const rounded = `ROUND(MIN(${formulaNumber(criterion.max)},MAX(0,${compileRule(criterion.rule, criterion.max, ctx, precision)})),${precision})`;
  const signed = role === 'deduction' ? `-${rounded}` : rounded;
  const points = voidIf === undefined ? signed : `IF(${voidIf},${formulaNumber(voidedValue(criterion, role, precision))},${signed})`;
  const na = criterion.notApplicable;
  if (!na) return points;
  const fixed = na.policy === 'fixed' ? formulaNumber(excelRound(na.points, precision)) : '0';
  return `IF(${ctx.fieldRef(notApplicableId(criterion.code))}=${formulaString(NOT_APPLICABLE)},${fixed},${points})`;
}

/** The engine's points of one criterion (compiling its rule: for one-off use). */
export function criterionPoints(
  criterion: Criterion,
  precision: number,
  inputs: Inputs,
  best: (fieldId: string) => number,
  role: EffectiveRole = 'normal',
): number {
  const raw = evaluateRule(criterion.rule, criterion.max, inputs, best, precision);
  return criterionValue(criterion, role, precision, raw, isMarkedNotApplicable(criterion, inputs));
}
