// The values a formula works with, as Excel sees them: numbers, text, booleans, blank
// (null) and errors; plus the two non-scalar shapes an expression can produce, inline or
// computed arrays and references to rectangles of cells.

export type ErrorCode = '#DIV/0!' | '#VALUE!' | '#N/A' | '#NAME?' | '#REF!' | '#NUM!' | '#NULL!';

export const ERROR_CODES: readonly ErrorCode[] = ['#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#REF!', '#NUM!', '#NULL!'];

export interface FormulaError {
  readonly error: ErrorCode;
}

/** One cell's worth of value. null is a blank cell (or a missing argument). */
export type Scalar = number | string | boolean | null | FormulaError;

/** A rectangular array of scalars, row by row; never empty. */
export interface Matrix {
  readonly kind: 'array';
  readonly rows: readonly (readonly Scalar[])[];
}

/** A reference to cells top..bottom × left..right (0-based, inclusive) of a sheet. */
export interface RangeValue {
  readonly kind: 'range';
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type Value = Scalar | Matrix | RangeValue;

const errors = new Map<ErrorCode, FormulaError>(ERROR_CODES.map((code) => [code, Object.freeze({ error: code })]));

/** The shared, frozen error value for a code. */
export function err(code: ErrorCode): FormulaError {
  return errors.get(code) as FormulaError;
}

export function isError(value: unknown): value is FormulaError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function isMatrix(value: Value): value is Matrix {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'array';
}

export function isRange(value: Value): value is RangeValue {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'range';
}
