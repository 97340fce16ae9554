// The general fields of a form: the set's own, plus the fields the official header needs that a
// set may lack — the governing body (cơ quan chủ quản), the place (địa danh) and, when the set
// has no date field, the date of the report. These belong to the FORM, not to the criteria set:
// the set's content and version stay the same, so forms written before them stay readable and
// are still accepted at consolidation (they simply have no rows for these fields).

import type { CriteriaSet, InputField, Inputs } from '../criteria/model';
import { UNIT_NAME_FIELD } from '../criteria/model';
import { FORM_FIELD_TEXT } from './text';

export const GOVERNING_BODY_FIELD = 'co_quan_chu_quan';
export const PLACE_FIELD = 'dia_danh';
export const DOCUMENT_NUMBER_FIELD = 'so_ky_hieu';
/** Added only when the set has no date field of its own in the general block. */
export const REPORT_DATE_FIELD = 'ngay_bao_cao';

const GOVERNING_BODY: InputField = { id: GOVERNING_BODY_FIELD, type: 'text', required: false, ...FORM_FIELD_TEXT.governingBody };
const PLACE: InputField = { id: PLACE_FIELD, type: 'text', required: false, ...FORM_FIELD_TEXT.place };
const DOCUMENT_NUMBER: InputField = { id: DOCUMENT_NUMBER_FIELD, type: 'text', required: false, ...FORM_FIELD_TEXT.documentNumber };
const REPORT_DATE: InputField = { id: REPORT_DATE_FIELD, type: 'date', required: false, ...FORM_FIELD_TEXT.reportDate };

/** The ids of the header's sources on a form of `set`: unit name, governing body, number, place, date. */
export interface HeaderSources {
  unit?: string;
  governingBody: string;
  documentNumber: string;
  place: string;
  date: string;
}

// Module-level because it is a memo of a value derived from its key (a set is not changed once built).
const cache = new WeakMap<CriteriaSet, { fields: InputField[]; sources: HeaderSources }>();

function build(set: CriteriaSet): { fields: InputField[]; sources: HeaderSources } {
  const own = set.generalFields;
  const has = (id: string) => own.some((f) => f.id === id);
  const dateField = own.find((f) => f.type === 'date');
  // Number and place go just before the date: the place and date make the "…, ngày … tháng … năm …" line.
  const beforeDate = [DOCUMENT_NUMBER, PLACE].filter((f) => !has(f.id));
  const fields: InputField[] = has(GOVERNING_BODY_FIELD) ? [] : [GOVERNING_BODY];
  for (const field of own) {
    if (field === dateField) fields.push(...beforeDate);
    fields.push(field);
  }
  if (!dateField) fields.push(...beforeDate, REPORT_DATE);
  const sources: HeaderSources = {
    ...(has(UNIT_NAME_FIELD) ? { unit: UNIT_NAME_FIELD } : {}),
    governingBody: GOVERNING_BODY_FIELD,
    documentNumber: DOCUMENT_NUMBER_FIELD,
    place: PLACE_FIELD,
    date: dateField?.id ?? REPORT_DATE_FIELD,
  };
  return { fields, sources };
}

function entry(set: CriteriaSet): { fields: InputField[]; sources: HeaderSources } {
  let known = cache.get(set);
  if (!known) cache.set(set, (known = build(set)));
  return known;
}

/** Every general field of a form of `set`, in the order the form shows them. */
export function formGeneralFields(set: CriteriaSet): InputField[] {
  return entry(set).fields;
}

/** The fields a form has that its set does not define (none of them required). */
export function formOnlyFields(set: CriteriaSet): InputField[] {
  const own = new Set(set.generalFields.map((f) => f.id));
  return entry(set).fields.filter((f) => !own.has(f.id));
}

export function headerSources(set: CriteriaSet): HeaderSources {
  return entry(set).sources;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Vietnam has no daylight saving: UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The Excel serial day number of the day it is in Vietnam at `now` (epoch ms). */
export function vietnamTodaySerial(now: number): number {
  return Math.floor((now + VIETNAM_OFFSET_MS - EXCEL_EPOCH) / MS_PER_DAY);
}

/** `inputs` with the form's date set to `today` (a serial day number) when it is blank. */
export function withReportDate(set: CriteriaSet, inputs: Inputs, today: number): { inputs: Inputs; filled: boolean } {
  const id = headerSources(set).date;
  const current = inputs[id];
  if (current !== undefined && current !== null && current !== '') return { inputs, filled: false };
  return { inputs: { ...inputs, [id]: today }, filled: true };
}
