// How a spreadsheet cell's value is read by the scoring formulas, so that the engine and
// the generated formulas agree: IF(ISNUMBER(x),x,0) for numbers, case-insensitive text equality for labels,
// and spreadsheet comparison of numbers.

import type { InputValue } from '../criteria/model';

/** The label of a yes/no field that scores. */
export const YES = 'Có';
/** The other label of a yes/no field. */
export const NO = 'Không';

/**
 * A cell read as a number, as the formulas read it (`IF(ISNUMBER(x),x,0)`): a number is itself;
 * text, blank and TRUE/FALSE are 0 (Excel's ISNUMBER(TRUE) is FALSE).
 */
export function numberOf(v: InputValue | undefined): number {
  return typeof v === 'number' ? v : 0;
}

/** Excel `cell="text"`: true only for text equal to `label` ignoring case (no trimming). */
export function textEquals(v: InputValue | undefined, label: string): boolean {
  return typeof v === 'string' && v.toLowerCase() === label.toLowerCase();
}

/** Excel `cell="Có"`. */
export function isYes(v: InputValue | undefined): boolean {
  return textEquals(v, YES);
}

/** Position of the first label equal to the text value ignoring case, or -1 (also for non-text). */
export function choiceIndex(v: InputValue | undefined, labels: readonly string[]): number {
  return labels.findIndex((label) => textEquals(v, label));
}

// Spreadsheets compare numbers with a relative tolerance of 2^-48 (LibreOffice's
// rtl::math::approxEqual; Excel compares at 15 significant digits), so 0.1+0.2 >= 0.3 is TRUE.
const COMPARE_TOLERANCE = 2 ** -48;

function approxEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  const d = Math.abs(a - b);
  return d < Math.abs(a) * COMPARE_TOLERANCE && d < Math.abs(b) * COMPARE_TOLERANCE;
}

/** The spreadsheet's `a>=b`. */
export function atLeast(a: number, b: number): boolean {
  return a >= b || approxEqual(a, b);
}

/** The spreadsheet's `a<=b`. */
export function atMost(a: number, b: number): boolean {
  return a <= b || approxEqual(a, b);
}
