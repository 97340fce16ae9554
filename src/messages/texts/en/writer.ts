// Writing a planned workbook (src/xlsx writer, src/plan addresses, the Excel adapter), in English.

import type { writer as vi } from '../vi/writer';
import type { EnglishOf } from './english-of';

export const writer = {
  'writer.notFinite': 'cannot write {value} into a cell: a cell holds only finite numbers',
  'writer.notFinite.at': 'cannot write {value} into cell {cell}: a cell holds only finite numbers',
  'writer.listItemComma': 'drop-down item “{item}” contains a comma: Excel separates list items with commas',
  'writer.listTooLong': 'the drop-down list is longer than {limit:number} characters, Excel’s limit',
  'writer.numberValidationBounds': 'a number validation needs a minimum or a maximum',
  'writer.badColour': 'colour “{colour}” is not valid (expected #RRGGBB)',
  'writer.unknownStyle': 'style “{style}” is not in the workbook’s plan',
  'writer.noSheet': 'a workbook needs at least one sheet',
  'writer.noVisibleSheet': 'a workbook needs at least one visible sheet',
  'writer.badSheetName': 'sheet name “{name}” is not valid in Excel (at most 31 characters, none of : \\ / ? * [ ])',
  'writer.duplicateSheetName': 'duplicate sheet name “{name}”',
  'writer.columnOutOfRange': 'column number {col} is outside an Excel sheet',
  'writer.rowOutOfRange': 'row number {row} is outside an Excel sheet',
  'writer.excelNotResponding': 'Excel did not respond within {seconds:number} s. Save the workbook, reopen the add-in (or Excel) and try again.',
} as const satisfies EnglishOf<typeof vi>;
