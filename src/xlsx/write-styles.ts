// xl/styles.xml from the plan's named styles: fonts, fills, borders, number formats,
// alignment and protection, deduplicated; plus the differential formats (dxf) of
// conditional fills. Index 0 of every table is the mandatory default.

import type { CellStyle, FontStyle } from '../plan/model';
import { DEFAULT_FONT_NAME, DEFAULT_FONT_SIZE } from '../plan/text';
import { escapeXml } from './xml';
import { LocalizedError, msg } from '../messages';


/** Built-in number formats that need no <numFmt> entry. */
const BUILTIN_NUMBER_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
const FIRST_CUSTOM_NUMBER_FORMAT = 164;

/** "#1F4E79" -> "FF1F4E79" (ARGB). */
export function argb(color: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new LocalizedError(msg('writer.badColour', { colour: color }));
  return `FF${color.slice(1).toUpperCase()}`;
}

/** A table of distinct XML fragments; the index of a fragment is its id in the file. */
class Table {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();
  constructor(initial: string[]) {
    for (const x of initial) this.id(x);
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(xml);
      this.ids.set(xml, id);
    }
    return id;
  }
}

function fontXml(font: FontStyle = {}): string {
  return (
    '<font>' +
    (font.bold ? '<b/>' : '') +
    (font.italic ? '<i/>' : '') +
    (font.underline ? '<u/>' : '') +
    `<sz val="${font.size ?? DEFAULT_FONT_SIZE}"/>` +
    `<color rgb="${font.color ? argb(font.color) : 'FF000000'}"/>` +
    `<name val="${escapeXml(font.name ?? DEFAULT_FONT_NAME)}"/>` +
    '<family val="1"/>' +
    '</font>'
  );
}

function solidFill(color: string): string {
  const c = argb(color);
  return `<fill><patternFill patternType="solid"><fgColor rgb="${c}"/><bgColor rgb="${c}"/></patternFill></fill>`;
}

const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const THIN_BORDER =
  '<border>' + ['left', 'right', 'top', 'bottom'].map((s) => `<${s} style="thin"><color rgb="FF000000"/></${s}>`).join('') + '<diagonal/></border>';

export interface StyleSheet {
  /**
   * Cell format (xf) index of a plan style name (0 for none); `quotePrefix` gives the variant
   * that keeps a text Excel would otherwise reinterpret as text when a user edits it.
   */
  xfOf(style: string | undefined, quotePrefix?: boolean): number;
  /** Differential format index of a conditional fill colour. */
  dxfOfFill(color: string): number;
  xml(): string;
}

export function buildStyleSheet(styles: Record<string, CellStyle>): StyleSheet {
  const fonts = new Table([fontXml()]);
  const fills = new Table(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  const borders = new Table([NO_BORDER]);
  const numFmts = new Map<string, number>();
  const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  const xfs = new Table([DEFAULT_XF]);
  const xfXmlByName = new Map<string, string>(); // each style's <xf>; its id is its place in xfs
  const dxfs = new Table([]);

  const numFmtId = (code: string | undefined): number => {
    if (code === undefined) return 0;
    const builtin = BUILTIN_NUMBER_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUMBER_FORMAT + numFmts.size;
      numFmts.set(code, id);
    }
    return id;
  };

  for (const name of Object.keys(styles)) {
    const s = styles[name];
    const ids = { fmt: numFmtId(s.numberFormat), font: fonts.id(fontXml(s.font)), fill: s.fill ? fills.id(solidFill(s.fill)) : 0, border: s.border ? borders.id(THIN_BORDER) : 0 };
    const xf = xfXml(s, ids);
    xfs.id(xf);
    xfXmlByName.set(name, xf);
  }

  return {
    xfOf(style, quotePrefix = false) {
      const xf = style === undefined ? DEFAULT_XF : xfXmlByName.get(style);
      if (xf === undefined) throw new LocalizedError(msg('writer.unknownStyle', { style: style ?? '' }));
      return xfs.id(quotePrefix ? xf.replace(' xfId="0"', ' xfId="0" quotePrefix="1"') : xf);
    },
    dxfOfFill(color) {
      const c = argb(color);
      return dxfs.id(`<dxf><fill><patternFill patternType="solid"><fgColor rgb="${c}"/><bgColor rgb="${c}"/></patternFill></fill></dxf>`);
    },
    xml() {
      const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
      const fmts = [...numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      return (
        XML_DECLARATION +
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        (fmts.length ? list('numFmts', fmts) : '') +
        list('fonts', fonts.items) +
        list('fills', fills.items) +
        list('borders', borders.items) +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        list('cellXfs', xfs.items) +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        list('dxfs', dxfs.items) +
        '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
        '</styleSheet>'
      );
    },
  };
}

/** The <xf> of one named style, given the ids of its number format, font, fill and border. */
function xfXml(s: CellStyle, ids: { fmt: number; font: number; fill: number; border: number }): string {
  const alignment = alignmentXml(s);
  const protection = s.locked === false ? '<protection locked="0"/>' : '';
  return (
    `<xf numFmtId="${ids.fmt}" fontId="${ids.font}" fillId="${ids.fill}" borderId="${ids.border}" xfId="0"` +
    (ids.fmt ? ' applyNumberFormat="1"' : '') +
    ' applyFont="1"' +
    (s.fill ? ' applyFill="1"' : '') +
    (s.border ? ' applyBorder="1"' : '') +
    (alignment ? ' applyAlignment="1"' : '') +
    (protection ? ' applyProtection="1"' : '') +
    (alignment || protection ? `>${alignment}${protection}</xf>` : '/>')
  );
}

function alignmentXml(s: CellStyle): string {
  // Excel honours an indent only with left or right alignment.
  const indent = s.indent && s.hAlign !== 'center' ? Math.round(s.indent) : 0;
  const horizontal = s.hAlign ?? (indent ? 'left' : undefined);
  const attrs =
    (horizontal ? ` horizontal="${horizontal}"` : '') +
    (s.vAlign ? ` vertical="${s.vAlign}"` : '') +
    (s.wrap ? ' wrapText="1"' : '') +
    (indent ? ` indent="${indent}"` : '');
  return attrs ? `<alignment${attrs}/>` : '';
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
