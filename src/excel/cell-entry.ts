// What the adapter writes into `range.formulas` for a planned cell. Excel parses what it is
// given: "=…" (and "+…", "-…", "@…") becomes a formula, "1.1" a number, "3/4" a date, "TRUE" a
// boolean. Plan text must stay text, so such strings get Excel's leading apostrophe.

import type { CellPlan } from '../plan/model';

export type FormulaEntry = string | number | boolean;

/** True when Excel would not keep `text` as the same text if written as is. */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (!/^\p{L}/u.test(text)) return true; // = + - @ ' # ( $ digits, spaces…
  if (/^(true|false)$/i.test(text.trim())) return true;
  return /^\p{L}{3,9}[\s\-/.,]+\d/u.test(text); // "May 5", "Tháng-1": may parse as a date
}

export function formulaEntry(cell: CellPlan): FormulaEntry {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`Giá trị không hợp lệ ở ô (${cell.row}, ${cell.col}): ${value} / Invalid number in a cell: ${value}`);
  }
  if (typeof value === 'string') return needsTextGuard(value) ? `'${value}` : value;
  return value;
}
