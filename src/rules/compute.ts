// The arithmetic the kinds' closures share, written once so that every kind computes a share,
// a sum and a cap in the same IEEE order as its formula (./formula-text.ts).

import type { Inputs } from '../criteria/model';
import type { RuleEvaluator } from './kind';

/** clamp(part / whole, 0, 1) × points, or 0 when the whole is not positive. */
export function share(part: number, whole: number, points: number): number {
  if (whole <= 0) return 0;
  return Math.min(1, Math.max(0, part / whole)) * points;
}

/** MIN(cap, value) when there is a cap. */
export function cappedValue(value: number, cap: number | undefined): number {
  return cap === undefined ? value : Math.min(cap, value);
}

/** Left-to-right sum, as Array.reduce without a seed computes it (0 for none). */
export function sumOf(parts: readonly RuleEvaluator[], inputs: Inputs, best: (fieldId: string) => number): number {
  if (parts.length === 0) return 0;
  let total = parts[0](inputs, best);
  for (let i = 1; i < parts.length; i++) total += parts[i](inputs, best);
  return total;
}

/** The largest (or smallest) of the parts, 0 for none. */
export function extremeOf(parts: readonly RuleEvaluator[], pick: (a: number, b: number) => number): RuleEvaluator {
  if (parts.length === 0) return () => 0;
  return (inputs, best) => {
    let value = parts[0](inputs, best);
    for (let i = 1; i < parts.length; i++) value = pick(value, parts[i](inputs, best));
    return value;
  };
}

/** The largest of the values, 0 for none or when all are negative: an upper bound never below 0. */
export function largest(values: number[]): number {
  return Math.max(0, ...values);
}

/** The sum of the positive values. */
export function sumPositive(values: number[]): number {
  return values.reduce((total, value) => total + Math.max(0, value), 0);
}

/** An upper bound under an optional cap (a negative cap counts as 0). */
export function cappedBound(value: number, cap: number | undefined): number {
  return cap === undefined ? value : Math.min(value, Math.max(0, cap));
}
