// A form as .xlsx bytes: the path shared by `template`, `fill` and the agreement tests.

import type { CriteriaSet } from '../criteria/model';
import { buildFormPlan, type FormOptions } from '../form';
import { writeWorkbook } from '../xlsx';

export function formWorkbookBytes(set: CriteriaSet, opts: FormOptions = {}): Uint8Array {
  return writeWorkbook(buildFormPlan(set, opts).plan);
}
