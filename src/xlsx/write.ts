// Writing a WorkbookPlan as an .xlsx package: content types, relationships, document
// properties (no personal data), the workbook (sheet order and visibility, print areas and
// titles, recalculation on load), styles, shared strings, worksheets, drawings and charts.
// Formulas carry no cached result unless asked, so Excel and LibreOffice compute on load.
// Sheets may come from a generator: each is serialised and deflated before the next is asked
// for, so memory stays flat in the number of sheets (a master of thousands of units).

import { strToU8, Zip, ZipDeflate } from 'fflate';
import { rangeA1 } from '../plan/address';
import type { SheetPlan, WorkbookPlan } from '../plan/model';
import { chartXml, drawingXml } from './write-chart';
import { quoteSheetName, SharedStrings, worksheetXml } from './write-sheet';
import { buildStyleSheet, XML_DECLARATION } from './write-styles';
import { escapeXml } from './xml';
import { LocalizedError, msg } from '../messages';

export interface WriteOptions {
  /**
   * Write the `value` of formula cells as their cached result (files that look saved by
   * Excel, for tests and fixtures); the workbook then does not ask for a full recalculation.
   * Default false: formulas have no cached value and are computed when the file opens.
   */
  cached?: boolean;
  /**
   * Leave out the reference of each cell that directly follows the previous one in its row
   * (optional in ECMA-376 §18.3.1.4; Excel, LibreOffice and this project's reader place such a
   * cell after the previous one). About a third smaller once zipped; for files that only Excel
   * reads (the add-in's light write), since some other tools expect every reference.
   */
  compact?: boolean;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
/** Fixed zip timestamps make the output depend only on the plan. */
const ZIP_TIME = new Date(2020, 0, 1, 0, 0, 0);

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

/** A plan to write: its sheets may be produced one at a time (each is serialised, deflated and dropped). */
export interface WorkbookSource {
  sheets: Iterable<SheetPlan>;
  styles: WorkbookPlan['styles'];
}

/**
 * The zip being written: each part is deflated as it is added and only its compressed bytes
 * are kept, so a workbook of thousands of sheets never holds its XML all at once. The content
 * types are the last part (they list every part, known only at the end; Excel, LibreOffice and
 * openpyxl's own files do the same).
 */
class Package {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.chunks.push(chunk);
  });
  readonly overrides: [string, string][] = [];

  add(path: string, xml: string, contentType?: string): void {
    const part = new ZipDeflate(path, { level: 6 });
    part.mtime = ZIP_TIME;
    this.zip.add(part);
    part.push(strToU8(xml), true);
    if (contentType) this.overrides.push([path, contentType]);
  }

  finish(): Uint8Array {
    this.add('[Content_Types].xml', contentTypesXml(this.overrides));
    this.zip.end();
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** What the workbook part needs of a sheet once the sheet itself is written. */
type SheetHead = Pick<SheetPlan, 'name' | 'hidden' | 'print'>;

/** Writes one sheet's parts (worksheet, drawing, charts) as sheet number `n`. */
function addSheet(pkg: Package, sheet: SheetPlan, n: number, firstChart: number, xml: (drawingRelId?: string) => string): number {
  const charts = sheet.charts ?? [];
  if (charts.length > 0) {
    pkg.add(`xl/worksheets/_rels/sheet${n}.xml.rels`, relsXml([['rId1', `${REL}/drawing`, `../drawings/drawing${n}.xml`]]));
    pkg.add(`xl/drawings/drawing${n}.xml`, drawingXml(charts), `${CT}.drawing+xml`);
    const chartRels = charts.map((chart, j): [string, string, string] => {
      const c = firstChart + j;
      pkg.add(`xl/charts/chart${c}.xml`, chartXml(chart, sheet.name), `${CT}.drawingml.chart+xml`);
      return [`rId${j + 1}`, `${REL}/chart`, `../charts/chart${c}.xml`];
    });
    pkg.add(`xl/drawings/_rels/drawing${n}.xml.rels`, relsXml(chartRels));
  }
  pkg.add(`xl/worksheets/sheet${n}.xml`, xml(charts.length ? 'rId1' : undefined), `${CT}.spreadsheetml.worksheet+xml`);
  return charts.length;
}

export function writeWorkbook(plan: WorkbookSource, options: WriteOptions = {}): Uint8Array {
  const cached = options.cached === true;
  const styles = buildStyleSheet(plan.styles);
  const strings = new SharedStrings();
  const pkg = new Package();
  pkg.add('_rels/.rels', relsXml([
    ['rId1', `${REL}/officeDocument`, 'xl/workbook.xml'],
    ['rId2', `${NS_PKG_REL}/metadata/core-properties`, 'docProps/core.xml'],
    ['rId3', `${REL}/extended-properties`, 'docProps/app.xml'],
  ]));
  pkg.add('docProps/core.xml', `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>`, 'application/vnd.openxmlformats-package.core-properties+xml');
  pkg.add('docProps/app.xml', `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>egov-scorecard</Application></Properties>`, `${CT}.extended-properties+xml`);
  const names = new SheetNameCheck();
  const heads: SheetHead[] = [];
  let activeTab = -1;
  let charts = 0;
  for (const sheet of plan.sheets) {
    names.check(sheet.name);
    const selected = activeTab < 0 && !sheet.hidden;
    if (selected) activeTab = heads.length;
    heads.push({ name: sheet.name, hidden: sheet.hidden, print: sheet.print });
    charts += addSheet(pkg, sheet, heads.length, charts + 1, (drawingRelId) => worksheetXml(sheet, { styles, strings, selected, cached, compact: options.compact === true, drawingRelId }));
  }
  if (heads.length === 0) throw new LocalizedError(msg('writer.noSheet'));
  if (activeTab < 0) throw new LocalizedError(msg('writer.noVisibleSheet'));
  addWorkbookParts(pkg, heads, activeTab, cached, styles.xml(), strings);
  return pkg.finish();
}

/** The workbook, its relationships, styles and shared strings: written once every sheet is. */
function addWorkbookParts(pkg: Package, heads: SheetHead[], activeTab: number, cached: boolean, stylesXml: string, strings: SharedStrings): void {
  const sheetRels = heads.map((_, i): [string, string, string] => [`rId${i + 1}`, `${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]);
  const hasStrings = strings.size > 0; // Excel dislikes an empty string table
  pkg.add('xl/_rels/workbook.xml.rels', relsXml([
    ...sheetRels,
    [`rId${heads.length + 1}`, `${REL}/styles`, 'styles.xml'],
    ...(hasStrings ? [[`rId${heads.length + 2}`, `${REL}/sharedStrings`, 'sharedStrings.xml'] as [string, string, string]] : []),
  ]));
  pkg.add('xl/workbook.xml', workbookXml(heads, activeTab, cached), `${CT}.spreadsheetml.sheet.main+xml`);
  pkg.add('xl/styles.xml', stylesXml, `${CT}.spreadsheetml.styles+xml`);
  if (hasStrings) pkg.add('xl/sharedStrings.xml', strings.xml(), `${CT}.spreadsheetml.sharedStrings+xml`);
}

/** Sheet names Excel accepts, each once (case-insensitively). */
class SheetNameCheck {
  private readonly seen = new Set<string>();

  check(name: string): void {
    if (name.length < 1 || name.length > 31 || INVALID_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new LocalizedError(msg('writer.badSheetName', { name }));
    }
    const key = name.toLowerCase();
    if (this.seen.has(key)) throw new LocalizedError(msg('writer.duplicateSheetName', { name }));
    this.seen.add(key);
  }
}

function relsXml(rels: [string, string, string][]): string {
  const items = rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${NS_PKG_REL}">${items.join('')}</Relationships>`;
}

function contentTypesXml(overrides: [string, string][]): string {
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([path, type]) => `<Override PartName="/${path}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

function workbookXml(sheets: SheetHead[], activeTab: number, cached: boolean): string {
  const sheetItems = sheets.map(
    (s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
  );
  const names: string[] = [];
  sheets.forEach((s, i) => {
    if (!s.print) return;
    const q = quoteSheetName(s.name);
    names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(`${q}!${rangeA1(s.print.area, true)}`)}</definedName>`);
    const rep = s.print.repeatRows;
    if (rep) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${q}!$${rep.first + 1}:$${rep.last + 1}`)}</definedName>`);
  });
  return (
    XML_DECLARATION +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    '<workbookPr/>' +
    `<bookViews><workbookView activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${sheetItems.join('')}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    `<calcPr calcId="191029"${cached ? '' : ' fullCalcOnLoad="1"'}/>` +
    '</workbook>'
  );
}
