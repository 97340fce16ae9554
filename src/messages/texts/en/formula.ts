// The preview's formula engine: a formula it cannot read, in English.

import type { EnglishOf } from './english-of';
import type { formula as vi } from '../vi/formula';

export const formula = {
  'formula.syntax': 'Formula syntax error at character {at}: {detail:message}.',
  'formula.textUnclosed': 'text is missing its closing "',
  'formula.sheetUnclosed': "sheet name is missing its closing '",
  'formula.expectedBang': 'expected ! after the sheet name',
  'formula.badErrorValue': 'unknown error value',
  'formula.unexpectedChar': 'unexpected character “{char}”',
  'formula.expectedAddress': 'expected a cell address after the sheet name',
  'formula.expectedRangeEnd': 'expected the last cell of the range',
  'formula.empty': 'the formula is empty',
  'formula.expected': 'expected “{expected}”, found {found:message}',
  'formula.unexpected': 'unexpected {found:message}',
  'formula.arrayRows': 'the rows of the array differ in length',
  'formula.token.end': 'the end of the formula',
  'formula.token.reference': 'a reference',
  'formula.token.text': '“{text}”',
  'formula.arity': '{name} takes {count} argument(s), got {given}',
  'formula.arityAtLeast': '{name} takes at least {count} argument(s), got {given}',
  'formula.arityBetween': '{name} takes {min} to {max} argument(s), got {given}',
  'formula.cellOutside': 'Cell outside the sheet (row {row}, column {col}).',
  'formula.badSheetName': 'Invalid sheet name: “{sheet}”.',
  'formula.sheetExists': 'A sheet named “{sheet}” already exists.',
  'formula.noSheet': 'No sheet named “{sheet}”.',
  'formula.notFinite': 'Not a finite number: {value}.',
} as const satisfies EnglishOf<typeof vi>;
