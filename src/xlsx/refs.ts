// References in a file checked against Excel's grid (A1:XFD1048576) before anything is sized
// from them: a cell at row 99,999,999,999 or in column ZZZZZZ is refused with the sheet and the
// reference named, never allocated or looped over. Char loops: they run for every cell.

import { msg } from '../messages';
import { XlsxError } from './errors';

/** Excel's grid: 1,048,576 rows (1-based) and 16,384 columns (A…XFD). */
export const GRID_ROWS = 1_048_576;
export const GRID_COLS = 16_384;

/** A cell reference parsed in place: 0-based row and column (-1 when the part is absent). */
export interface RefParts {
  row: number;
  col: number;
}

/** How `text` reads as a reference. */
export type RefCheck = 'ok' | 'outside' | 'invalid';

/**
 * Parses "B12", "$B$12", "B" (a whole column) or "12" (a whole row) into `into`. Letters or
 * digits beyond the grid stop the loop at once ("outside"), so a reference of any length costs
 * at most a few characters' work past the limit.
 */
export function parseRef(text: string, from: number, to: number, into: RefParts): RefCheck {
  let i = from;
  if (text.charCodeAt(i) === 36 /* $ */) i++;
  let col = 0;
  const lettersFrom = i;
  for (; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > GRID_COLS) return 'outside';
  }
  const hasLetters = i > lettersFrom;
  if (hasLetters && text.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 'invalid';
    row = row * 10 + d;
    if (row > GRID_ROWS) return 'outside';
  }
  const hasDigits = i > digitsFrom;
  if (!hasLetters && !hasDigits) return 'invalid';
  if (hasDigits && row === 0) return 'outside';
  into.row = hasDigits ? row - 1 : -1;
  into.col = hasLetters ? col - 1 : -1;
  return 'ok';
}

export function outsideGrid(sheet: string, ref: string): XlsxError {
  return new XlsxError('outsideGrid', msg('xlsx.outsideGrid', { sheet, ref: ref.length > 24 ? `${ref.slice(0, 24)}…` : ref }));
}

function nameOutsideGrid(name: string, ref: string): XlsxError {
  return new XlsxError('outsideGrid', msg('xlsx.nameOutsideGrid', { name, ref: ref.length > 24 ? `${ref.slice(0, 24)}…` : ref }));
}

/**
 * Checks a reference list as written in `ref` and `sqref` attributes ("A1", "B2:C9", "A:A",
 * "1:3", several separated by spaces): throws outsideGrid for a part beyond the grid. Text that
 * is not a reference at all (another program's extension) is left alone: nothing is sized from it.
 */
export function checkRefList(text: string, sheet: string): void {
  const parts: RefParts = { row: 0, col: 0 };
  const n = text.length;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (c !== 32 && c !== 58 /* : */) continue;
    if (i > start && parseRef(text, start, i, parts) === 'outside') throw outsideGrid(sheet, text.slice(start, i));
    start = i + 1;
  }
}

/**
 * Checks the sheet-qualified areas of a defined name's formula ("'Phụ lục'!$A$1:$H$40"): a part
 * after "!" of at most three letters and seven digits that lies beyond the grid is refused.
 * Longer words are names, not references, and are left alone.
 */
export function checkDefinedName(formula: string, name: string): void {
  const parts: RefParts = { row: 0, col: 0 };
  for (let bang = formula.indexOf('!'); bang >= 0; bang = formula.indexOf('!', bang + 1)) {
    let end = bang + 1;
    while (end < formula.length && /[$A-Za-z0-9:]/.test(formula[end])) end++;
    for (const piece of formula.slice(bang + 1, end).split(':')) {
      const bare = piece.replace(/\$/g, '');
      if (!/^[A-Za-z]{0,3}[0-9]{0,8}$/.test(bare) || bare === '') continue;
      if (parseRef(piece, 0, piece.length, parts) === 'outside') throw nameOutsideGrid(name, piece);
    }
  }
}
