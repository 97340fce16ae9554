// Mistakes in a unit's inputs found as they are typed, in English. Field labels and the set's own
// check sentences stay Vietnamese (the set's data); the form's headings are named in brackets.

import type { problem as vi } from '../vi/problem';
import type { EnglishOf } from './english-of';

export const problem = {
  'problem.place.general': 'General information',
  'problem.place.criterion': 'Criterion {criterion}',
  'problem.value.text': '“{text}”',
  'problem.value.number': '{value:number}',
  'problem.value.percent': '{value:percent}',
  'problem.value.true': 'TRUE',
  'problem.value.false': 'FALSE',
  'problem.missing': '{place:message}: “{field}” is required.',
  'problem.notANumber': '{place:message}: “{field}” must be a number, not {value:message}.',
  'problem.notWhole': '{place:message}: “{field}” must be a whole number (entered {value:message}).',
  'problem.outOfBounds.between': '{place:message}: “{field}” ({value:message}) must be between {min:message} and {max:message}.',
  'problem.outOfBounds.atLeast': '{place:message}: “{field}” ({value:message}) must be at least {min:message}.',
  'problem.outOfBounds.atMost': '{place:message}: “{field}” ({value:message}) must be at most {max:message}.',
  'problem.invalidChoice': '{place:message}: “{field}” must be one of: {labels:list} (entered {value:message}).',
  'problem.partExceedsWhole': '{place:message}: “{part}” ({partValue:message}) is greater than “{whole}” ({wholeValue:message}).',
  'problem.checkFailed': '{place:message}: “{left}” ({leftValue:message}) must be {op:message} “{right}” ({rightValue:message}); the set says: {authored}',
  'problem.op.atMost': 'at most',
  'problem.op.atLeast': 'at least',
  'problem.op.less': 'less than',
  'problem.op.greater': 'greater than',
  'problem.op.equal': 'equal to',
  'problem.evidenceMissing': '{place:message}: evidence (Tài liệu kiểm chứng) must be cited.',
} as const satisfies EnglishOf<typeof vi>;
