// Grouping cells into few rectangles, so a style or a width is applied with few API calls.

import type { RangeRef } from '../plan/model';

/** Covers the given cells with rectangles: runs along rows, then equal runs stacked down. */
export function coverCells(cells: readonly { row: number; col: number }[]): RangeRef[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: RangeRef[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.col + last.cols === cell.col) last.cols++;
    else if (!last || last.row !== cell.row || last.col + last.cols <= cell.col) runs.push({ row: cell.row, col: cell.col, rows: 1, cols: 1 });
  }
  const open = new Map<string, RangeRef>(); // by "col:cols", the rectangle still growing downwards
  const done: RangeRef[] = [];
  for (const run of runs) {
    const key = `${run.col}:${run.cols}`;
    const rect = open.get(key);
    if (rect && rect.row + rect.rows === run.row) {
      rect.rows++;
    } else {
      if (rect) done.push(rect);
      open.set(key, { ...run });
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Runs of consecutive indexes with the same value: [{first, last, value}]. */
export function runsOf<T>(entries: readonly [number, T][]): { first: number; last: number; value: T }[] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const out: { first: number; last: number; value: T }[] = [];
  for (const [index, value] of sorted) {
    const last = out[out.length - 1];
    if (last && last.last + 1 === index && last.value === value) last.last = index;
    else out.push({ first: index, last: index, value });
  }
  return out;
}

/** Joins addresses into comma lists of at most `maxChars` characters each (for getRanges). */
export function addressLists(addresses: readonly string[], maxChars = 255): string[] {
  const lists: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxChars) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}
