// How far a sheet plan's cells reach: rows and columns of the box from A1 to the last cell.
// A loop, not Math.max(...cells): a sheet of a big master holds more cells than a call may
// take arguments (V8 throws a RangeError beyond about 120,000).

/** Rows and columns of the smallest box from A1 that holds every cell (0 × 0 for none). */
export function extentOf(cells: readonly { row: number; col: number }[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const cell of cells) {
    if (cell.row >= rows) rows = cell.row + 1;
    if (cell.col >= cols) cols = cell.col + 1;
  }
  return { rows, cols };
}
