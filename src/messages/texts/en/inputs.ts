// The inputs JSON a user writes to fill a form from the command line, in English.

import type { inputs as vi } from '../vi/inputs';
import type { EnglishOf } from './english-of';

export const inputs = {
  'inputs.notJson': 'The inputs file is not valid JSON: {detail}',
  'inputs.notObject': 'The inputs file must be a JSON object with the keys "set", "inputs", "evidence", "notes".',
  'inputs.setNotText': '“set” must be a criteria set id.',
  'inputs.otherSet': 'The inputs are for criteria set “{found}”, not “{expected}”.',
  'inputs.inputsNotObject': '“inputs” must be a JSON object: each key a field id, each value that field’s data.',
  'inputs.textsNotObject': '“{section}” must be a JSON object: each key a criterion code, each value a text.',
  'inputs.textNotText': '{path} must be text.',
  'inputs.unknown': 'There is no {what:message} “{name}” in the criteria set.',
  'inputs.unknownSuggest': 'There is no {what:message} “{name}” in the criteria set. Did you mean “{hint}”?',
  'inputs.what.key': 'key',
  'inputs.what.criterion': 'criterion',
  'inputs.what.field': 'field',
  'inputs.badValue': '{id} ({label}) must be {form:message}, not {value}.',
  'inputs.badChoice': '{id} ({label}) must be one of: {labels:list}.',
  'inputs.form.integer': 'a whole number, e.g. 12 (or the text "12")',
  'inputs.form.count': 'a whole number >= 0: how many items are listed',
  'inputs.form.decimal': 'a number, e.g. 2.5',
  'inputs.form.percent': 'a fraction 0..1 such as 0.85, or a text such as "85%"',
  'inputs.form.yesno': 'true / false, or the text "Có" / "Không"',
  'inputs.form.choice': 'one of the field’s choice labels, as text',
  'inputs.form.text': 'text',
  'inputs.form.date': 'a date "2018-09-30" or "30/9/2018", or an Excel serial day number',
  'inputs.shape.set': 'the criteria set id (optional; when given it must match)',
  'inputs.shape.inputs': 'each key a field id of the set, each value its data; null or absent = blank',
  'inputs.shape.evidence': 'each key a criterion code, each value its Tài liệu kiểm chứng text',
  'inputs.example.evidence': 'Decision No. …/QĐ-… of …',
  'inputs.shape.notes': 'each key a criterion code, each value its Ghi chú text',
} as const satisfies EnglishOf<typeof vi>;
