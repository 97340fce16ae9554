// The named cell styles of the Phụ lục sheet: Times New Roman, borders on the table, grey
// header and section rows (they print in black and white), number formats by field type and by
// the set's precision. Cells the unit types in are unlocked and carry no fill of their own:
// required ones are shaded only while blank (input-fills.ts), so nothing shaded is printed.

import type { FieldType } from '../criteria/model';
import type { CellStyle, FontStyle } from '../plan/model';

const FONT = 'Times New Roman';
/** The shading of a required input that is still blank (on screen; see input-fills.ts). */
export const INPUT_FILL = '#FFF2C2';
const HEADER_FILL = '#E7E6E6';
const SECTION_FILL = '#F2F2F2';
/** The text of a "Kiểm tra số liệu" reason: dark red on screen (Excel prints the sheet in black and white). */
const CHECK_COLOUR = '#C00000';

const font = (size: number, extra: Partial<FontStyle> = {}): FontStyle => ({ name: FONT, size, ...extra });

/** Excel number format of a field's value cell. */
export function fieldNumberFormat(type: FieldType): string {
  switch (type) {
    case 'integer':
    case 'count':
      return '0';
    case 'percent':
      return '0.0%';
    case 'date':
      return 'dd/mm/yyyy';
    case 'decimal':
      return 'General';
    case 'yesno':
    case 'choice':
    case 'text':
      return '@';
  }
}

/** "0" for whole points, "0.0" for one decimal, "0.00" for two… */
export function scoreNumberFormat(precision: number): string {
  return precision <= 0 ? '0' : `0.${'0'.repeat(precision)}`;
}

export const FIELD_TYPES: readonly FieldType[] = ['integer', 'decimal', 'percent', 'yesno', 'choice', 'count', 'text', 'date'];

/** Style key of a field's input cell. */
export const inputStyle = (type: FieldType): string => `input.${type}`;

const cellBase: CellStyle = { font: font(12), border: true, vAlign: 'center', wrap: true };

/** Every style the form uses, by key; score formats follow the set's precision. */
export function formStyles(precision: number): Record<string, CellStyle> {
  const score = scoreNumberFormat(precision);
  const styles: Record<string, CellStyle> = {
    superior: { font: font(12), hAlign: 'center', vAlign: 'center', wrap: true, locked: false },
    unitName: { font: font(12, { bold: true }), hAlign: 'center', vAlign: 'center', wrap: true, locked: false },
    docNumber: { font: font(12), hAlign: 'center', vAlign: 'center', locked: false },
    nation: { font: font(12, { bold: true }), hAlign: 'center', vAlign: 'center' },
    motto: { font: font(13, { bold: true, underline: true }), hAlign: 'center', vAlign: 'center' },
    placeDate: { font: font(13, { italic: true }), hAlign: 'center', vAlign: 'center', locked: false },
    formName: { font: font(13, { bold: true }), hAlign: 'center', vAlign: 'center' },
    title: { font: font(14, { bold: true }), hAlign: 'center', vAlign: 'center', wrap: true },
    subtitle: { font: font(13, { bold: true }), hAlign: 'center', vAlign: 'center', wrap: true },
    basis: { font: font(12, { italic: true }), hAlign: 'center', vAlign: 'center', wrap: true },
    part: { font: font(13, { bold: true }), hAlign: 'left', vAlign: 'center' },
    generalLabel: { ...cellBase, hAlign: 'left' },
    header: { ...cellBase, font: font(12, { bold: true }), hAlign: 'center', fill: HEADER_FILL },
    sectionText: { ...cellBase, font: font(12, { bold: true }), fill: SECTION_FILL },
    sectionCode: { ...cellBase, font: font(12, { bold: true }), hAlign: 'center', fill: SECTION_FILL },
    sectionNumber: { ...cellBase, font: font(12, { bold: true }), hAlign: 'center', fill: SECTION_FILL, numberFormat: 'General' },
    sectionScore: { ...cellBase, font: font(12, { bold: true }), hAlign: 'center', fill: SECTION_FILL, numberFormat: score },
    code: { ...cellBase, hAlign: 'center' },
    text: { ...cellBase, hAlign: 'left' },
    guidance: { ...cellBase, font: font(11), hAlign: 'left' },
    fieldLabel: { ...cellBase, font: font(12, { italic: true }), hAlign: 'left', indent: 1 },
    max: { ...cellBase, hAlign: 'center', numberFormat: 'General' },
    score: { ...cellBase, hAlign: 'center', numberFormat: score },
    check: { ...cellBase, font: font(11, { color: CHECK_COLOUR }), hAlign: 'left' },
    empty: { ...cellBase },
    entry: { ...cellBase, hAlign: 'left', locked: false, numberFormat: '@' },
    totalLabel: { ...cellBase, font: font(13, { bold: true }), hAlign: 'left' },
    totalNumber: { ...cellBase, font: font(13, { bold: true }), hAlign: 'center', numberFormat: 'General' },
    totalScore: { ...cellBase, font: font(13, { bold: true }), hAlign: 'center', numberFormat: score },
    bandValue: { ...cellBase, font: font(13, { bold: true }), hAlign: 'center' },
    key: { font: font(8, { color: '#808080' }) },
    helper: { font: font(8, { color: '#808080' }), numberFormat: 'General' },
    notice: { font: font(11, { bold: true, italic: true }), hAlign: 'left', vAlign: 'center', wrap: true },
    noticePart: { font: font(11, { italic: true }), hAlign: 'left', vAlign: 'center', wrap: true },
    signTitle: { font: font(13, { bold: true }), hAlign: 'center', vAlign: 'center' },
    signNote: { font: font(12, { italic: true }), hAlign: 'center', vAlign: 'center' },
    signName: { font: font(13, { bold: true }), hAlign: 'center', vAlign: 'bottom' },
  };
  for (const type of FIELD_TYPES) {
    styles[inputStyle(type)] = {
      ...cellBase,
      hAlign: type === 'text' || type === 'choice' ? 'left' : 'center',
      locked: false,
      numberFormat: fieldNumberFormat(type),
    };
  }
  return styles;
}
