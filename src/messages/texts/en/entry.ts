// The task pane's guided entry and finish step, in English.

import type { entry as vi } from '../vi/entry';
import type { EnglishOf } from './english-of';

export const entry = {
  'entry.reading.percent': 'Read as {value:percent}',
  'entry.reading.number': 'Read as {value:number}',
  'entry.datePlaceholder': 'dd/mm/yyyy',
  'entry.toFinish': 'Finish',
  'entry.toFinishHint': 'Go to the check-and-send step (Alt+Right arrow)',
  'entry.deadline.passed': 'The deadline {deadline:date} has passed ({days} days ago). Send the form now and tell the recipient it is late.',
  'entry.deadline.today': 'Today ({deadline:date}) is the deadline for sending the form.',
  'entry.deadline.ahead': '{days} days left until the deadline {deadline:date}.',
} as const satisfies EnglishOf<typeof vi>;
