// The task pane's consolidation view, in English.

import type { ranking as vi } from '../vi/ranking';
import type { EnglishOf } from './english-of';

export const ranking = {
  'ranking.unlistedRank': 'not on the roster',
  'ranking.unlisted.title': 'Units not on the roster ({count})',
  'ranking.unlisted.explain': 'Their forms were received, but the units are not on the roster, so they are not ranked. Check the unit names; if a unit is one to rank, accept it into the roster.',
  'ranking.unlisted.from': '{group} · file “{file}”',
  'ranking.unlisted.accept': 'Accept into the roster',
  'ranking.unlisted.acceptAll': 'Accept all {count} units',
  'ranking.acceptFailed': 'Could not add to the roster: {detail}',
} as const satisfies EnglishOf<typeof vi>;
