// The form's messages (src/form and the commands that write forms), among them the reader's, in English.

import type { form as vi } from '../vi/form';
import type { EnglishOf } from './english-of';

export const form = {
  'form.inputs.notApplicableList': '"notApplicable" must be a list of criterion codes, e.g. ["4.1"].',
  'form.inputs.notApplicableNotAllowed': 'The criteria set does not allow criterion {code} to be marked not applicable.',
  'form.inputs.unknownCriterion': 'There is no criterion "{code}" in the criteria set.',
  'form.inputs.unknownCriterionGuess': 'There is no criterion "{code}" in the criteria set. Did you mean "{guess}"?',
  'form.reconstructedHeading': 'Reconstructed parts, to check against the official annex before scoring or ranking with them:',
  'form.reportDateToday': 'No report date was given: today’s date is used, {date:date}.',
  'form.headerFromRoster': 'Taken from the built-in roster: {fields:list}.',
  'form.read.sheet': 'Sheet “{sheet}”: {detail:message}',
  'form.read.sheetRow': 'Sheet “{sheet}”, row {row}: {detail:message}',
  'form.read.sheetCell': 'Sheet “{sheet}”, cell {cell}: {detail:message}',
  'form.read.noMarker': 'is not a self-assessment form (no form identity marker in the hidden key column).',
  'form.read.wrongSet': 'the form belongs to criteria set “{found}”, not “{expected}”.',
  'form.read.noHeaderRow': 'the header row of the criteria table is missing.',
  'form.read.noHeaderColumn': 'the table header row lacks the column “{label}”.',
  'form.read.keyMissing': 'the row of {what:message} is missing; it may have been deleted. Create the form again and copy the data over.',
  'form.read.duplicateKey': 'identity key “{key}” appears on row {first} and row {row}; delete the extra copied row.',
  'form.read.what.field': 'field “{id}”',
  'form.read.what.section': 'section {code}',
  'form.read.what.criterion': 'criterion {code}',
  'form.read.what.total': 'the total',
  'form.read.what.band': 'the band',
} as const satisfies EnglishOf<typeof vi>;
