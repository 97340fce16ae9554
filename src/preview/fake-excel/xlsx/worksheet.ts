// One worksheet part's features besides cell values, in the stand-in's own terms (points, A1
// rectangles, Office.js rule objects): the cell format index of each cell, column widths and
// hidden columns, row heights, merges, data validation, conditional formats, protection, frozen
// rows, print settings and the tab colour.

import { childElements, stripXlfnPrefixes, type XmlElement } from '../../../xlsx';
import { columnWidthPoints } from '../../../plan/units';
import { parseRect, type Rect } from '../rect';
import type { ConditionalFormatState, PageState, ProtectionState, ValidationState } from '../sheet-state';
import { rgbColor } from './styles';

export interface WorksheetFeatures {
  /** [row, col, xf index] of every <c> element. */
  cells: [number, number, number][];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  merges: Rect[];
  validations: ValidationState[];
  /** Conditional formats with their dxf index (the fill is resolved by the caller). */
  conditionalFormats: (ConditionalFormatState & { dxfId?: number })[];
  protection: ProtectionState;
  frozenRows: number;
  tabColor: string;
  /** Print settings found in the part (print area and titles come from the workbook's names). */
  page: Partial<PageState>;
}

const child = (el: XmlElement | undefined, name: string) => (el ? childElements(el, name)[0] : undefined);
const all = (el: XmlElement | undefined, path: string[]): XmlElement[] =>
  path.reduce<XmlElement[]>((els, name) => els.flatMap((e) => childElements(e, name)), el ? [el] : []);
const textOf = (el: XmlElement | undefined) => (el ? el.children.filter((c): c is string => typeof c === 'string').join('') : '');
const truthy = (value: string | undefined) => value === '1' || value === 'true';
/** "B3:D9 F2" -> rectangles. */
const sqrefRects = (sqref: string | undefined) => (sqref ?? '').split(/\s+/).filter(Boolean).map((a) => parseRect(a));

/** OOXML protection attributes ("1" = locked) -> the Office.js options a user is allowed. */
const PROTECTION_OPTIONS: Record<string, [string, boolean]> = {
  autoFilter: ['allowAutoFilter', true], deleteColumns: ['allowDeleteColumns', true], deleteRows: ['allowDeleteRows', true],
  objects: ['allowEditObjects', false], scenarios: ['allowEditScenarios', false], formatCells: ['allowFormatCells', true],
  formatColumns: ['allowFormatColumns', true], formatRows: ['allowFormatRows', true], insertColumns: ['allowInsertColumns', true],
  insertHyperlinks: ['allowInsertHyperlinks', true], insertRows: ['allowInsertRows', true], pivotTables: ['allowPivotTables', true], sort: ['allowSort', true],
};

function protectionOf(el: XmlElement | undefined): ProtectionState {
  if (!el || !truthy(el.attrs.sheet)) return { protected: false, options: {} };
  const options: Record<string, unknown> = {};
  for (const [attr, [option, lockedByDefault]] of Object.entries(PROTECTION_OPTIONS)) {
    const locked = el.attrs[attr] === undefined ? lockedByDefault : truthy(el.attrs[attr]);
    if (!locked) options[option] = true;
  }
  return { protected: true, options };
}

const OPERATORS: Record<string, string> = {
  between: 'Between', notBetween: 'NotBetween', equal: 'EqualTo', notEqual: 'NotEqualTo', greaterThan: 'GreaterThan',
  lessThan: 'LessThan', greaterThanOrEqual: 'GreaterThanOrEqualTo', lessThanOrEqual: 'LessThanOrEqualTo',
};

