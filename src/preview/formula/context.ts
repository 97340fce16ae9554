// What the evaluator needs from the workbook it runs in.

import type { RangeValue, Scalar } from './values';

export interface EvalContext {
  /** The sheet of the formula being evaluated (unqualified references point there). */
  readonly sheet: string;
  /** The value of a cell: a constant, a formula's last result, or null when blank. */
  cellValue(sheet: string, row: number, col: number): Scalar;
  /** The values of a rectangle of cells, row by row (callers must not modify them). */
  rangeValues(range: RangeValue): readonly (readonly Scalar[])[];
  /** Whether the workbook has a sheet by this name (case-insensitive). */
  hasSheet(sheet: string): boolean;
}
