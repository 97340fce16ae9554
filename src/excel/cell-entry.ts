// What the adapter writes into `range.formulas` for a planned cell. Excel parses what it is
// given: "=…" (and "+…", "-…", "@…") becomes a formula, "1.1" a number, "3/4" a date, "TRUE" a
// boolean. Plan text must stay text, so such strings get Excel's leading apostrophe.

import type { CellPlan } from '../plan/model';
import { needsTextGuard } from '../plan/text';
import { LocalizedError, msg } from '../messages';
import { a1 } from '../plan/address';

export type FormulaEntry = string | number | boolean;

export function formulaEntry(cell: CellPlan): FormulaEntry {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new LocalizedError(msg('writer.notFinite.at', { value: String(value), cell: a1(cell.row, cell.col) }));
  }
  if (typeof value === 'string') return needsTextGuard(value) ? `'${value}` : value;
  return value;
}
