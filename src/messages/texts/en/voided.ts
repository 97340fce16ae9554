// Criteria that invalid data voids (they score 0, a deduction item its full deduction, until it is corrected), as the task pane's finish
// step lists them, in English.

import type { voided as vi } from '../vi/voided';
import type { EnglishOf } from './english-of';

export const voided = {
  'voided.listTitle': 'Criteria earning nothing because their data is invalid (a deduction item takes its full deduction): {count}. Select one to correct it:',
  'voided.line': '{place}: {reason:message}',
} as const satisfies EnglishOf<typeof vi>;