/** A validation formula as Office.js holds it: numbers as numbers, a quoted list as its items. */
function validationOf(el: XmlElement): ValidationState[] {
  const formula = (name: string) => {
    const text = textOf(child(el, name));
    return text !== '' && Number.isFinite(Number(text)) ? Number(text) : text === '' ? undefined : `=${text}`;
  };
  const type = el.attrs.type ?? 'none';
  let rule: Record<string, unknown>;
  if (type === 'list') {
    const raw = textOf(child(el, 'formula1'));
    const source = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : `=${raw}`;
    rule = { list: { inCellDropDown: !truthy(el.attrs.showDropDown), source } };
  } else if (type === 'whole' || type === 'decimal') {
    const operator = OPERATORS[el.attrs.operator ?? 'between'] ?? 'Between';
    const basic: Record<string, unknown> = { operator, formula1: formula('formula1') };
    if (formula('formula2') !== undefined) basic.formula2 = formula('formula2');
    rule = { [type === 'whole' ? 'wholeNumber' : 'decimal']: basic };
  } else {
    return [];
  }
  const hasAlert = el.attrs.error !== undefined || el.attrs.errorTitle !== undefined;
  const style = { warning: 'Warning', information: 'Information' }[el.attrs.errorStyle ?? ''] ?? 'Stop';
  return sqrefRects(el.attrs.sqref).map((rect) => ({
    rect,
    rule: JSON.parse(JSON.stringify(rule)) as Record<string, unknown>,
    ignoreBlanks: el.attrs.allowBlank === undefined ? true : truthy(el.attrs.allowBlank),
    ...(hasAlert ? { errorAlert: { showAlert: truthy(el.attrs.showErrorMessage), style, message: el.attrs.error ?? '', title: el.attrs.errorTitle ?? '' } } : {}),
  }));
}

function conditionalsOf(root: XmlElement): WorksheetFeatures['conditionalFormats'] {
  return childElements(root, 'conditionalFormatting').flatMap((cf) =>
    childElements(cf, 'cfRule')
      .filter((rule) => rule.attrs.type === 'expression')
      .flatMap((rule) =>
        sqrefRects(cf.attrs.sqref).map((rect) => ({
          rect,
          type: 'Custom',
          formula: `=${stripXlfnPrefixes(textOf(child(rule, 'formula')))}`,
          ...(rule.attrs.dxfId !== undefined ? { dxfId: Number(rule.attrs.dxfId) } : {}),
        })),
      ),
  );
}

const PAPER: Record<string, string> = { 1: 'Letter', 5: 'Legal', 8: 'A3', 9: 'A4', 11: 'A5' };

/** "&L…&C…&R…" -> the three parts of a header or footer. */
function headerParts(text: string, kind: 'Header' | 'Footer'): Record<string, string> {
  const parts: Record<string, string> = {};
  let current = 'center';
  for (const piece of text.split(/(&[LCR])/)) {
    if (/^&[LCR]$/.test(piece)) current = { '&L': 'left', '&C': 'center', '&R': 'right' }[piece]!;
    else if (piece) parts[`${current}${kind}`] = (parts[`${current}${kind}`] ?? '') + piece;
  }
  return parts;
}

