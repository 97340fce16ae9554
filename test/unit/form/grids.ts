// Grids for form tests: a sheet plan seen as a Grid (what a spreadsheet would show before
// calculating), user edits as overlays, and rows/columns inserted, deleted or copied.
import type { CellValue, Grid } from '../../../src/plan/grid';
import type { SheetPlan } from '../../../src/plan/model';

export function planGrid(sheet: SheetPlan): Grid {
  const values = new Map<string, CellValue>();
  const formulas = new Map<string, string>();
  let rows = 0;
  let cols = 0;
  for (const c of sheet.cells) {
    const k = `${c.row},${c.col}`;
    if (c.formula !== undefined) formulas.set(k, c.formula);
    else if (c.value !== undefined) values.set(k, c.value);
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  return {
    name: sheet.name,
    rowCount: rows,
    colCount: cols,
    value: (r, c) => values.get(`${r},${c}`) ?? null,
    formula: (r, c) => formulas.get(`${r},${c}`),
  };
}

/** The grid with some cells typed over (by "row,col"). */
export function withValues(grid: Grid, typed: Map<string, CellValue>): Grid {
  return {
    ...grid,
    name: grid.name,
    rowCount: grid.rowCount,
    colCount: grid.colCount,
    value: (r, c) => (typed.has(`${r},${c}`) ? (typed.get(`${r},${c}`) as CellValue) : grid.value(r, c)),
    formula: (r, c) => (typed.has(`${r},${c}`) ? undefined : grid.formula(r, c)),
  };
}

/** `count` empty rows inserted before row `at`. */
export function insertRows(grid: Grid, at: number, count: number): Grid {
  const src = (r: number) => (r < at ? r : r >= at + count ? r - count : -1);
  return remap(grid, grid.rowCount + count, grid.colCount, src, (c) => c);
}

/** `count` empty columns inserted before column `at`. */
export function insertCols(grid: Grid, at: number, count: number): Grid {
  const src = (c: number) => (c < at ? c : c >= at + count ? c - count : -1);
  return remap(grid, grid.rowCount, grid.colCount + count, (r) => r, src);
}

/** Row `at` deleted. */
export function deleteRow(grid: Grid, at: number): Grid {
  return remap(grid, grid.rowCount - 1, grid.colCount, (r) => (r < at ? r : r + 1), (c) => c);
}

/** Row `from` copied into a new row inserted at `at`. */
export function copyRow(grid: Grid, from: number, at: number): Grid {
  const src = (r: number) => (r === at ? from : r < at ? r : r - 1);
  return remap(grid, grid.rowCount + 1, grid.colCount, src, (c) => c);
}

function remap(grid: Grid, rowCount: number, colCount: number, row: (r: number) => number, col: (c: number) => number): Grid {
  const ok = (r: number, c: number) => row(r) >= 0 && col(c) >= 0;
  return {
    name: grid.name,
    rowCount,
    colCount,
    value: (r, c) => (ok(r, c) ? grid.value(row(r), col(c)) : null),
    formula: (r, c) => (ok(r, c) ? grid.formula(row(r), col(c)) : undefined),
  };
}
