// The browser preview's stand-in workbook, in English.

import type { preview as vi } from '../vi/preview';
import type { EnglishOf } from './english-of';

export const preview = {
  'preview.sheetTable': 'Sheet {sheet}',
  'preview.cells': 'Cells of the sheet (arrows to move, type or F2 to enter, Delete to clear)',
  'preview.status': 'Stand-in Excel · {syncs} syncs',
} as const satisfies EnglishOf<typeof vi>;
