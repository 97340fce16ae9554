// The JSON a user writes to fill a form from the command line, and its conversion to cell
// semantics (what the form's cells will hold):
//   { "set": "<id>", "inputs": { "<fieldId>": value }, "evidence": { "<code>": "text" }, "notes": { … } }
// yes/no as true/false or "Có"/"Không"; percent as 0.85 or "85%"; dates as "2018-09-30",
// "30/9/2018" or an Excel serial number; blanks as null. Errors name the field.

import type { CriteriaSet, InputField, InputValue, Inputs } from '../criteria/model';
import { fieldById } from '../criteria/fields';
import { readNotApplicable } from './inputs-not-applicable';
import { suggest } from '../util/suggest';
import { formOnlyFields } from './form-fields';
import { NO, YES } from '../scoring';
import { msg, type Message } from '../messages';

export interface InputsJsonError {
  /** Where in the JSON: "inputs.so_may_tinh", "evidence.1.3", "set". */
  path: string;
  fieldId?: string;
  text: Message;
}

export interface ParsedInputs {
  /** The set id the JSON names, when it names one. */
  setId?: string;
  inputs: Inputs;
  evidence: Record<string, string>;
  notes: Record<string, string>;
  errors: InputsJsonError[];
}

const TOP_KEYS = ['set', 'inputs', 'evidence', 'notes', 'notApplicable'];
const MS_PER_DAY = 86_400_000;
/** 1899-12-30: day 0 of Excel's 1900 date system as used for every date after February 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** How each field type is written in the inputs JSON (for errors and `describe --json`). */
export const JSON_VALUE_FORMS: Record<InputField['type'], Message> = {
  integer: msg('inputs.form.integer'),
  count: msg('inputs.form.count'),
  decimal: msg('inputs.form.decimal'),
  percent: msg('inputs.form.percent'),
  yesno: msg('inputs.form.yesno'),
  choice: msg('inputs.form.choice'),
  text: msg('inputs.form.text'),
  date: msg('inputs.form.date'),
};

/** A value converted, or the reason it cannot be (for the field `field`). */
type Converted = { value: InputValue } | { error: Message };

const ok = (value: InputValue): Converted => ({ value });
const fail = (field: InputField, v: unknown): Converted => ({
  error: msg('inputs.badValue', { id: field.id, label: field.label, form: JSON_VALUE_FORMS[field.type], value: JSON.stringify(v) }),
});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "12", "-3.5", "12,5" (decimal comma) as a number; undefined when the text is not one. */
function numberFromText(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

function toNumber(v: unknown, field: InputField): Converted {
  if (typeof v === 'number' && Number.isFinite(v)) return ok(v);
  const n = typeof v === 'string' ? numberFromText(v) : undefined;
  return n === undefined ? fail(field, v) : ok(n);
}

function toPercent(v: unknown, field: InputField): Converted {
  if (typeof v === 'string' && v.trim().endsWith('%')) {
    const n = numberFromText(v.trim().slice(0, -1));
    // 15 significant digits, as a spreadsheet stores a typed "2.7%" (0.027, not 0.027000000000000003)
    if (n !== undefined) return ok(Number((n / 100).toPrecision(15)));
  }
  return toNumber(v, field);
}

function toYesNo(v: unknown, field: InputField): Converted {
  if (v === true) return ok(YES);
  if (v === false) return ok(NO);
  if (typeof v === 'string') {
    const t = v.normalize('NFC').trim().toLowerCase();
    if (t === YES.toLowerCase()) return ok(YES);
    if (t === NO.toLowerCase()) return ok(NO);
  }
  return fail(field, v);
}

function toChoice(v: unknown, field: InputField): Converted {
  const labels = (field.choices ?? []).map((c) => c.label);
  if (typeof v === 'string') {
    const t = v.normalize('NFC').trim().toLowerCase();
    const label = labels.find((l) => l.normalize('NFC').toLowerCase() === t);
    if (label !== undefined) return ok(label);
  }
  return { error: msg('inputs.badChoice', { id: field.id, label: field.label, labels }) };
}

function excelSerial(year: number, month: number, day: number): number | undefined {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round((t - EXCEL_EPOCH) / MS_PER_DAY);
}

function toDate(v: unknown, field: InputField): Converted {
  if (typeof v === 'number' && Number.isFinite(v)) return ok(v);
  if (typeof v === 'string') {
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v.trim());
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim());
    const serial = iso
      ? excelSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      : vn
        ? excelSerial(Number(vn[3]), Number(vn[2]), Number(vn[1]))
        : undefined;
    if (serial !== undefined) return ok(serial);
  }
  return fail(field, v);
}

function toText(v: unknown, field: InputField): Converted {
  if (typeof v === 'string') return ok(v);
  if (typeof v === 'number' && Number.isFinite(v)) return ok(String(v));
  return fail(field, v);
}

/** The cell value of one JSON value for the field. */
export function convertInput(field: InputField, v: unknown): Converted {
  if (v === null) return ok(null);
  switch (field.type) {
    case 'integer':
    case 'count':
    case 'decimal':
      return toNumber(v, field);
    case 'percent':
      return toPercent(v, field);
    case 'yesno':
      return toYesNo(v, field);
    case 'choice':
      return toChoice(v, field);
    case 'date':
      return toDate(v, field);
    case 'text':
      return toText(v, field);
  }
}

