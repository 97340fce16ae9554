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
  'writer.skippedTitle': 'This Excel lacks some features and skipped them while writing the sheet; the data and formulas were all written:',
  'writer.skipped.freeze': 'Sheet “{sheet}”: header rows not frozen (this Excel lacks ExcelApi 1.7).',
  'writer.skipped.tabColour': 'Sheet “{sheet}”: tab colour skipped (this Excel lacks ExcelApi 1.7).',
  'writer.skipped.validation': 'Sheet “{sheet}”: in-cell validation skipped (this Excel lacks ExcelApi 1.8).',
  'writer.skipped.dropDown': 'Sheet “{sheet}”, range {range}: drop-down skipped because {reason:message}.',
  'writer.skipped.conditional': 'Sheet “{sheet}”: conditional fills skipped (this Excel lacks ExcelApi 1.6).',
  'writer.skipped.print': 'Sheet “{sheet}”: print settings skipped (this Excel lacks ExcelApi 1.9).',
  'writer.skipped.chartCategories': 'Sheet “{sheet}”: chart without category labels (this Excel lacks ExcelApi 1.7).',
  'writer.excelNotResponding': 'Excel did not respond within {seconds:number} s. Save the workbook, reopen the add-in (or Excel) and try again.',
} as const satisfies EnglishOf<typeof vi>;
