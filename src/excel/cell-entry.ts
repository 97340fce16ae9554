// What the adapter writes into `range.formulas` for a planned cell. Excel parses what it is
// given: "=…" (and "+…", "-…", "@…") becomes a formula, "1.1" a number, "3/4" a date, "TRUE" a
// boolean. Plan text must stay text, so such strings get Excel's leading apostrophe.

import type { CellPlan } from '../plan/model';
import { needsTextGuard } from '../plan/text';

export type FormulaEntry = string | number | boolean;

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
