// One worksheet part from a SheetPlan, its elements in the order the schema requires
// (CT_Worksheet): sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData,
// sheetProtection, mergeCells, conditionalFormatting, dataValidations, pageMargins,
// pageSetup, headerFooter, drawing. Any other order makes Excel "repair" the file.

import { a1, rangeA1 } from '../plan/address';
import { PAGE_NUMBER_TEXT, type CellPlan, type SheetPlan, type ValidationPlan } from '../plan/model';
import { addXlfnPrefixes } from './formula';
import { needsTextGuard } from '../plan/text';
import { argb, type StyleSheet, XML_DECLARATION } from './write-styles';
import { escapeXml } from './xml';
import { LocalizedError, msg } from '../messages';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MM_PER_INCH = 25.4;
/** Excel's limits for data-validation texts and an inline list. */
const MAX_ERROR_TITLE = 32;
const MAX_ERROR_MESSAGE = 225;
const MAX_LIST_FORMULA = 255;

/**
 * Text in OOXML strings: "_xHHHH_" is an escape there, so a literal "_x" is escaped itself
 * ("_x005F_x"). Every "_x", not only before four hex digits: LibreOffice also decodes
 * shorter runs, so "so_xa_ket" would come back as "so\nket".
 */
export function ooxmlText(text: string): string {
  return escapeXml(text).replace(/_x/g, '_x005F_x');
}

/** The shared-string table: each distinct text once. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly items: string[] = [];
  count = 0;

  id(text: string): number {
    this.count++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(text, id);
      this.items.push(text);
    }
    return id;
  }
  get size(): number {
    return this.items.length;
  }
  xml(): string {
    let out = `${XML_DECLARATION}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.items.length}">`;
    for (const s of this.items) {
      const preserve = /^[\s]|[\s]$|\n/.test(s) ? ' xml:space="preserve"' : '';
      out += `<si><t${preserve}>${ooxmlText(s)}</t></si>`;
    }
    return out + '</sst>';
  }
}

export interface SheetContext {
  styles: StyleSheet;
  strings: SharedStrings;
  selected: boolean;
  /** Write a formula cell's `value` as its cached result. */
  cached: boolean;
  /** Relationship id of the sheet's drawing, when it has charts. */
  drawingRelId?: string;
  /** Leave out the reference of a cell that directly follows the previous one in its row. */
  compact?: boolean;
}

/** Quotes a sheet name for a formula: 'Tổng hợp'!A1 ('' doubles a quote). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function worksheetXml(sheet: SheetPlan, ctx: SheetContext): string {
  const cells = mergeCells(sheet.cells);
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    sheetPrXml(sheet) +
    `<dimension ref="${dimension(cells)}"/>` +
    sheetViewsXml(sheet, ctx.selected) +
    '<sheetFormatPr defaultRowHeight="15.75"/>' +
    colsXml(sheet) +
    sheetDataXml(sheet, cells, ctx) +
    // As the Office.js adapter protects: users may still resize columns and rows.
    (sheet.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' : '') +
    mergesXml(sheet) +
    conditionalXml(sheet, ctx.styles) +
    validationsXml(sheet.validations) +
    printXml(sheet) +
    (ctx.drawingRelId ? `<drawing r:id="${ctx.drawingRelId}"/>` : '') +
    '</worksheet>'
  );
}

/** Cells sorted by row then column; several plans for one cell combine, later fields winning. */
function mergeCells(cells: CellPlan[]): CellPlan[] {
  const byKey = new Map<number, CellPlan>();
  for (const c of cells) {
    const key = c.row * 16384 + c.col;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, c);
    else {
      const merged: CellPlan = { ...prev };
      if (c.value !== undefined || c.formula !== undefined) {
        merged.value = c.value;
        merged.formula = c.formula;
      }
      if (c.style !== undefined) merged.style = c.style;
      byKey.set(key, merged);
    }
  }
  return [...byKey.keys()].sort((a, b) => a - b).map((k) => byKey.get(k) as CellPlan);
}