function unknownName(path: string, name: string, candidates: string[], what: Message): InputsJsonError {
  const hint = suggest(name, candidates);
  return { path, text: hint ? msg('inputs.unknownSuggest', { what, name, hint }) : msg('inputs.unknown', { what, name }) };
}

function readTexts(
  section: 'evidence' | 'notes',
  value: unknown,
  codes: string[],
  errors: InputsJsonError[],
): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === undefined) return out;
  if (!isRecord(value)) {
    errors.push({ path: section, text: msg('inputs.textsNotObject', { section }) });
    return out;
  }
  for (const [code, text] of Object.entries(value)) {
    const path = `${section}.${code}`;
    if (!codes.includes(code)) errors.push(unknownName(path, code, codes, msg('inputs.what.criterion')));
    else if (text === null) continue;
    else if (typeof text !== 'string') errors.push({ path, text: msg('inputs.textNotText', { path }) });
    else if (text !== '') out[code] = text;
  }
  return out;
}

function parseText(json: string, errors: InputsJsonError[]): unknown {
  try {
    return JSON.parse(json);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    errors.push({ path: '', text: msg('inputs.notJson', { detail }) });
    return undefined;
  }
}

/** The set's fields and the form's own header fields (governing body, place…), by id. */
function formFieldById(set: CriteriaSet): Map<string, InputField> {
  const fields = fieldById(set);
  for (const field of formOnlyFields(set)) if (!fields.has(field.id)) fields.set(field.id, field);
  return fields;
}

/** Converts the inputs JSON (text or an already parsed value) for `set`; problems land in `errors`. */
export function parseInputsJson(json: unknown, set: CriteriaSet): ParsedInputs {
  const errors: InputsJsonError[] = [];
  const result: ParsedInputs = { inputs: {}, evidence: {}, notes: {}, errors };
  const doc = typeof json === 'string' ? parseText(json, errors) : json;
  if (errors.length > 0) return result;
  if (!isRecord(doc)) {
    errors.push({ path: '', text: msg('inputs.notObject') });
    return result;
  }
  for (const key of Object.keys(doc)) {
    if (!TOP_KEYS.includes(key)) errors.push(unknownName(key, key, TOP_KEYS, msg('inputs.what.key')));
  }
  if (doc.set !== undefined) {
    if (typeof doc.set !== 'string') errors.push({ path: 'set', text: msg('inputs.setNotText') });
    else {
      result.setId = doc.set;
      if (doc.set !== set.id) {
        errors.push({ path: 'set', text: msg('inputs.otherSet', { found: doc.set, expected: set.id }) });
      }
    }
  }
  const fields = formFieldById(set);
  if (doc.inputs !== undefined && !isRecord(doc.inputs)) {
    errors.push({ path: 'inputs', text: msg('inputs.inputsNotObject') });
  } else {
    for (const [id, raw] of Object.entries(isRecord(doc.inputs) ? doc.inputs : {})) {
      const path = `inputs.${id}`;
      const field = fields.get(id);
      if (!field) {
        errors.push({ ...unknownName(path, id, [...fields.keys()], msg('inputs.what.field')), fieldId: id });
        continue;
      }
      const converted = convertInput(field, raw);
      if ('error' in converted) {
        errors.push({ path, fieldId: id, text: converted.error });
      } else if (converted.value !== null) {
        result.inputs[id] = converted.value;
      }
    }
  }
  const codes = set.sections.flatMap((s) => s.criteria.map((c) => c.code));
  result.evidence = readTexts('evidence', doc.evidence, codes, errors);
  result.notes = readTexts('notes', doc.notes, codes, errors);
  readNotApplicable(doc.notApplicable, set, result.inputs, errors);
  return result;
}

function exampleValue(field: InputField): unknown {
  switch (field.type) {
    case 'integer':
    case 'count':
      return field.min !== undefined && field.min > 0 ? field.min : 10;
    case 'decimal':
      return 2.5;
    case 'percent':
      return '85%';
    case 'yesno':
      return true;
    case 'choice':
      return field.choices?.[0]?.label ?? null;
    case 'text':
      return field.label;
    case 'date':
      return '2018-09-30';
  }
}

/** The documented shape of the inputs JSON for `set` in `text`'s language, with an example that parses cleanly. */
export function describeInputsJson(set: CriteriaSet, text: (message: Message) => string): Record<string, unknown> {
  const firstCriterion = set.sections[0]?.criteria[0];
  const someFields = [...fieldById(set).values()].slice(0, 6);
  return {
    shape: {
      set: text(msg('inputs.shape.set')),
      inputs: text(msg('inputs.shape.inputs')),
      evidence: text(msg('inputs.shape.evidence')),
      notes: text(msg('inputs.shape.notes')),
    },
    valueForms: Object.fromEntries(Object.entries(JSON_VALUE_FORMS).map(([type, form]) => [type, text(form)])),
    example: {
      set: set.id,
      inputs: Object.fromEntries(someFields.map((f) => [f.id, exampleValue(f)])),
      evidence: firstCriterion ? { [firstCriterion.code]: text(msg('inputs.example.evidence')) } : {},
      notes: {},
    },
  };
}
