// Criteria that invalid data voids (they score 0 until it is corrected), as the task pane's finish
// step lists them, in English.

import type { voided as vi } from '../vi/voided';
import type { EnglishOf } from './english-of';

export const voided = {
  'voided.listTitle': 'Criteria scoring 0 because their data is invalid: {count}. Select one to correct it:',
  'voided.line': '{place}: {reason:message}',
} as const satisfies EnglishOf<typeof vi>;
