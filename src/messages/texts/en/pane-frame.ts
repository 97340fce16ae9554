// The task pane's frame: title bar, language switch, tabs, what went wrong while reading or
// writing the sheet, a form made from another version of its set. In English.

import type { paneFrame as vi } from '../vi/pane-frame';
import type { EnglishOf } from './english-of';

export const paneFrame = {
  'pane.frame.coreNotLoaded': 'The add-in has not finished loading its form engine; close the task pane and open it again.',
  'pane.frame.appTitle': 'E-government self-assessment',
  'pane.frame.switchLanguage': 'Tiếng Việt',
  'pane.frame.switchLanguageLabel': 'Switch the interface to Vietnamese',
  'pane.frame.refresh': 'Refresh',
  'pane.frame.refreshLabel': 'Read the values from the sheet again',
  'pane.frame.missingRequirementsTitle': 'This Excel does not fully support the add-in',
  'pane.frame.missingRequirementsBody': 'Some features may not work:',
  'pane.frame.loading': 'Reading the sheet…',
  'pane.frame.errorTitle': 'Error',
  'pane.frame.dismiss': 'Dismiss',
  'pane.frame.readFailed': 'Could not read the sheet: {detail}',
  'pane.frame.writeFailed': 'Could not write to the sheet: {detail}',
  'pane.frame.selectFailed': 'Could not select the cell in the sheet: {detail}',
  'pane.frame.tabsLabel': 'Form steps',
  'pane.frame.tabEntry': 'Entry',
  'pane.frame.tabOverview': 'Overview',
  'pane.frame.tabFinish': 'Finish',
  'pane.frame.formCaption': '{formName} · {year}',
  'pane.frame.versionMismatchTitle': 'Different criteria-set version',
  'pane.frame.versionMismatchBody': 'This form was made from version {found} of the criteria set; the add-in has version {builtin}. Scoring may have changed: consider creating a new form.',
} as const satisfies EnglishOf<typeof vi>;
