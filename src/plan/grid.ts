// A read-only view of one sheet's cells, the shape every reader of a form works on:
// the .xlsx reader returns it, and the Office.js adapter builds it from values/formulas
// it read in one sync. Rows and columns are 0-based.
//
// A grid read from a file is sparse: one cell at XFD1048576 makes rowCount × colCount about
// 17 billion. Readers that look for something anywhere in a sheet walk it with `usedRows` /
// `usedCols` (below), whose work grows with the cells present, never with the rectangle.

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
  /** Rows holding at least one cell, ascending. A grid without it is dense: every row below rowCount. */
  rowsInUse?(): readonly number[];
  /** Columns of `row` holding a cell, ascending. A grid without it is dense: every column below colCount. */
  colsInUse?(row: number): readonly number[];
}

function upTo(n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** The rows of `grid` that may hold a cell, ascending. */
export function usedRows(grid: Grid): readonly number[] {
  return grid.rowsInUse ? grid.rowsInUse() : upTo(grid.rowCount);
}

/** The columns of `row` that may hold a cell, ascending. */
export function usedCols(grid: Grid, row: number): readonly number[] {
  return grid.colsInUse ? grid.colsInUse(row) : upTo(grid.colCount);
}

/** The rows of `grid` that may hold a cell in column `col`, ascending. */
export function rowsWithCol(grid: Grid, col: number): readonly number[] {
  if (!grid.colsInUse) return upTo(grid.rowCount);
  return usedRows(grid).filter((row) => grid.colsInUse!(row).includes(col));
}

/**
 * Calls `visit` for every cell that may hold something, row by row; stops early (and returns
 * true) when `visit` returns true.
 */
export function someCell(grid: Grid, visit: (row: number, col: number) => boolean): boolean {
  for (const row of usedRows(grid)) for (const col of usedCols(grid, row)) if (visit(row, col)) return true;
  return false;
}
