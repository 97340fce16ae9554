// A read-only view of one sheet's cells, the shape every reader of a form works on:
// the .xlsx reader returns it, and the Office.js adapter builds it from values/formulas
// it read in one sync. Rows and columns are 0-based.

export type CellValue = string | number | boolean | null;

export interface Grid {
  /** Sheet name. */
  readonly name: string;
  /** One past the last used row / column. */
  readonly rowCount: number;
  readonly colCount: number;
  /** The cell's value (a formula cell's cached result); null when blank or unknown. */
  value(row: number, col: number): CellValue;
  /** The cell's formula, English, without "=" and without "_xlfn." prefixes; undefined when none. */
  formula(row: number, col: number): string | undefined;
  /** Error text such as "#DIV/0!" when the cell holds an error; undefined otherwise. */
  error?(row: number, col: number): string | undefined;
}
