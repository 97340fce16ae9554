// The hidden keys of the master's sheets: "#egov|master=<kind>…" in a sheet's first rows says
// which sheet it is (whatever its name), and each data row carries its own key (a unit's id,
// an appraisal's unit and criterion, a log line's time and message) in the same hidden column,
// so rows are found after sorting, inserting and deleting. Values that may hold ";" or "=" (ids,
// codes, JSON) are percent-encoded.

import { KEY_PREFIX, parseKey, type KeyFields } from '../../form/layout';
import type { CellValue, Grid } from '../../plan/grid';
import type { MasterSheetKind } from './layout';

const MARKER = `${KEY_PREFIX}master=`;
/** Rows searched for a sheet's marker (rows may have been inserted above it). */
const MARKER_ROWS = 12;

export interface MasterMarker {
  kind: MasterSheetKind;
  key: KeyFields;
  /** Column of the hidden keys on this sheet (columns may have been inserted before it). */
  keyCol: number;
  /** Row of the marker. */
  row: number;
}

/** The "#egov|master=<kind>" marker in the sheet's first rows, if the sheet is one of the master's. */
export function masterMarkerOf(grid: Grid): MasterMarker | undefined {
  for (let row = 0; row < Math.min(grid.rowCount, MARKER_ROWS); row++) {
    for (let col = 0; col < grid.colCount; col++) {
      const v = grid.value(row, col);
      if (typeof v !== 'string' || !v.startsWith(MARKER)) continue;
      const key = parseKey(v)!;
      return { kind: key.master as MasterSheetKind, key, keyCol: col, row };
    }
  }
  return undefined;
}

/** A value safe inside a key ("a;b=c" -> "a%3Bb%3Dc"). */
export function keyValue(text: string): string {
  return encodeURIComponent(text);
}

/** A value written by keyValue, or undefined when it is not one. */
export function fromKeyValue(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Every row below the marker whose key cell holds a key, with the row's number. */
export function* keyedRows(grid: Grid, marker: MasterMarker): Generator<{ row: number; key: KeyFields }> {
  for (let row = marker.row + 1; row < grid.rowCount; row++) {
    const key = parseKey(grid.value(row, marker.keyCol));
    if (key) yield { row, key };
  }
}

export const cellText = (v: CellValue): string => (v === null ? '' : String(v));
