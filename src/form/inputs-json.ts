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

export interface InputsJsonError {
  /** Where in the JSON: "inputs.so_may_tinh", "evidence.1.3", "set". */
  path: string;
  fieldId?: string;
  message: string;
  messageEn: string;
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

type Converted = { value: InputValue } | { error: [string, string] };

const ok = (value: InputValue): Converted => ({ value });
const fail = (vi: string, en: string): Converted => ({ error: [vi, en] });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "12", "-3.5", "12,5" (decimal comma) as a number; undefined when the text is not one. */
function numberFromText(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

function toNumber(v: unknown, what: string, whatEn: string): Converted {
  if (typeof v === 'number' && Number.isFinite(v)) return ok(v);
  const n = typeof v === 'string' ? numberFromText(v) : undefined;
  return n === undefined ? fail(`phải là ${what}, không phải ${JSON.stringify(v)}.`, `must be ${whatEn}, not ${JSON.stringify(v)}.`) : ok(n);
}

function toPercent(v: unknown): Converted {
  if (typeof v === 'string' && v.trim().endsWith('%')) {
    const n = numberFromText(v.trim().slice(0, -1));
    // 15 significant digits, as a spreadsheet stores a typed "2.7%" (0.027, not 0.027000000000000003)
    if (n !== undefined) return ok(Number((n / 100).toPrecision(15)));
  }
  return toNumber(v, 'tỉ lệ dạng 0.85 hoặc "85%"', 'a fraction such as 0.85 or a text such as "85%"');
}

function toYesNo(v: unknown): Converted {
  if (v === true) return ok(YES);
  if (v === false) return ok(NO);
  if (typeof v === 'string') {
    const t = v.normalize('NFC').trim().toLowerCase();
    if (t === YES.toLowerCase()) return ok(YES);
    if (t === NO.toLowerCase()) return ok(NO);
  }
  return fail(`phải là true/false hoặc "Có"/"Không", không phải ${JSON.stringify(v)}.`, `must be true/false or "Có"/"Không", not ${JSON.stringify(v)}.`);
}

function toChoice(v: unknown, field: InputField): Converted {
  const labels = (field.choices ?? []).map((c) => c.label);
  if (typeof v === 'string') {
    const t = v.normalize('NFC').trim().toLowerCase();
    const label = labels.find((l) => l.normalize('NFC').toLowerCase() === t);
    if (label !== undefined) return ok(label);
  }
  const list = labels.map((l) => `"${l}"`).join(', ');
  return fail(`phải là một trong: ${list}.`, `must be one of: ${list}.`);
}

function excelSerial(year: number, month: number, day: number): number | undefined {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round((t - EXCEL_EPOCH) / MS_PER_DAY);
}

function toDate(v: unknown): Converted {
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
  return fail(`phải là ngày dạng "2018-09-30" hoặc "30/9/2018", không phải ${JSON.stringify(v)}.`, `must be a date such as "2018-09-30" or "30/9/2018", not ${JSON.stringify(v)}.`);
}

function toText(v: unknown): Converted {
  if (typeof v === 'string') return ok(v);
  if (typeof v === 'number' && Number.isFinite(v)) return ok(String(v));
  return fail(`phải là văn bản, không phải ${JSON.stringify(v)}.`, `must be text, not ${JSON.stringify(v)}.`);
}

/** The cell value of one JSON value for the field. */
export function convertInput(field: InputField, v: unknown): Converted {
  if (v === null) return ok(null);
  switch (field.type) {
    case 'integer':
    case 'count':
      return toNumber(v, 'số nguyên', 'a whole number');
    case 'decimal':
      return toNumber(v, 'một số', 'a number');
    case 'percent':
      return toPercent(v);
    case 'yesno':
      return toYesNo(v);
    case 'choice':
      return toChoice(v, field);
    case 'date':
      return toDate(v);
    case 'text':
      return toText(v);
  }
}

function unknownName(path: string, name: string, candidates: string[], what: string, whatEn: string): InputsJsonError {
  const hint = suggest(name, candidates);
  return {
    path,
    message: `Không có ${what} "${name}" trong bộ tiêu chí.${hint ? ` Có phải "${hint}"?` : ''}`,
    messageEn: `There is no ${whatEn} "${name}" in the criteria set.${hint ? ` Did you mean "${hint}"?` : ''}`,
  };
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
    errors.push({ path: section, message: `"${section}" phải là một đối tượng { "mã tiêu chí": "văn bản" }.`, messageEn: `"${section}" must be an object { "criterion code": "text" }.` });
    return out;
  }
  for (const [code, text] of Object.entries(value)) {
    const path = `${section}.${code}`;
    if (!codes.includes(code)) errors.push(unknownName(path, code, codes, 'tiêu chí', 'criterion'));
    else if (text === null) continue;
    else if (typeof text !== 'string') errors.push({ path, message: `${path} phải là văn bản.`, messageEn: `${path} must be text.` });
    else if (text !== '') out[code] = text;
  }
  return out;
}

function parseText(json: string, errors: InputsJsonError[]): unknown {
  try {
    return JSON.parse(json);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    errors.push({ path: '', message: `Tệp số liệu không phải JSON hợp lệ: ${detail}`, messageEn: `The inputs file is not valid JSON: ${detail}` });
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
    errors.push({ path: '', message: 'Tệp số liệu phải là một đối tượng JSON { "set", "inputs", … }.', messageEn: 'The inputs file must be a JSON object { "set", "inputs", … }.' });
    return result;
  }
  for (const key of Object.keys(doc)) {
    if (!TOP_KEYS.includes(key)) errors.push(unknownName(key, key, TOP_KEYS, 'mục', 'key'));
  }
  if (doc.set !== undefined) {
    if (typeof doc.set !== 'string') errors.push({ path: 'set', message: '"set" phải là mã bộ tiêu chí.', messageEn: '"set" must be a criteria set id.' });
    else {
      result.setId = doc.set;
      if (doc.set !== set.id) {
        errors.push({ path: 'set', message: `Số liệu dành cho bộ tiêu chí "${doc.set}", không phải "${set.id}".`, messageEn: `The inputs are for criteria set "${doc.set}", not "${set.id}".` });
      }
    }
  }
  const fields = formFieldById(set);
  if (doc.inputs !== undefined && !isRecord(doc.inputs)) {
    errors.push({ path: 'inputs', message: '"inputs" phải là một đối tượng { "mã trường": giá trị }.', messageEn: '"inputs" must be an object { "field id": value }.' });
  } else {
    for (const [id, raw] of Object.entries(isRecord(doc.inputs) ? doc.inputs : {})) {
      const path = `inputs.${id}`;
      const field = fields.get(id);
      if (!field) {
        errors.push({ ...unknownName(path, id, [...fields.keys()], 'trường số liệu', 'field'), fieldId: id });
        continue;
      }
      const converted = convertInput(field, raw);
      if ('error' in converted) {
        errors.push({ path, fieldId: id, message: `${id} (${field.label}) ${converted.error[0]}`, messageEn: `${id} (${field.label}) ${converted.error[1]}` });
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

/** How each field type is written in the inputs JSON (English, for `describe --json`). */
export const JSON_VALUE_FORMS: Record<InputField['type'], string> = {
  integer: 'a whole number, e.g. 12 (or the text "12")',
  count: 'a whole number >= 0: how many items are listed',
  decimal: 'a number, e.g. 2.5',
  percent: 'a fraction 0..1 such as 0.85, or a text such as "85%"',
  yesno: 'true / false, or the text "Có" / "Không"',
  choice: "one of the field's choice labels, as text",
  text: 'text',
  date: 'a date "2018-09-30" or "30/9/2018", or an Excel serial day number',
};

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

/** The documented shape of the inputs JSON for `set`, with an example that parses cleanly. */
export function describeInputsJson(set: CriteriaSet): Record<string, unknown> {
  const firstCriterion = set.sections[0]?.criteria[0];
  const someFields = [...fieldById(set).values()].slice(0, 6);
  return {
    shape: {
      set: 'the criteria set id (optional; when given it must match)',
      inputs: '{ "<fieldId>": value } — every key a field id of the set; null or absent = blank',
      evidence: '{ "<criterion code>": "Tài liệu kiểm chứng text" }',
      notes: '{ "<criterion code>": "Ghi chú text" }',
    },
    valueForms: JSON_VALUE_FORMS,
    example: {
      set: set.id,
      inputs: Object.fromEntries(someFields.map((f) => [f.id, exampleValue(f)])),
      evidence: firstCriterion ? { [firstCriterion.code]: 'Quyết định số …/QĐ-… ngày …' } : {},
      notes: {},
    },
  };
}
