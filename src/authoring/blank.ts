// The workbook an author starts from: the instructions first, then the data sheets holding
// a worked example (every rule kind, every sheet) that passes all checks and is replaced.

import type { WorkbookPlan } from '../plan/model';
import { EXAMPLE_SET } from './example-set';
import { dataSheets, DEFINITION_STYLES } from './export';
import { instructionsSheet } from './instructions';

export function blankDefinitionPlan(): WorkbookPlan {
  return { sheets: [instructionsSheet(), ...dataSheets(EXAMPLE_SET)], styles: DEFINITION_STYLES };
}
