// The pieces of Excel formula text the kinds are written with: constants, cell reads with
// the engine's cell semantics (./cell.ts), sums in the engine's order of addition, caps.
// English function names, ',' separators, no leading '='.

import { LocalizedError, msg } from '../messages';

export interface FormulaContext {
  /** A1 reference of the field's value cell, e.g. "E12". */
  fieldRef(fieldId: string): string;
  /** A1 reference of the cell holding the best value of a cohort field. */
  cohortBestRef(fieldId: string): string;
}

/** Compiled text and whether it is a top-level sum (to be bracketed inside another sum). */
export interface Expr {
  text: string;
  sum: boolean;
}

/** Excel rejects text constants longer than this in a formula. */
const MAX_FORMULA_STRING = 255;

/** Plain decimal text of a finite number: the shortest that round-trips, never in exponent form. */
export function formulaNumber(n: number): string {
  if (!Number.isFinite(n)) throw new LocalizedError(msg('build.notFinite', { value: String(n) }));
  const text = String(Object.is(n, -0) ? 0 : n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, rest = '', power] = match;
  const digits = lead + rest;
  const point = 1 + Number(power); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
}

/** A text constant: in double quotes, inner quotes doubled. */
export function formulaString(s: string): string {
  if (s.length > MAX_FORMULA_STRING) {
    throw new LocalizedError(msg('build.textTooLong', { start: s.slice(0, 40), max: MAX_FORMULA_STRING }));
  }
  return `"${s.replace(/"/g, '""')}"`;
}

export const atom = (text: string): Expr => ({ text, sum: false });

/** A constant where an operator follows or precedes it: negatives in brackets. */
export function term(n: number): string {
  return n < 0 ? `(${formulaNumber(n)})` : formulaNumber(n);
}

/**
 * A cell read as a number, as numberOf reads it: the number, else 0. Not N(): Gnumeric's
 * N() of a blank cell is #NUM!, and ISNUMBER is the same in Excel 2010, LibreOffice and Gnumeric.
 */
export function numberRef(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},0)`;
}

/** A cell equal to a label, as textEquals compares it (case-insensitive). */
export function isText(ref: string, label: string): string {
  return `${ref}=${formulaString(label)}`;
}

/** Left-to-right sum, each term that is itself a sum in brackets (IEEE order as the engine). */
export function sumOf(terms: Expr[]): Expr {
  if (terms.length === 0) return atom('0');
  if (terms.length === 1) return terms[0];
  return { text: terms.map((t, i) => (t.sum && i > 0 ? `(${t.text})` : t.text)).join('+'), sum: true };
}

/** MIN(cap, value) when there is a cap. */
export function capped(value: Expr, cap: number | undefined): Expr {
  return cap === undefined ? value : atom(`MIN(${formulaNumber(cap)},${value.text})`);
}

/** MIN or MAX of the values; 0 when there are none. */
export function extreme(fn: 'MIN' | 'MAX', values: Expr[]): Expr {
  return values.length === 0 ? atom('0') : atom(`${fn}(${values.map((v) => v.text).join(',')})`);
}

/** clamp(part / whole, 0, 1) × points, 0 when whole <= 0 (a positive constant whole needs no test). */
export function shareFormula(part: string, whole: string, wholeConstant: number | undefined, points: number): Expr {
  const scaled = `MIN(1,MAX(0,${part}/${whole}))*${term(points)}`;
  if (wholeConstant === undefined) return atom(`IF(${whole}<=0,0,${scaled})`);
  return atom(wholeConstant <= 0 ? '0' : scaled);
}
