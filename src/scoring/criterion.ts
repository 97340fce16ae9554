// The points of one criterion: its rule clamped to [0, max] and rounded to the set's precision.

import type { Criterion, Inputs } from '../criteria/model';
import { evaluateRule } from '../rules/evaluate';
import { excelRound } from './round';

/** ROUND(MIN(max, MAX(0, rule)), precision), exactly as criterionFormula computes it. */
export function criterionPoints(
  criterion: Criterion,
  precision: number,
  inputs: Inputs,
  best: (fieldId: string) => number,
): number {
  const raw = evaluateRule(criterion.rule, criterion.max, inputs, best);
  return excelRound(Math.min(criterion.max, Math.max(0, raw)), precision);
}