function dimension(cells: CellPlan[]): string {
  if (cells.length === 0) return 'A1';
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  for (const c of cells) {
    maxRow = Math.max(maxRow, c.row);
    minCol = Math.min(minCol, c.col);
    maxCol = Math.max(maxCol, c.col);
  }
  const minRow = cells[0].row;
  return rangeA1({ row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 });
}

function sheetPrXml(sheet: SheetPlan): string {
  const tab = sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : '';
  const fit = sheet.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}

function sheetViewsXml(sheet: SheetPlan, selected: boolean): string {
  const frozen = sheet.freezeRows ?? 0;
  const pane = frozen > 0
    ? `<pane ySplit="${frozen}" topLeftCell="${a1(frozen, 0)}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${a1(frozen, 0)}" sqref="${a1(frozen, 0)}"/>`
    : '';
  const attrs = (selected ? ' tabSelected="1"' : '') + ' workbookViewId="0"';
  return `<sheetViews><sheetView${attrs}${pane ? `>${pane}</sheetView>` : '/>'}</sheetViews>`;
}

function colsXml(sheet: SheetPlan): string {
  if (sheet.columns.length === 0) return '';
  const cols = sheet.columns.map(
    (c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ''}/>`,
  );
  return `<cols>${cols.join('')}</cols>`;
}

function sheetDataXml(sheet: SheetPlan, cells: CellPlan[], ctx: SheetContext): string {
  const heights = sheet.rowHeights ?? {};
  const rows = new Set<number>(cells.map((c) => c.row));
  for (const r of Object.keys(heights)) rows.add(Number(r));
  const ordered = [...rows].sort((a, b) => a - b);
  let out = '<sheetData>';
  let i = 0;
  for (const r of ordered) {
    const ht = heights[r];
    out += `<row r="${r + 1}"${ht !== undefined ? ` ht="${ht}" customHeight="1"` : ''}>`;
    let next = 0; // the column an unreferenced cell would take
    while (i < cells.length && cells[i].row === r) {
      const cell = cells[i++];
      out += cellXml(cell, ctx, ctx.compact === true && cell.col === next);
      next = cell.col + 1;
    }
    out += '</row>';
  }
  return out + '</sheetData>';
}

/** One <c>; `implicit`: its reference is left out (ECMA-376 §18.3.1.4: the cell after the previous one). */
function cellXml(cell: CellPlan, ctx: SheetContext, implicit: boolean): string {
  const r = implicit ? '' : ` r="${a1(cell.row, cell.col)}"`;
  const xf = ctx.styles.xfOf(cell.style, cell.formula === undefined && typeof cell.value === 'string' && needsTextGuard(cell.value));
  const s = xf ? ` s="${xf}"` : '';
  if (cell.formula !== undefined) {
    const f = `<f>${escapeXml(addXlfnPrefixes(cell.formula))}</f>`;
    const v = ctx.cached ? cell.value : undefined;
    if (v === undefined || v === null) return `<c${r}${s}>${f}</c>`;
    if (typeof v === 'string') return `<c${r}${s} t="str">${f}<v>${ooxmlText(v)}</v></c>`;
    if (typeof v === 'boolean') return `<c${r}${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c${r}${s}>${f}<v>${numberText(v)}</v></c>`;
  }
  const v = cell.value;
  if (v === undefined || v === null) return `<c${r}${s}/>`;
  if (typeof v === 'string') return `<c${r}${s} t="s"><v>${ctx.strings.id(v)}</v></c>`;
  if (typeof v === 'boolean') return `<c${r}${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c${r}${s}><v>${numberText(v)}</v></c>`;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new LocalizedError(msg('writer.notFinite', { value: String(n) }));
  return Object.is(n, -0) ? '0' : String(n);
}

function mergesXml(sheet: SheetPlan): string {
  if (sheet.merges.length === 0) return '';
  const refs = sheet.merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`);
  return `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

function conditionalXml(sheet: SheetPlan, styles: StyleSheet): string {
  return (sheet.conditionalFills ?? [])
    .map(
      (c, i) =>
        `<conditionalFormatting sqref="${rangeA1(c.range)}">` +
        `<cfRule type="expression" dxfId="${styles.dxfOfFill(c.fill)}" priority="${i + 1}">` +
        `<formula>${escapeXml(addXlfnPrefixes(c.formula))}</formula></cfRule></conditionalFormatting>`,
    )
    .join('');
}

/** One <dataValidation> per distinct rule and message, over all its ranges (as Excel saves them). */
function validationsXml(validations: ValidationPlan[]): string {
  if (validations.length === 0) return '';
  const ranges = new Map<string, string[]>(); // element without sqref -> its ranges, in first-seen order
  for (const v of validations) {
    const message =
      (v.title ? ` errorTitle="${escapeXml(v.title.slice(0, MAX_ERROR_TITLE))}"` : '') +
      (v.message ? ` error="${escapeXml(v.message.slice(0, MAX_ERROR_MESSAGE))}"` : '');
    const head = `<dataValidation type="${v.kind}" allowBlank="1" showErrorMessage="1"`;
    let open = `${head}${message}`;
    let body: string;
    if (v.kind === 'list') body = `<formula1>${escapeXml(v.itemsAt ? rangeA1(v.itemsAt, true) : listFormula(v.items))}</formula1>`;
    else {
      const bounds = boundsOf(v.min, v.max);
      open = `${head} operator="${bounds.operator}"${message}`;
      body = bounds.formulas;
    }
    const key = `${open}\u0000${body}`;
    ranges.set(key, [...(ranges.get(key) ?? []), rangeA1(v.range)]);
  }
  const items = [...ranges].map(([key, refs]) => {
    const [open, body] = key.split('\u0000');
    return `${open} sqref="${refs.join(' ')}">${body}</dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/** An inline list: "a,b,c" in quotes. Excel forbids commas inside items and >255 characters. */
function listFormula(items: string[]): string {
  for (const item of items) if (item.includes(',')) throw new LocalizedError(msg('writer.listItemComma', { item }));
  const formula = `"${items.join(',').replace(/"/g, '""')}"`;
  if (formula.length - 2 > MAX_LIST_FORMULA) throw new LocalizedError(msg('writer.listTooLong', { limit: MAX_LIST_FORMULA }));
  return formula;
}

function boundsOf(min: number | undefined, max: number | undefined): { operator: string; formulas: string } {
  if (min !== undefined && max !== undefined) return { operator: 'between', formulas: `<formula1>${min}</formula1><formula2>${max}</formula2>` };
  if (min !== undefined) return { operator: 'greaterThanOrEqual', formulas: `<formula1>${min}</formula1>` };
  if (max !== undefined) return { operator: 'lessThanOrEqual', formulas: `<formula1>${max}</formula1>` };
  throw new LocalizedError(msg('writer.numberValidationBounds'));
}

function printXml(sheet: SheetPlan): string {
  const p = sheet.print;
  if (!p) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const inch = (mm: number) => Number((mm / MM_PER_INCH).toFixed(4));
  const m = p.margins;
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  const blackAndWhite = p.blackAndWhite ? ' blackAndWhite="1"' : '';
  const header = p.pageNumbers
    ? `<headerFooter differentFirst="1"><oddHeader>${escapeXml(`&C${PAGE_NUMBER_TEXT}`)}</oddHeader><firstHeader></firstHeader></headerFooter>`
    : '';
  return (
    `<pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="${p.orientation}"${fit}${blackAndWhite}/>` +
    header +
    rowBreaksXml(p.rowBreaks ?? [])
  );
}

/** Manual page breaks above the given rows (a <brk> names the last row of the page before it, 1-based). */
function rowBreaksXml(rows: number[]): string {
  const breaks = [...new Set(rows)].filter((r) => r > 0).sort((a, b) => a - b);
  if (breaks.length === 0) return '';
  const items = breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`);
  return `<rowBreaks count="${items.length}" manualBreakCount="${items.length}">${items.join('')}</rowBreaks>`;
}
