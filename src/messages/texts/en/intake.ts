// Taking in submitted files (src/consolidate/submission.ts), in English.

import type { intake as vi } from '../vi/intake';
import type { EnglishOf } from './english-of';

export const intake = {
  'intake.fileRejected': 'File “{file}” rejected: {detail:message}',
  'intake.macroByName': 'macro-enabled files (.xlsm) are not accepted; save the file as “Excel Workbook (*.xlsx)”.',
  'intake.empty': 'the file is empty (0 bytes).',
  'intake.notAForm': 'no sheet is a self-assessment form (no “#egov|form=” identity marker); use a form made by the add-in.',
  'intake.unreadable': 'the file could not be read ({detail}).',
  'intake.sheetRejected': 'File “{file}”, sheet “{sheet}” rejected: {detail:message}',
  'intake.masterSheetRejected': 'Sheet “{sheet}” rejected: {detail:message}',
  'intake.sheetNotAForm': 'not a self-assessment form (no “#egov|form=” marker).',
  'intake.unknownSet': 'the form belongs to criteria set “{set}”, which this master does not use (it uses: {known:list}).',
  'intake.otherVersion':
    'the form was made from version “{found}” of criteria set “{set}”, the master uses version “{expected}”; fill in the current form.',
  'intake.otherGroup': 'the form is for group {groupName} (“{group}”), this consolidation accepts group {acceptedName} (“{accepted}”) only.',
  'intake.otherYear': 'the form is for {year}, this consolidation is for {accepted}.',
  'intake.noUnitName': 'sheet “{sheet}”: the unit name is blank.',
  'intake.noUnitNameAt': 'sheet “{sheet}”, cell {cell}: the unit name is blank.',
  'intake.formulaOverwritten': 'Criterion {criterion}: the score formula was typed over.',
  'intake.formulaOverwrittenAt': 'Criterion {criterion} (cell {cell}): the score formula was typed over.',
  'intake.scoreMismatch': 'Criterion {criterion}: self-assessed {self} differs from recomputed {points:number}.',
  'intake.legacyTcvn3': 'Sheet “{sheet}”, cell {cell}: text typed in the TCVN3 encoding (ABC, .VnTime fonts) was converted to Unicode: “{before}” → “{after}”. Please check it.',
  'intake.legacyVni': 'Sheet “{sheet}”, cell {cell}: text typed in the VNI encoding (VNI-Times fonts) was converted to Unicode: “{before}” → “{after}”. Please check it.',
  'intake.legacyUnreadable':
    'Sheet “{sheet}”, cell {cell}: the text “{text}” looks typed in a legacy encoding (TCVN3 or VNI) but could not be converted to Unicode; it is kept as it is: check it and retype it in Unicode.',
} as const satisfies EnglishOf<typeof vi>;