function pageOf(root: XmlElement): Partial<PageState> {
  const page: Partial<PageState> = {};
  const margins = child(root, 'pageMargins');
  if (margins) {
    const pt = (name: string, fallback: number) => (margins.attrs[name] === undefined ? fallback : Number(margins.attrs[name]) * 72);
    page.margins = { top: pt('top', 54), bottom: pt('bottom', 54), left: pt('left', 50.4), right: pt('right', 50.4), header: pt('header', 21.6), footer: pt('footer', 21.6) };
  }
  const setup = child(root, 'pageSetup');
  if (setup) {
    page.paperSize = PAPER[setup.attrs.paperSize ?? '1'] ?? 'Letter';
    page.orientation = setup.attrs.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    page.blackAndWhite = truthy(setup.attrs.blackAndWhite);
    const fit = truthy(child(child(root, 'sheetPr'), 'pageSetUpPr')?.attrs.fitToPage);
    page.zoom = fit
      ? { horizontalFitToPages: Number(setup.attrs.fitToWidth ?? 1), verticalFitToPages: Number(setup.attrs.fitToHeight ?? 1) }
      : { scale: Number(setup.attrs.scale ?? 100) };
  }
  const hf = child(root, 'headerFooter');
  if (hf) {
    const first = truthy(hf.attrs.differentFirst);
    const oddEven = truthy(hf.attrs.differentOddEven);
    page.headerState = first ? (oddEven ? 'FirstOddAndEven' : 'FirstAndDefault') : oddEven ? 'OddAndEven' : 'Default';
    page.headers = {
      defaultForAllPages: { ...headerParts(textOf(child(hf, 'oddHeader')), 'Header'), ...headerParts(textOf(child(hf, 'oddFooter')), 'Footer') },
      firstPage: { ...headerParts(textOf(child(hf, 'firstHeader')), 'Header'), ...headerParts(textOf(child(hf, 'firstFooter')), 'Footer') },
    };
  }
  // A <brk> names the last row of the page before it (1-based): the 0-based row the next page starts at.
  const rowBreaks = child(root, 'rowBreaks');
  if (rowBreaks) page.rowBreaks = childElements(rowBreaks, 'brk').map((b) => Number(b.attrs.id)).filter((row) => Number.isInteger(row) && row > 0);
  return page;
}

/** Column widths (points) and hidden columns from <cols>. */
function columnsOf(root: XmlElement): Pick<WorksheetFeatures, 'columnWidths' | 'hiddenColumns'> {
  const columnWidths = new Map<number, number>();
  const hiddenColumns = new Set<number>();
  for (const col of all(root, ['cols', 'col'])) {
    const width = col.attrs.width === undefined ? undefined : columnWidthPoints(Number(col.attrs.width));
    for (let c = Number(col.attrs.min) - 1; c <= Number(col.attrs.max) - 1 && c < 16384; c++) {
      if (width !== undefined && truthy(col.attrs.customWidth ?? '1')) columnWidths.set(c, width);
      if (truthy(col.attrs.hidden)) hiddenColumns.add(c);
    }
  }
  return { columnWidths, hiddenColumns };
}

/** Row heights and each cell's format index, from <sheetData> (a row or cell without `r` follows the previous one). */
function rowsOf(root: XmlElement): Pick<WorksheetFeatures, 'rowHeights' | 'cells'> {
  const rowHeights = new Map<number, number>();
  const cells: [number, number, number][] = [];
  let r = -1;
  for (const row of all(root, ['sheetData', 'row'])) {
    r = row.attrs.r === undefined ? r + 1 : Number(row.attrs.r) - 1;
    if (row.attrs.ht !== undefined && truthy(row.attrs.customHeight)) rowHeights.set(r, Number(row.attrs.ht));
    let col = -1;
    for (const c of childElements(row, 'c')) {
      col = c.attrs.r === undefined ? col + 1 : parseRect(c.attrs.r).col;
      cells.push([r, col, Number(c.attrs.s ?? 0)]);
    }
  }
  return { rowHeights, cells };
}

export function readWorksheetFeatures(root: XmlElement): WorksheetFeatures {
  const pane = child(child(child(root, 'sheetViews'), 'sheetView'), 'pane');
  const frozen = pane && (pane.attrs.state === 'frozen' || pane.attrs.state === 'frozenSplit');
  return {
    ...columnsOf(root),
    ...rowsOf(root),
    merges: all(root, ['mergeCells', 'mergeCell']).map((m) => parseRect(m.attrs.ref ?? '')),
    validations: all(root, ['dataValidations', 'dataValidation']).flatMap(validationOf),
    conditionalFormats: conditionalsOf(root),
    protection: protectionOf(child(root, 'sheetProtection')),
    frozenRows: frozen ? Number(pane.attrs.ySplit ?? 0) : 0,
    tabColor: rgbColor(child(child(root, 'sheetPr'), 'tabColor')) ?? '',
    page: pageOf(root),
  };
}
