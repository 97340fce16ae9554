// The "Kiểm tra số liệu" column of the criteria table: beside the points, each criterion that
// invalid data can void holds the workbook's own reason it scores 0 ("0 điểm — số liệu không hợp
// lệ: 25 > 20") as a formula over its value cells, empty text while the data is valid; so the
// reason appears and clears as the unit edits the file, with or without the add-in. Its row is
// made tall enough for a reason of the usual length, and for the one the planned inputs give.

import type { CriteriaSet, Criterion } from '../criteria/model';
import { criterionVoidText, VOID_TEXT_PREFIX, voidTextFormula, type FormulaContext } from '../scoring';
import type { FormMap, FormOptions } from './api';
import { COL } from './layout';
import type { SheetBuilder } from './sheet-builder';

/** A reason of the usual length, that each check cell's row keeps room for. */
const USUAL_REASON = `${VOID_TEXT_PREFIX}100% > 100%`;

/**
 * The check cell of criterion `c` on `row`: its reason formula, or an empty cell when nothing can
 * void it (or, with checks 'voided', when the inputs do not void it now).
 */
export function writeCheck(b: SheetBuilder, set: CriteriaSet, c: Criterion, row: number, map: FormMap, ctx: FormulaContext, opts: FormOptions = {}): void {
  const reason = criterionVoidText(set, c.code, opts.inputs ?? {});
  if (!map.checkCell[c.code] || (opts.checks === 'voided' && reason === '')) {
    b.put(row, COL.check, {}, 'check');
    return;
  }
  // The planned result (not written as a cached value: the file computes it on load) sizes the row.
  b.put(row, COL.check, { formula: voidTextFormula(set, c, ctx), value: reason }, 'check');
  b.reserve(row, COL.check, USUAL_REASON, 'check');
}
