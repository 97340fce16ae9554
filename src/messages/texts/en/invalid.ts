// Why a criterion scores 0: its own data is invalid (src/scoring/voids.ts), in English.

import type { invalid as vi } from '../vi/invalid';
import type { EnglishOf } from './english-of';

export const invalid = {
  'invalid.notANumber': '0 points — invalid data: “{field}” must be a number, not “{value}”.',
  'invalid.belowMin': '0 points — invalid data: “{field}” is {value:number}, below {min:number}.',
  'invalid.aboveMax': '0 points — invalid data: “{field}” is {value:number}, above {max:number}.',
  'invalid.belowMinPercent': '0 points — invalid data: “{field}” is {value:percent}, below {min:percent}.',
  'invalid.aboveMaxPercent': '0 points — invalid data: “{field}” is {value:percent}, above {max:percent}.',
  'invalid.notOffered': '0 points — invalid data: “{field}” is “{value}”, not one of {labels:list}.',
  'invalid.partExceedsWhole': '0 points — invalid data: “{part}” ({partValue:number}) is greater than “{whole}” ({wholeValue:number}).',
  'invalid.failedCheck': '0 points — invalid data: “{left}” ({leftValue:number}) {op} “{right}” ({rightValue:number}).',
} as const satisfies EnglishOf<typeof vi>;
