// Excel's implicit conversions between scalars: text that looks like a number takes part
// in arithmetic, booleans count as 1/0, blank is 0 or "", anything else is #VALUE!.

import { err, type FormulaError, type Scalar } from './values';

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** The number a text denotes ("3", " 1.5 ", "-2E3", "50%"), or undefined. */
export function parseNumericText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMERIC_TEXT.test(trimmed)) return undefined;
  return trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

export function toNumber(value: Scalar): number | FormulaError {
  if (typeof value === 'number') return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return parseNumericText(value) ?? err('#VALUE!');
  return value;
}

/** Excel's "General" rendering of a number inside text: at most 15 significant digits. */
export function numberToText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const text = String(Number(value.toPrecision(15)));
  return text.replace(/e([+-])(\d+)$/, (_, sign: string, exp: string) => `E${sign}${exp.padStart(2, '0')}`);
}

export function toText(value: Scalar): string | FormulaError {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  if (typeof value === 'number') return numberToText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

export function toBoolean(value: Scalar): boolean | FormulaError {
  if (typeof value === 'boolean') return value;
  if (value === null) return false;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const upper = value.trim().toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
    return err('#VALUE!');
  }
  return value;
}

/** A number that must be finite: Infinity and NaN become #NUM!. */
export function finite(value: number): number | FormulaError {
  return Number.isFinite(value) ? value : err('#NUM!');
}
