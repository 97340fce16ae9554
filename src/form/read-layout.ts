// Where a form's table is: its header row (the "#egov|header" key) and the column of each header
// label found on it (NFC, case and spacing ignored). The forms of one set are alike, so the layout
// found in the last form read of a set is reused when the cells it was found from are unchanged.

import type { CriteriaSet } from '../criteria/model';
import { msg } from '../messages';
import { rowsWithCol, usedCols, type CellValue, type Grid } from '../plan/grid';
import { FormReadError } from './errors';
import { HEADER_LABELS } from './layout';
import { scanKeys, type KeyRows } from './read-keys';
import { normalizeLabel } from './text';

/** The header labels by their normalised text (computed once, not per cell compared). */
const LABEL_BY_NORMAL = new Map<string, (typeof HEADER_LABELS)[number]>(HEADER_LABELS.map((l) => [normalizeLabel(l), l]));

/** Column of each header label in the header row (NFC, case and spacing ignored). */
function headerColumns(grid: Grid, headerRow: number): Map<string, number> {
  const found = new Map<string, number>();
  for (const col of usedCols(grid, headerRow)) {
    const v = grid.value(headerRow, col);
    if (typeof v !== 'string') continue;
    const label = LABEL_BY_NORMAL.get(normalizeLabel(v));
    if (label && !found.has(label)) found.set(label, col);
  }
  return found;
}

/** The keyed rows, the header row and the columns of its labels. */
export interface Located {
  keys: KeyRows;
  headerRow: number;
  columns: Map<string, number>;
}

function headerRowOf(grid: Grid, keys: KeyRows): number {
  if (keys.header === undefined) {
    throw new FormReadError('noHeader', grid.name, msg('form.read.noHeaderRow'));
  }
  return keys.header;
}

/**
 * The keyed rows and header columns found in the last form read of a set, with the cells they
 * were found from: the key column (every used row) and the header row (every used column). The
 * forms of one set are alike, so the next form reuses them when those cells are exactly the
 * same — checked cell by cell, never assumed; any difference falls back to the full scan.
 */
interface Layout extends Located {
  keyCol: number;
  keyRows: readonly number[];
  keyTexts: CellValue[];
  headerCols: readonly number[];
  headerTexts: CellValue[];
}

// Module-level because it only saves a scan: a remembered layout is used only when every cell it was
// read from is unchanged (sameLayout), so one read never changes what the next one returns.
const lastLayout = new WeakMap<CriteriaSet, Layout>();

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the grid's key column and header row hold exactly the cells `layout` was found from. */
function sameLayout(grid: Grid, layout: Layout, keyCol: number): boolean {
  if (layout.keyCol !== keyCol) return false;
  const keyRows = rowsWithCol(grid, keyCol);
  const headerCols = usedCols(grid, layout.headerRow);
  if (!sameList(keyRows, layout.keyRows) || !sameList(headerCols, layout.headerCols)) return false;
  for (let i = 0; i < keyRows.length; i++) if (grid.value(keyRows[i], keyCol) !== layout.keyTexts[i]) return false;
  for (let i = 0; i < headerCols.length; i++) if (grid.value(layout.headerRow, headerCols[i]) !== layout.headerTexts[i]) return false;
  return true;
}

/** The keyed rows and header columns of the form: the last form's when its cells match, else scanned. */
export function layoutOf(grid: Grid, set: CriteriaSet, keyCol: number): Located {
  const known = lastLayout.get(set);
  if (known && sameLayout(grid, known, keyCol)) return known;
  const keys = scanKeys(grid, keyCol);
  const headerRow = headerRowOf(grid, keys);
  const keyRows = rowsWithCol(grid, keyCol);
  const headerCols = usedCols(grid, headerRow);
  const layout: Layout = {
    keyCol,
    keyRows,
    keyTexts: keyRows.map((r) => grid.value(r, keyCol)),
    headerRow,
    headerCols,
    headerTexts: headerCols.map((c) => grid.value(headerRow, c)),
    keys,
    columns: headerColumns(grid, headerRow),
  };
  lastLayout.set(set, layout);
  return layout;
}
