// An .xlsx file's worksheets added to the stand-in workbook, as Excel's
// Workbook.insertWorksheetsFromBase64 inserts them and as opening the file shows them: values and
// formulas (the project's reader), cell formats, column widths, row heights, merges, data
// validation, conditional formats, protection, frozen rows, print settings with the print area
// and titles (the workbook's names), the tab colour and visibility. Charts are not loaded; a file
// with charts can be refused, as Excel on the web refuses to insert them.

import { DEFAULT_READ_LIMITS, attrByLocalName, childElements, decodeXmlBytes, openZip, parseXmlTree, readWorkbook, type ReadLimits, type SheetData, type XmlElement, type ZipReader } from '../../../xlsx';
import type { CellContent } from '../entry';
import { fail } from '../errors';
import { LAST_COL, parseRect, splitSheet } from '../rect';
import type { SheetState, SheetVisibility } from '../sheet-state';
import type { WorkbookState } from '../workbook-state';
import { readStyles, type WorkbookStyles } from './styles';
import { readWorksheetFeatures } from './worksheet';

export interface XlsxLoadOptions {
  /** Only these sheets of the file (default all), loaded in the file's order. */
  sheetNames?: readonly string[];
  /** Tab index of the first loaded sheet (default after the last sheet). */
  position?: number;
  /** Refuse a file whose sheets hold charts (Excel on the web: UnsupportedFeature). */
  refuseCharts?: boolean;
}

/** Generous limits: the stand-in reads files its own add-in wrote, and local files a user opens. */
const LIMITS: ReadLimits = { ...DEFAULT_READ_LIMITS, maxInputBytes: 64 * 1024 * 1024, maxEntries: 20_000 };

interface SheetEntry {
  name: string;
  visibility: SheetVisibility;
  path: string;
}

function xmlPart(zip: ZipReader, path: string): XmlElement | undefined {
  const bytes = zip.read(path);
  return bytes ? parseXmlTree(decodeXmlBytes(bytes), path) : undefined;
}

