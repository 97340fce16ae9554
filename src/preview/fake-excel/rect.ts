// Rectangles of cells (0-based) and the A1 address forms the stand-in accepts:
// "B3", "B3:D9", "A:C" (whole columns), "5:7" (whole rows), each optionally "Sheet!"-qualified.

import { colIndex, colLetter } from '../../plan/address';
import { fail } from './errors';

export const LAST_ROW = 1048575;
export const LAST_COL = 16383;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}



function parsePart(part: string): { row?: number; col?: number } {
  const m = /^\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?$/.exec(part);
  if (!m || (!m[1] && !m[2])) return fail('InvalidArgument', `The address "${part}" is not valid.`);
  return { col: m[1] ? colIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
}

/** Splits "Sheet!A1" / "'My sheet'!A1" into sheet name and local address. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

export function parseRect(address: string): Rect {
  const [fromText, toText = fromText, extra] = splitSheet(address).local.split(':');
  if (extra !== undefined) return fail('InvalidArgument', `The address "${address}" is not valid.`);
  const from = parsePart(fromText);
  const to = parsePart(toText);
  const wholeCols = from.row === undefined && to.row === undefined;
  const wholeRows = from.col === undefined && to.col === undefined;
  if ((from.row === undefined) !== (to.row === undefined) || (from.col === undefined) !== (to.col === undefined)) {
    return fail('InvalidArgument', `The address "${address}" is not valid.`);
  }
  const r0 = wholeCols ? 0 : Math.min(from.row!, to.row!);
  const r1 = wholeCols ? LAST_ROW : Math.max(from.row!, to.row!);
  const c0 = wholeRows ? 0 : Math.min(from.col!, to.col!);
  const c1 = wholeRows ? LAST_COL : Math.max(from.col!, to.col!);
  if (r1 > LAST_ROW || c1 > LAST_COL) return fail('InvalidArgument', `The address "${address}" is out of the sheet.`);
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export function rectAddress(rect: Rect): string {
  if (rect.row === 0 && rect.rows === LAST_ROW + 1) return `${colLetter(rect.col)}:${colLetter(rect.col + rect.cols - 1)}`;
  if (rect.col === 0 && rect.cols === LAST_COL + 1) return `${rect.row + 1}:${rect.row + rect.rows}`;
  const first = `${colLetter(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${colLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.cols;
}

/** Calls fn for every cell of the rect, refusing absurd sizes (a stand-in, not a spreadsheet). */
export function forEachCell(rect: Rect, fn: (row: number, col: number) => void): void {
  if (cellCount(rect) > 2_000_000) fail('NotImplemented', `The stand-in does not format ${cellCount(rect)} cells at once (${rectAddress(rect)}).`);
  for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.col; c < rect.col + rect.cols; c++) fn(r, c);
}
