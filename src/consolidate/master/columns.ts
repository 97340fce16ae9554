// Columns of the master's sheets found by their header text, not by position: a consolidator
// inserts, deletes and moves columns. The header row is the first row under the sheet's marker
// that holds every required label (NFC, case and spacing ignored).

import type { Grid } from '../../plan/grid';
import { cleanName } from '../names';
import { cellText, type MasterMarker } from './keys';

/** Rows searched for the header row below the marker. */
const HEADER_ROWS = 20;

const normal = (text: string) => cleanName(text).toLowerCase();

export interface Columns<L extends string> {
  headerRow: number;
  /** Column of each label found; a label not found is absent. */
  col: Partial<Record<L, number>>;
}

/**
 * The header row and the column of each label (`labels`: name -> its header text, or the texts
 * it has had), or undefined
 * when no row holds all of `required`. The first column showing a label wins.
 */
export function findColumns<T extends Record<string, string | readonly string[]>>(
  grid: Grid,
  marker: MasterMarker,
  labels: T,
  required: readonly (keyof T & string)[],
): Columns<keyof T & string> | undefined {
  type L = keyof T & string;
  const byText = new Map<string, L>();
  for (const [name, texts] of Object.entries(labels) as [L, string | readonly string[]][]) {
    for (const text of typeof texts === 'string' ? [texts] : texts) byText.set(normal(text), name);
  }
  const last = Math.min(grid.rowCount, marker.row + 1 + HEADER_ROWS);
  for (let row = marker.row; row < last; row++) {
    const col: Partial<Record<L, number>> = {};
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.value(row, c);
      if (typeof v !== 'string') continue;
      const name = byText.get(normal(cellText(v)));
      if (name !== undefined && col[name] === undefined) col[name] = c;
    }
    if (required.every((name) => col[name] !== undefined)) return { headerRow: row, col };
  }
  return undefined;
}
