// A1 addresses for 0-based rows and columns, shared by the adapters (Office.js and .xlsx).

import type { RangeRef } from './model';
import { LocalizedError, msg } from '../messages';

/** Excel's last column (XFD) and row, 0-based. */
export const MAX_COL = 16383;
export const MAX_ROW = 1048575;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function colLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > MAX_COL) throw new LocalizedError(msg('writer.columnOutOfRange', { col }));
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** (0, 0) -> "A1"; absolute -> "$A$1". */
export function a1(row: number, col: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 0 || row > MAX_ROW) throw new LocalizedError(msg('writer.rowOutOfRange', { row }));
  return absolute ? `$${colLetter(col)}$${row + 1}` : `${colLetter(col)}${row + 1}`;
}

/** {row 0, col 0, rows 2, cols 3} -> "A1:C2"; a single cell -> "A1". */
export function rangeA1(range: RangeRef, absolute = false): string {
  if (range.rows < 1 || range.cols < 1) throw new RangeError(`empty range: ${JSON.stringify(range)}`);
  const first = a1(range.row, range.col, absolute);
  if (range.rows === 1 && range.cols === 1) return first;
  return `${first}:${a1(range.row + range.rows - 1, range.col + range.cols - 1, absolute)}`;
}

/** Column letters -> 0-based index: "A" -> 0, "AA" -> 26 (any case). */
export function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** "B3" or "$B$3" -> {row: 2, col: 1}; undefined when it is not a cell address. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  const col = colIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col > MAX_COL || row < 0 || row > MAX_ROW) return undefined;
  return { row, col };
}

/** "A1:C2" (or "A1") -> a RangeRef; undefined when it is not a cell range. */
export function parseRangeA1(ref: string): RangeRef | undefined {
  const [from, to = from, extra] = ref.split(':');
  if (extra !== undefined) return undefined;
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}
