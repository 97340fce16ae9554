// The task pane's authoring view: a criteria set written in a definition workbook, checked
// and previewed, and a form created from it. In English.

import type { paneAuthoring as vi } from '../vi/pane-authoring';
import type { EnglishOf } from './english-of';

export const paneAuthoring = {
  'pane.authoring.open': 'Authored criteria set…',
  'pane.authoring.close': 'Close the criteria-set section',
  'pane.authoring.title': "The province's own criteria set",
  'pane.authoring.intro': 'A criteria set is written in a definition workbook (sheets thong_tin, tieu_chi, truong, xep_loai, kiem_tra; see huong_dan). The add-in checks it and builds the form from it.',
  'pane.authoring.detected': 'The open workbook holds a criteria set (sheets thong_tin and tieu_chi).',
  'pane.authoring.useWorkbook': 'Use the criteria set in this workbook',
  'pane.authoring.loadFile': 'Load from an .xlsx file…',
  'pane.authoring.checking': 'Checking the criteria set…',
  'pane.authoring.failed': 'Could not read the criteria set: {detail}',
  'pane.authoring.issuesTitle': '{errors} error(s), {warnings} warning(s)',
  'pane.authoring.issuesHint': 'Click a line to select its cell.',
  'pane.authoring.valid': 'The criteria set is valid.',
  'pane.authoring.invalid': 'Fix the errors, then check again.',
  'pane.authoring.recheck': 'Check again',
  'pane.authoring.error': 'Error',
  'pane.authoring.warning': 'Warning',
  'pane.authoring.preview': 'Form preview',
  'pane.authoring.summary': '{formName} · {groupName} · {year} · maximum total {maxTotal}',
  'pane.authoring.criteria': '{count} criteria',
  'pane.authoring.fields': 'Inputs: {list}',
  'pane.authoring.rule': 'rule {kind}, max {max}',
  'pane.authoring.create': 'Create the form',
  'pane.authoring.creating': 'Creating the form…',
  'pane.authoring.replaceAsk': 'Sheet “{sheet}” exists. Replace it?',
  'pane.authoring.replace': 'Replace',
  'pane.authoring.cancel': 'Cancel',
  'pane.authoring.createFailed': 'Could not create the form: {detail}',
} as const satisfies EnglishOf<typeof vi>;
