// The row of the applicable maximum, in sets whose total is rescaled for criteria a unit marks
// "Không áp dụng": maxTotal less the maxima of the criteria marked so, live in the form. The
// total's formula divides by it (scoring/totals.ts).

import { notApplicableId } from '../criteria/fields';
import { NOT_APPLICABLE, type CriteriaSet } from '../criteria/model';
import { a1 } from '../plan/address';
import { applicableMaxFormula } from '../scoring/totals';
import type { CellPos, FormMap } from './api';
import { COL, formatKey } from './layout';
import type { SheetBuilder } from './sheet-builder';
import { APPLICABLE_MAX_TEXT } from './text';

/** Writes the row at `at` (its D cell holds the applicable maximum); returns that cell's A1 reference. */
export function writeApplicableMax(b: SheetBuilder, set: CriteriaSet, map: FormMap, at: CellPos): string {
  const marks = set.sections.flatMap((s) =>
    s.criteria.flatMap((c) => {
      if (c.notApplicable?.policy !== 'rescale') return [];
      const cell = map.valueCell[notApplicableId(c.code)];
      return [{ ref: a1(cell.row, cell.col), label: NOT_APPLICABLE, max: c.max }];
    }),
  );
  for (const col of [COL.stt, COL.value, COL.score, COL.check, COL.evidence, COL.note]) b.put(at.row, col, {}, 'totalLabel');
  b.put(at.row, COL.name, { value: APPLICABLE_MAX_TEXT.label }, 'totalLabel');
  b.put(at.row, COL.guidance, { value: APPLICABLE_MAX_TEXT.guidance }, 'totalLabel');
  b.raw(at.row, COL.max, { formula: applicableMaxFormula(set, marks) }, 'totalNumber');
  b.raw(at.row, COL.key, { value: formatKey({ applicable: '' }) }, 'key');
  return a1(at.row, at.col);
}
