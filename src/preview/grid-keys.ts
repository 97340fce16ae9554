// Moving the selection of the preview grid with the arrow keys, as Excel does: one cell at a time,
// over hidden columns, out of a merged block to the cell beside it, never before A1.

import { colIndex, colLetter } from '../plan/address';
import type { SheetView } from './fake-excel/views';

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function isArrow(key: string): boolean {
  return key in ARROWS;
}

function parseAddress(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address) ?? ['', 'A', '1'];
  return { row: Number(match[2]) - 1, col: colIndex(match[1]) };
}

/** The block a cell belongs to (its merge, or the cell alone), as first/last row and column. */
function blockAt(sheet: SheetView, row: number, col: number): { r0: number; c0: number; r1: number; c1: number } {
  const merge = sheet.mergeAt(row, col);
  if (!merge) return { r0: row, c0: col, r1: row, c1: col };
  const [from, to] = merge.split(':').map(parseAddress);
  return { r0: from.row, c0: from.col, r1: to.row, c1: to.col };
}

/** The address the arrow `key` moves to from `address` (the top-left cell of a merged block). */
export function moveAddress(sheet: SheetView, address: string, key: string, limits: { rows: number; cols: number }): string {
  const [dr, dc] = ARROWS[key];
  const at = parseAddress(address);
  const block = blockAt(sheet, at.row, at.col);
  let row = dr < 0 ? block.r0 - 1 : dr > 0 ? block.r1 + 1 : at.row;
  let col = dc < 0 ? block.c0 - 1 : dc > 0 ? block.c1 + 1 : at.col;
  while (col >= 0 && col < limits.cols && sheet.columnHidden(col)) col += dc || 1;
  row = Math.min(limits.rows - 1, Math.max(0, row));
  col = Math.min(limits.cols - 1, Math.max(0, col));
  if (sheet.columnHidden(col)) return address;
  const landed = blockAt(sheet, row, col);
  return `${colLetter(landed.c0)}${landed.r0 + 1}`;
}