/** Relationships of a part: id -> {type, target as a zip path}. */
function relationships(zip: ZipReader, path: string): Map<string, { type: string; target: string }> {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const root = xmlPart(zip, `${dir}_rels/${path.slice(dir.length)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  for (const rel of root ? childElements(root, 'Relationship') : []) {
    const target = rel.attrs.Target ?? '';
    const resolved = target.startsWith('/') ? target.slice(1) : normalise(dir + target);
    if (rel.attrs.Id && rel.attrs.TargetMode !== 'External') out.set(rel.attrs.Id, { type: rel.attrs.Type ?? '', target: resolved });
  }
  return out;
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

interface Package {
  zip: ZipReader;
  entries: SheetEntry[];
  styles: WorkbookStyles;
  /** Defined names: [name, local sheet index or undefined, formula text]. */
  names: [string, number | undefined, string][];
}

function readPackage(bytes: Uint8Array): Package {
  const zip = openZip(bytes, LIMITS);
  const workbookPath = [...relationships(zip, '').values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = xmlPart(zip, workbookPath) ?? fail('InvalidArgument', 'The file is not an Excel workbook (no workbook part).');
  const rels = relationships(zip, workbookPath);
  const entries = childElements(childElements(workbook, 'sheets')[0] ?? workbook, 'sheet').map((s): SheetEntry => {
    const path = rels.get(attrByLocalName(s.attrs, 'id') ?? '')?.target;
    if (!path) fail('InvalidArgument', `The sheet "${s.attrs.name}" has no part in the file.`);
    const visibility = s.attrs.state === 'hidden' ? 'Hidden' : s.attrs.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    return { name: s.attrs.name ?? '', visibility, path };
  });
  const stylesPath = [...rels.values()].find((r) => r.type.endsWith('/styles'))?.target;
  const names = childElements(childElements(workbook, 'definedNames')[0] ?? workbook, 'definedName').map(
    (n): [string, number | undefined, string] => [
      n.attrs.name ?? '',
      n.attrs.localSheetId === undefined ? undefined : Number(n.attrs.localSheetId),
      n.children.filter((c): c is string => typeof c === 'string').join(''),
    ],
  );
  return { zip, entries, styles: readStyles(stylesPath ? xmlPart(zip, stylesPath) : undefined), names };
}

function hasCharts(zip: ZipReader, sheetPath: string): boolean {
  return [...relationships(zip, sheetPath).values()]
    .filter((r) => r.type.endsWith('/drawing'))
    .some((d) => [...relationships(zip, d.target).values()].some((r) => r.type.endsWith('/chart')));
}

function contentAt(grid: SheetData, row: number, col: number, quotePrefix: boolean): CellContent | null {
  const formula = grid.formula(row, col);
  if (formula !== undefined) return { kind: 'formula', formula };
  const error = grid.error(row, col);
  if (error !== undefined) return { kind: 'error', error };
  const value = grid.value(row, col);
  if (value === null) return null;
  return typeof value === 'string' && quotePrefix ? { kind: 'value', value, quotePrefix: true } : { kind: 'value', value };
}

/** The print area and title rows the workbook's names give the sheet at `index` of the file. */
function printNames(pkg: Package, index: number): { printArea?: SheetState['page']['printArea']; titleRows?: SheetState['page']['titleRows'] } {
  const out: ReturnType<typeof printNames> = {};
  for (const [name, local, text] of pkg.names) {
    if (local !== index) continue;
    if (name === '_xlnm.Print_Area') out.printArea = parseRect(splitSheet(text.split(',')[0]).local);
    if (name === '_xlnm.Print_Titles') {
      const rows = text.split(',').map((part) => splitSheet(part).local).find((local) => /^\$?\d+:\$?\d+$/.test(local));
      if (rows) out.titleRows = { ...parseRect(rows), col: 0, cols: LAST_COL + 1 };
    }
  }
  return out;
}

function fillSheet(sheet: SheetState, pkg: Package, entry: SheetEntry, grid: SheetData, index: number): void {
  const features = readWorksheetFeatures(xmlPart(pkg.zip, entry.path)!);
  for (const [row, col, xf] of features.cells) {
    const style = pkg.styles.xfs[xf];
    sheet.setContent(row, col, contentAt(grid, row, col, style?.quotePrefix ?? false));
    if (style) sheet.updateFormat({ row, col, rows: 1, cols: 1 }, (f) => Object.assign(f, style.format, { borders: { ...f.borders, ...style.format.borders } }));
  }
  for (const [c, w] of features.columnWidths) sheet.columnWidths.set(c, w);
  for (const c of features.hiddenColumns) sheet.hiddenColumns.add(c);
  for (const [r, h] of features.rowHeights) sheet.rowHeights.set(r, h);
  sheet.merges = features.merges;
  sheet.validations = features.validations;
  sheet.conditionalFormats = features.conditionalFormats.map(({ dxfId, ...cf }) => {
    const fill = dxfId === undefined ? undefined : pkg.styles.dxfFills[dxfId];
    return fill === undefined ? cf : { ...cf, fill };
  });
  sheet.protection = features.protection;
  sheet.frozenRows = features.frozenRows;
  sheet.tabColor = features.tabColor;
  sheet.page = { ...sheet.page, ...features.page, ...printNames(pkg, index) };
  sheet.visibility = entry.visibility;
}

/** Adds the file's worksheets to the workbook (see the file comment); returns them in tab order. */
export function addXlsxSheets(state: WorkbookState, bytes: Uint8Array, options: XlsxLoadOptions = {}): SheetState[] {
  const pkg = readPackage(bytes);
  const wanted = options.sheetNames && options.sheetNames.length > 0 ? new Set(options.sheetNames) : undefined;
  for (const name of wanted ?? []) if (!pkg.entries.some((e) => e.name === name)) fail('ItemNotFound', `The file has no sheet "${name}".`);
  const chosen = pkg.entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => !wanted || wanted.has(entry.name));
  for (const { entry } of chosen) {
    if (state.sheetByName(entry.name)) fail('ItemAlreadyExists', `A sheet named "${entry.name}" already exists; the stand-in does not rename inserted sheets.`);
    if (options.refuseCharts && hasCharts(pkg.zip, entry.path)) fail('UnsupportedFeature', `The sheet "${entry.name}" holds a chart, which Excel on the web cannot insert.`);
  }
  const grids = readWorkbook(bytes, LIMITS);
  const position = options.position ?? state.sheets.length;
  // All sheets first, then their contents: formulas may refer to any of them.
  const sheets = chosen.map(({ entry }, i) => {
    const sheet = state.addSheet(entry.name);
    state.moveSheet(sheet, Math.min(position + i, state.sheets.length - 1));
    return sheet;
  });
  chosen.forEach(({ entry, index }, i) => fillSheet(sheets[i], pkg, entry, grids.sheet(entry.name)!, index));
  for (const s of state.sheets) s.refreshFormulas();
  return sheets;
}
