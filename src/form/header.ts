// The official header block as formulas over the form's general fields, so it follows the unit's
// information wherever it is entered (the pane, the sheet, `fill`): the governing body and the
// unit in capitals, "Số: 15/BC-UBND", and "Việt Trì, ngày 28 tháng 9 năm 2018" (Nghị định
// 30/2020: days below 10 and the months 1 and 2 take a leading zero). Placeholders show only
// while the fields they stand for are blank. `headerTexts` computes the same texts in TypeScript:
// the cells' cached results, and what tests compare the workbook's results with.

import type { CriteriaSet, InputValue, Inputs } from '../criteria/model';
import { a1 } from '../plan/address';
import type { CellPos } from './api';
import { headerSources } from './form-fields';
import { FORM_TEXT, HEADER_WORDS } from './text';

export interface HeaderCell {
  formula: string;
  /** What the formula gives for the inputs it was planned with. */
  value: string;
}

export interface HeaderCells {
  superior: HeaderCell;
  unit: HeaderCell;
  docNumber: HeaderCell;
  placeDate: HeaderCell;
}

/** A formula string literal: "…" with inner quotes doubled. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function text(value: InputValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  return String(value).replace(/ +/g, ' ').trim();
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Day, month and year of an Excel serial day number (1900 date system, after February 1900). */
function serialDate(serial: number): { day: number; month: number; year: number } {
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY);
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
}

const pad = (n: number, below: number): string => `${n < below ? '0' : ''}${n}`;

/** "2018-09-28" for a serial day number. */
export function isoOfSerial(serial: number): string {
  const { day, month, year } = serialDate(serial);
  return `${year}-${pad(month, 10)}-${pad(day, 10)}`;
}

/** "ngày 05 tháng 01 năm 2019" for a serial day number; the blank pattern otherwise. */
export function officialDateWords(value: InputValue | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return HEADER_WORDS.dateBlank;
  const { day, month, year } = serialDate(value);
  return `${HEADER_WORDS.day}${pad(day, 10)}${HEADER_WORDS.month}${pad(month, 3)}${HEADER_WORDS.year}${year}`;
}

/** The four header texts for `inputs`, as the header formulas compute them. */
export function headerTexts(set: CriteriaSet, inputs: Inputs = {}): Record<keyof HeaderCells, string> {
  const src = headerSources(set);
  const unit = src.unit ? text(inputs[src.unit]) : '';
  const superior = text(inputs[src.governingBody]);
  const number = text(inputs[src.documentNumber]);
  const place = text(inputs[src.place]);
  return {
    superior: superior ? superior.toUpperCase() : src.unit && unit ? '' : FORM_TEXT.superior,
    unit: unit ? unit.toUpperCase() : FORM_TEXT.unit,
    docNumber: number ? `${HEADER_WORDS.docNumber}${number}` : FORM_TEXT.docNumber,
    placeDate: `${place || HEADER_WORDS.placeBlank}, ${officialDateWords(inputs[src.date])}`,
  };
}

/** The header formulas over the general fields' cells (`valueCell` of the form's map). */
export function headerFormulas(set: CriteriaSet, valueCell: Record<string, CellPos>): Record<keyof HeaderCells, string> {
  const src = headerSources(set);
  const ref = (id: string | undefined): string | undefined => {
    const at = id === undefined ? undefined : valueCell[id];
    return at ? a1(at.row, at.col) : undefined;
  };
  const trimmed = (r: string) => `TRIM(${r})`;
  const blank = (r: string) => `${trimmed(r)}=""`;
  const unit = ref(src.unit);
  const superior = ref(src.governingBody) as string;
  const number = ref(src.documentNumber) as string;
  const place = ref(src.place) as string;
  const date = ref(src.date) as string;
  const superiorBlank = unit ? `IF(${blank(unit)},${literal(FORM_TEXT.superior)},"")` : literal(FORM_TEXT.superior);
  const dateWords =
    `IF(ISNUMBER(${date}),${literal(HEADER_WORDS.day)}&IF(DAY(${date})<10,"0","")&DAY(${date})` +
    `&${literal(HEADER_WORDS.month)}&IF(MONTH(${date})<3,"0","")&MONTH(${date})` +
    `&${literal(HEADER_WORDS.year)}&YEAR(${date}),${literal(HEADER_WORDS.dateBlank)})`;
  return {
    superior: `IF(${blank(superior)},${superiorBlank},UPPER(${trimmed(superior)}))`,
    unit: unit ? `IF(${blank(unit)},${literal(FORM_TEXT.unit)},UPPER(${trimmed(unit)}))` : literal(FORM_TEXT.unit),
    docNumber: `IF(${blank(number)},${literal(FORM_TEXT.docNumber)},${literal(HEADER_WORDS.docNumber)}&${trimmed(number)})`,
    placeDate: `IF(${blank(place)},${literal(HEADER_WORDS.placeBlank)},${trimmed(place)})&", "&${dateWords}`,
  };
}

/** The header cells of a form: formulas with their results for `inputs`. */
export function headerCells(set: CriteriaSet, valueCell: Record<string, CellPos>, inputs: Inputs = {}): HeaderCells {
  const formulas = headerFormulas(set, valueCell);
  const values = headerTexts(set, inputs);
  return {
    superior: { formula: formulas.superior, value: values.superior },
    unit: { formula: formulas.unit, value: values.unit },
    docNumber: { formula: formulas.docNumber, value: values.docNumber },
    placeDate: { formula: formulas.placeDate, value: values.placeDate },
  };
}
