// Why a criterion scores 0 (a deduction item: its full deduction, {points} negative): its own data
// is invalid (src/scoring/voids.ts), in English.

import type { invalid as vi } from '../vi/invalid';
import type { EnglishOf } from './english-of';

export const invalid = {
  'invalid.notANumber': '{points:number} points — invalid data: “{field}” must be a number, not “{value}”.',
  'invalid.belowMin': '{points:number} points — invalid data: “{field}” is {value:number}, below {min:number}.',
  'invalid.aboveMax': '{points:number} points — invalid data: “{field}” is {value:number}, above {max:number}.',
  'invalid.belowMinPercent': '{points:number} points — invalid data: “{field}” is {value:percent}, below {min:percent}.',
  'invalid.aboveMaxPercent': '{points:number} points — invalid data: “{field}” is {value:percent}, above {max:percent}.',
  'invalid.notOffered': '{points:number} points — invalid data: “{field}” is “{value}”, not one of {labels:list}.',
  'invalid.partExceedsWhole': '{points:number} points — invalid data: “{part}” ({partValue:number}) is greater than “{whole}” ({wholeValue:number}).',
  'invalid.failedCheck': '{points:number} points — invalid data: “{left}” ({leftValue:number}) {op} “{right}” ({rightValue:number}).',
} as const satisfies EnglishOf<typeof vi>;
