// Writing a set's scoring formulas into its form, in English.

import type { build as vi } from '../vi/build';
import type { EnglishOf } from './english-of';

export const build = {
  'build.notFinite': 'Cannot write the number “{value}” into a formula: only finite numbers can be written.',
  'build.textTooLong': 'Cannot write the text “{start}…” into a formula: longer than {max:number} characters, Excel’s limit.',
  'build.unknownField': 'The set has no field “{field}”, which a scoring formula reads.',
  'build.unknownCohortField': 'The set has no cohort field “{field}”, which a scoring formula reads.',
} as const satisfies EnglishOf<typeof vi>;
