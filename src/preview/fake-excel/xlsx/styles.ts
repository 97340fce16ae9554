// xl/styles.xml as the stand-in's cell formats: each cell format (xf) resolved to the CellFormat
// fields it sets (font, fill, borders, alignment, number format, protection) and its quotePrefix,
// and the fill colour of each differential format (dxf) that conditional formats point at.

import { childElements, type XmlElement } from '../../../xlsx';
import type { CellFormat } from '../format';

export interface XfFormat {
  format: Partial<CellFormat>;
  /** Text kept as text when edited (Excel's leading apostrophe). */
  quotePrefix: boolean;
}

export interface WorkbookStyles {
  xfs: XfFormat[];
  /** Fill colour of each dxf ("#RRGGBB"), undefined when it sets none. */
  dxfFills: (string | undefined)[];
}

/** Number formats Excel knows by id without a <numFmt> entry (the ones a form can use). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 14: 'm/d/yyyy', 49: '@',
};
const H_ALIGN: Record<string, CellFormat['hAlign']> = {
  general: 'General', left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify', centerContinuous: 'CenterAcrossSelection', distributed: 'Distributed',
};
const V_ALIGN: Record<string, CellFormat['vAlign']> = { top: 'Top', center: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' };
const UNDERLINE: Record<string, CellFormat['underline']> = { single: 'Single', double: 'Double', singleAccounting: 'SingleAccountant', doubleAccounting: 'DoubleAccountant', none: 'None' };

const child = (el: XmlElement | undefined, name: string) => (el ? childElements(el, name)[0] : undefined);
const on = (el: XmlElement | undefined) => el !== undefined && el.attrs.val !== '0' && el.attrs.val !== 'false';

/** "FF1F4E79" -> "#1F4E79"; theme and indexed colours are not resolved (undefined). */
export function rgbColor(el: XmlElement | undefined): string | undefined {
  const rgb = el?.attrs.rgb;
  return rgb && /^[0-9A-Fa-f]{8}$/.test(rgb) ? `#${rgb.slice(2).toUpperCase()}` : undefined;
}

function fontFormat(font: XmlElement | undefined): Partial<CellFormat> {
  if (!font) return {};
  const out: Partial<CellFormat> = { bold: on(child(font, 'b')), italic: on(child(font, 'i')) };
  const u = child(font, 'u');
  out.underline = u ? UNDERLINE[u.attrs.val ?? 'single'] ?? 'Single' : 'None';
  const size = Number(child(font, 'sz')?.attrs.val);
  if (Number.isFinite(size) && size > 0) out.fontSize = size;
  const name = child(font, 'name')?.attrs.val;
  if (name) out.fontName = name;
  out.fontColor = rgbColor(child(font, 'color')) ?? '#000000';
  return out;
}

function fillColor(fill: XmlElement | undefined, prefer: 'fgColor' | 'bgColor'): string | null {
  const pattern = child(fill, 'patternFill');
  if (!pattern || (pattern.attrs.patternType !== undefined && pattern.attrs.patternType !== 'solid')) return null;
  const other = prefer === 'fgColor' ? 'bgColor' : 'fgColor';
  return rgbColor(child(pattern, prefer)) ?? rgbColor(child(pattern, other)) ?? null;
}

function borderSides(border: XmlElement | undefined): CellFormat['borders'] {
  const drawn = (side: string) => {
    const style = child(border, side)?.attrs.style;
    return style !== undefined && style !== 'none';
  };
  return { top: drawn('top'), bottom: drawn('bottom'), left: drawn('left'), right: drawn('right') };
}

function xfFormat(xf: XmlElement, tables: { fonts: XmlElement[]; fills: XmlElement[]; borders: XmlElement[]; numFmts: Map<number, string> }): XfFormat {
  const id = (name: string) => Number(xf.attrs[name] ?? 0);
  const format: Partial<CellFormat> = {
    ...fontFormat(tables.fonts[id('fontId')]),
    fill: fillColor(tables.fills[id('fillId')], 'fgColor'),
    borders: borderSides(tables.borders[id('borderId')]),
    numberFormat: tables.numFmts.get(id('numFmtId')) ?? BUILTIN_FORMATS[id('numFmtId')] ?? 'General',
  };
  const alignment = child(xf, 'alignment');
  format.hAlign = H_ALIGN[alignment?.attrs.horizontal ?? 'general'] ?? 'General';
  format.vAlign = V_ALIGN[alignment?.attrs.vertical ?? 'bottom'] ?? 'Bottom';
  format.wrap = alignment?.attrs.wrapText === '1' || alignment?.attrs.wrapText === 'true';
  format.indent = Number(alignment?.attrs.indent ?? 0) || 0;
  const locked = child(xf, 'protection')?.attrs.locked;
  format.locked = locked !== '0' && locked !== 'false';
  return { format, quotePrefix: xf.attrs.quotePrefix === '1' || xf.attrs.quotePrefix === 'true' };
}

/** The styles part's tree -> cell formats by xf index and dxf fills by dxf index. */
export function readStyles(root: XmlElement | undefined): WorkbookStyles {
  if (!root) return { xfs: [], dxfFills: [] };
  const list = (name: string, item: string) => {
    const el = child(root, name);
    return el ? childElements(el, item) : [];
  };
  const numFmts = new Map(list('numFmts', 'numFmt').map((n) => [Number(n.attrs.numFmtId), n.attrs.formatCode ?? 'General']));
  const tables = { fonts: list('fonts', 'font'), fills: list('fills', 'fill'), borders: list('borders', 'border'), numFmts };
  return {
    xfs: list('cellXfs', 'xf').map((xf) => xfFormat(xf, tables)),
    dxfFills: list('dxfs', 'dxf').map((dxf) => fillColor(child(dxf, 'fill'), 'bgColor') ?? undefined),
  };
}
