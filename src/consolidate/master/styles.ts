// Cell styles of the master's own sheets ("m." keys, so they never meet a form's styles).

import type { CellStyle } from '../../plan/model';

const FONT = { name: 'Times New Roman', size: 12 };

export function scoreFormat(precision: number): string {
  return precision > 0 ? `0.${'0'.repeat(precision)}` : '0';
}

export const scoreStyle = (precision: number) => `m.score${precision}`;
export const appraisedStyle = (precision: number) => `m.appraised${precision}`;

export function masterStyles(precisions: Iterable<number>): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {
    'm.title': { font: { ...FONT, size: 14, bold: true } },
    'm.note': { font: { ...FONT, italic: true } },
    'm.header': { font: { ...FONT, bold: true }, fill: '#D9E1F2', border: true, wrap: true, hAlign: 'center', vAlign: 'center' },
    'm.text': { font: FONT, border: true, wrap: true, vAlign: 'top', numberFormat: '@' },
    'm.int': { font: FONT, border: true, hAlign: 'center', numberFormat: '0' },
    'm.edit': { font: FONT, border: true, locked: false, fill: '#FFF2CC', numberFormat: '@' },
    'm.key': { font: { ...FONT, color: '#808080' }, numberFormat: '@' },
  };
  for (const p of new Set([0, 1, 4, ...precisions])) {
    styles[scoreStyle(p)] = { font: FONT, border: true, numberFormat: scoreFormat(p) };
    styles[appraisedStyle(p)] = { font: FONT, border: true, locked: false, fill: '#FFF2CC', numberFormat: scoreFormat(p) };
  }
  return styles;
}
