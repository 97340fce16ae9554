// The Office.js adapter's messages (src/excel), in English.

import type { excel as vi } from '../vi/excel';
import type { EnglishOf } from './english-of';

export const excel = {
  'excel.sheetMissing': 'The workbook has no sheet named “{sheet}”.',
  'excel.sheetExists': 'The workbook already has a sheet named “{sheet}”; replace it or choose another name.',
  'excel.eventsUnsupported': 'This Excel cannot report changes (ExcelApi 1.7 needed). Use “Check again” after editing.',
  'excel.sheetProtected':
    'Cannot write to sheet “{sheet}”: the cell is locked on a protected sheet. Enter data only in the input cells, or unprotect the sheet (Review > Unprotect Sheet).',
  'excel.requirement.events':
    'This Excel is too old (ExcelApi 1.7 missing): the pane cannot follow the selected or edited cells. Please use Excel 2021 or later, Microsoft 365 or Excel on the web.',
  'excel.requirement.validation':
    'ExcelApi 1.8 missing: the form gets no drop-down lists or in-cell data validation; the pane still checks the values you enter.',
  'excel.requirement.print':
    'ExcelApi 1.9 missing: print settings (A4, margins, page numbers) cannot be set and formatting the form is slower. Set up printing by hand before you print.',
  'excel.payloadTooLarge': 'The data sent to Excel is too large for one request.',
} as const satisfies EnglishOf<typeof vi>;
