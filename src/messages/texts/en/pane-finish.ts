// The task pane's finish view: the check, printing, where and by when to send the form. In English.

import type { paneFinish as vi } from '../vi/pane-finish';
import type { EnglishOf } from './english-of';

export const paneFinish = {
  'pane.finish.title': 'Check and send the form',
  'pane.finish.checkOk': 'The form is complete and has no errors.',
  'pane.finish.problemsFound': '{count} problems remain. Select one to fix it:',
  'pane.finish.printTitle': 'Printing',
  'pane.finish.printDescription': 'The sheet is already set up for printing: {paper} {orientation}, fitted to one page wide, the table header repeated on each page, page numbers. Use File › Print (Ctrl+P) in Excel, then sign and stamp it.',
  'pane.finish.orientation.landscape': 'landscape',
  'pane.finish.orientation.portrait': 'portrait',
  'pane.finish.selectTotal': 'Select the total cell in the sheet',
  'pane.finish.sendTitle': 'Where to send',
  'pane.finish.deadlineLine': 'Deadline: {date}',
  'pane.finish.sendToLine': 'Send to: {to}',
} as const satisfies EnglishOf<typeof vi>;
