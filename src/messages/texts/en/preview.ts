// The browser preview's stand-in workbook, in English.

import type { preview as vi } from '../vi/preview';
import type { EnglishOf } from './english-of';

export const preview = {
  'preview.sheetTable': 'Sheet {sheet}',
  'preview.formulaBar': 'Formula bar',
  'preview.sheetTabs': 'Sheets',
  'preview.cells': 'Cells of the sheet (arrows to move, type or F2 to enter, Delete to clear)',
  'preview.status': 'Stand-in Excel · {syncs} syncs',
  'preview.bar': 'Stand-in workbook file',
  'preview.open': 'Open .xlsx…',
  'preview.download': 'Download .xlsx',
  'preview.reset': 'Start over',
  'preview.resetConfirm': 'Delete the workbook saved in the browser and start over with a blank workbook?',
  'preview.saving': 'Saving in the browser…',
  'preview.saved': 'Saved in the browser ({size:number} kB); a reload keeps it',
  'preview.saveFailed': 'Could not save in the browser: {reason}. Download the workbook so as not to lose it.',
  'preview.openFailed': 'Could not open “{file}”: {reason}',
  'preview.restoreFailed': 'Could not reopen the saved workbook ({reason}); starting with a blank workbook.',
  'preview.opened': 'Opened “{file}”.',
  'preview.dropHint': 'Drop an .xlsx file here to open it',
} as const satisfies EnglishOf<typeof vi>;
