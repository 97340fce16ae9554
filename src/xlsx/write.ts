// Writing a WorkbookPlan as an .xlsx package: content types, relationships, document
// properties (no personal data), the workbook (sheet order and visibility, print areas and
// titles, recalculation on load), styles, shared strings, worksheets, drawings and charts.
// Formulas carry no cached result unless asked, so Excel and LibreOffice compute on load.

import { zipSync, strToU8, type Zippable } from 'fflate';
import { rangeA1 } from '../plan/address';
import type { SheetPlan, WorkbookPlan } from '../plan/model';
import { chartXml, drawingXml } from './write-chart';
import { quoteSheetName, SharedStrings, worksheetXml } from './write-sheet';
import { buildStyleSheet, XML_DECLARATION } from './write-styles';
import { escapeXml } from './xml';

export interface WriteOptions {
  /**
   * Write the `value` of formula cells as their cached result (files that look saved by
   * Excel, for tests and fixtures); the workbook then does not ask for a full recalculation.
   * Default false: formulas have no cached value and are computed when the file opens.
   */
  cached?: boolean;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
/** Fixed zip timestamps make the output depend only on the plan. */
const ZIP_TIME = new Date(2020, 0, 1, 0, 0, 0);

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

export function writeWorkbook(plan: WorkbookPlan, options: WriteOptions = {}): Uint8Array {
  checkSheets(plan.sheets);
  const cached = options.cached === true;
  const styles = buildStyleSheet(plan.styles);
  const strings = new SharedStrings();
  const activeTab = plan.sheets.findIndex((s) => !s.hidden);
  const files: Zippable = {};
  const add = (path: string, xml: string) => {
    files[path] = strToU8(xml);
  };
  const overrides: [string, string][] = [];
  let chartCount = 0;

  add('[Content_Types].xml', ''); // placeholder keeps it first in the zip; filled in below
  add('_rels/.rels', relsXml([
    ['rId1', `${REL}/officeDocument`, 'xl/workbook.xml'],
    ['rId2', `${NS_PKG_REL}/metadata/core-properties`, 'docProps/core.xml'],
    ['rId3', `${REL}/extended-properties`, 'docProps/app.xml'],
  ]));
  add('docProps/core.xml', `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>`);
  add('docProps/app.xml', `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>egov-scorecard</Application></Properties>`);

  plan.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const charts = sheet.charts ?? [];
    const sheetPath = `xl/worksheets/sheet${n}.xml`;
    overrides.push([sheetPath, `${CT}.spreadsheetml.worksheet+xml`]);
    if (charts.length > 0) {
      add(`xl/worksheets/_rels/sheet${n}.xml.rels`, relsXml([['rId1', `${REL}/drawing`, `../drawings/drawing${n}.xml`]]));
      add(`xl/drawings/drawing${n}.xml`, drawingXml(charts));
      overrides.push([`xl/drawings/drawing${n}.xml`, `${CT}.drawing+xml`]);
      const chartRels: [string, string, string][] = [];
      charts.forEach((chart, j) => {
        const c = ++chartCount;
        add(`xl/charts/chart${c}.xml`, chartXml(chart, sheet.name));
        overrides.push([`xl/charts/chart${c}.xml`, `${CT}.drawingml.chart+xml`]);
        chartRels.push([`rId${j + 1}`, `${REL}/chart`, `../charts/chart${c}.xml`]);
      });
      add(`xl/drawings/_rels/drawing${n}.xml.rels`, relsXml(chartRels));
    }
    add(sheetPath, worksheetXml(sheet, { styles, strings, selected: i === activeTab, cached, drawingRelId: charts.length ? 'rId1' : undefined }));
  });

  const sheetRels = plan.sheets.map((_, i): [string, string, string] => [`rId${i + 1}`, `${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]);
  const stylesRel = `rId${plan.sheets.length + 1}`;
  const stringsRel = `rId${plan.sheets.length + 2}`;
  const hasStrings = strings.size > 0; // Excel dislikes an empty string table
  add('xl/_rels/workbook.xml.rels', relsXml([
    ...sheetRels,
    [stylesRel, `${REL}/styles`, 'styles.xml'],
    ...(hasStrings ? [[stringsRel, `${REL}/sharedStrings`, 'sharedStrings.xml'] as [string, string, string]] : []),
  ]));
  add('xl/workbook.xml', workbookXml(plan.sheets, activeTab, cached));
  add('xl/styles.xml', styles.xml());
  if (hasStrings) {
    add('xl/sharedStrings.xml', strings.xml());
    overrides.push(['xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`]);
  }
  overrides.push(
    ['xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`],
    ['xl/styles.xml', `${CT}.spreadsheetml.styles+xml`],
    ['docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['docProps/app.xml', `${CT}.extended-properties+xml`],
  );
  add('[Content_Types].xml', contentTypesXml(overrides));
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}

function checkSheets(sheets: SheetPlan[]): void {
  if (sheets.length === 0) throw new Error('a workbook needs at least one sheet');
  if (sheets.every((s) => s.hidden)) throw new Error('a workbook needs at least one visible sheet');
  const seen = new Set<string>();
  for (const s of sheets) {
    const name = s.name;
    if (name.length < 1 || name.length > 31 || INVALID_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new Error(`invalid sheet name for Excel: "${name}"`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw new Error(`duplicate sheet name: "${name}"`);
    seen.add(key);
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

function workbookXml(sheets: SheetPlan[], activeTab: number, cached: boolean): string {
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
