// The task pane's overview of a form: total, band, progress and each criterion's status. In English.

import type { paneOverview as vi } from '../vi/pane-overview';
import type { EnglishOf } from './english-of';

export const paneOverview = {
  'pane.overview.title': 'Form overview',
  'pane.overview.totalLabel': 'Total',
  'pane.overview.bandLabel': 'Band',
  'pane.overview.bandNone': 'not banded',
  'pane.overview.progressLabel': '{done} of {count} criteria complete',
  'pane.overview.statusDone': 'Done',
  'pane.overview.statusMissing': 'Missing',
  'pane.overview.statusInvalid': 'Invalid',
  'pane.overview.sectionCounts': '{done} done · {missing} missing · {invalid} invalid',
  'pane.overview.subtotal': 'Section points: {points} / {max}',
} as const satisfies EnglishOf<typeof vi>;
