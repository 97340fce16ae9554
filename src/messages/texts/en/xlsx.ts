// The .xlsx reader's messages (src/xlsx), in English.

import type { xlsx as vi } from '../vi/xlsx';
import type { EnglishOf } from './english-of';

export const xlsx = {
  'xlsx.notZip': 'The file is not an Excel workbook (.xlsx). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.',
  'xlsx.ole2':
    'The file is password-encrypted or an Excel 97-2003 (.xls) workbook. Remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save as .xlsx.',
  'xlsx.encryptedPart': 'The file has encrypted parts; remove the password and send it again.',
  'xlsx.truncated': 'The .xlsx file is truncated or damaged (incomplete upload?). Please send the complete file again.',
  'xlsx.emptyZip': 'The .xlsx file is empty (no parts).',
  'xlsx.fileTooLarge': 'File too large: {size:number} MB, at most {max:number} MB.',
  'xlsx.partTooLarge': 'File too large: part “{part}” inflates to {size:number} MB.',
  'xlsx.inflatedTooLarge': 'File too large: inflated data exceeds {max:number} MB.',
  'xlsx.tooManyEntries': 'The file has too many parts ({count:number}, at most {max:number}).',
  'xlsx.tooManyCells': 'File too large: more than {max:number} cells hold data.',
  'xlsx.zipBomb': 'File rejected: part “{part}” has an abnormal compression (suspected zip bomb).',
  'xlsx.unsupportedMethod': 'Part “{part}” uses an unsupported compression method.',
  'xlsx.duplicatePart': 'The .xlsx file is damaged or was edited by hand: part “{part}” appears twice. Open it in Excel, save it again and resend it.',
  'xlsx.headerMismatch':
    'The .xlsx file is damaged or was edited by hand: the zip’s central directory and part “{part}” disagree. Open it in Excel, save it again and resend it.',
  'xlsx.overlappingParts':
    'The .xlsx file is damaged or was edited by hand: parts “{part}” and “{other}” share bytes. Open it in Excel, save it again and resend it.',
  'xlsx.storedSizes':
    'The .xlsx file is damaged or was edited by hand: part “{part}” declares two different sizes. Open it in Excel, save it again and resend it.',
  'xlsx.macroEnabled': 'Macro-enabled files (.xlsm) are not accepted. Save the file as “Excel Workbook (*.xlsx)”.',
  'xlsx.missingPart': 'The Excel file lacks part “{part}”.',
  'xlsx.malformedXml': 'Damaged file: part “{part}” is not well-formed XML ({detail}).',
  'xlsx.doctype': 'File rejected: part “{part}” contains a DOCTYPE/ENTITY declaration, which is not allowed in an Excel file.',
  'xlsx.badCell': 'Damaged file: sheet “{sheet}”, cell {cell} is invalid ({detail}).',
  'xlsx.outsideGrid': 'Damaged file: sheet “{sheet}” has the reference “{ref}”, outside Excel’s grid (at most column XFD, row 1048576).',
  'xlsx.nameOutsideGrid':
    'Damaged file: the name “{name}” (Formulas > Name Manager) points to “{ref}”, outside Excel’s grid (at most column XFD, row 1048576).',
} as const satisfies EnglishOf<typeof vi>;
