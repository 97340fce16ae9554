// A form as .xlsx bytes: the path shared by `template`, `fill` and the agreement tests.
// A filled form carries the engine's results as cached values (see src/form/filled.ts).

import type { CriteriaSet } from '../criteria/model';
import { buildFormPlan, filledFormPlan, type FormOptions } from '../form';
import { writeWorkbook } from '../xlsx';

export function formWorkbookBytes(set: CriteriaSet, opts: FormOptions = {}): Uint8Array {
  return writeWorkbook(buildFormPlan(set, opts).plan);
}

/** The form filled from `opts`, its score cells showing the engine's results before any recalculation. */
export function filledWorkbookBytes(set: CriteriaSet, opts: FormOptions): Uint8Array {
  return writeWorkbook(filledFormPlan(set, opts).plan, { cached: true });
}
