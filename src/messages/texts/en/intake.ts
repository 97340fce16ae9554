// Taking in submitted files (src/consolidate/submission.ts), in English.

import type { intake as vi } from '../vi/intake';
import type { EnglishOf } from './english-of';

export const intake = {
  'intake.fileRejected': 'File “{file}” rejected: {detail}',
  'intake.macroByName': 'macro-enabled files (.xlsm) are not accepted; save the file as “Excel Workbook (*.xlsx)”.',
  'intake.empty': 'the file is empty (0 bytes).',
  'intake.notAForm': 'no sheet is a self-assessment form (no “#egov|form=” identity marker); use a form made by the add-in.',
  'intake.unreadable': 'the file could not be read ({detail}).',
  'intake.sheetRejected': 'File “{file}”, sheet “{sheet}” rejected: {detail}',
} as const satisfies EnglishOf<typeof vi>;
