// The Excel API subset the stand-in implements, member by member, with the ExcelApi
// requirement set each member needs. Anything not listed throws when an add-in touches it, so
// the adapter cannot silently depend on API the stand-in (and this table) does not vouch for.
// The compiler checks every member name against the Office.js class it stands for (TABLE's type
// below), and test/unit/fake-excel-spec.test.ts checks each entry's kind, type, settability and
// requirement set against the `[Api set: …]` annotations of @types/office-js.

/** `setSince`: the set needed to assign it, when newer than reading it (Worksheet.visibility). */
export type PropSpec = { kind: 'prop'; settable?: boolean; since?: string; setSince?: string };
export type NavSpec = { kind: 'nav'; type: string; since?: string };
export type MethodSpec = { kind: 'method'; returns?: string; since?: string };
export type MemberSpec = PropSpec | NavSpec | MethodSpec;

const prop = (since?: string, setSince?: string): PropSpec => ({ kind: 'prop', settable: true, since, ...(setSince ? { setSince } : {}) });
const readOnly = (since?: string): PropSpec => ({ kind: 'prop', since });
const nav = (type: string, since?: string): NavSpec => ({ kind: 'nav', type, since });
const method = (returns?: string, since?: string): MethodSpec => ({ kind: 'method', returns, since });

/** The stand-in's type names that are not "Excel.<name>" in Office.js. */
export const OFFICE_TYPES: Record<string, string> = {
  EventSource: 'OfficeExtension.EventHandlers',
  EventHandlerResult: 'OfficeExtension.EventHandlerResult',
  ClientResult: 'OfficeExtension.ClientResult',
};

/** The Office.js class each stand-in type stands for: the table may name only their members. */
interface OfficeClasses {
  Workbook: Excel.Workbook;
  Application: Excel.Application;
  Runtime: Excel.Runtime;
  WorksheetCollection: Excel.WorksheetCollection;
  Worksheet: Excel.Worksheet;
  Range: Excel.Range;
  RangeAreas: Excel.RangeAreas;
  RangeFormat: Excel.RangeFormat;
  RangeFont: Excel.RangeFont;
  RangeFill: Excel.RangeFill;
  RangeBorderCollection: Excel.RangeBorderCollection;
  RangeBorder: Excel.RangeBorder;
  FormatProtection: Excel.FormatProtection;
  DataValidation: Excel.DataValidation;
  ConditionalFormatCollection: Excel.ConditionalFormatCollection;
  ConditionalFormat: Excel.ConditionalFormat;
  CustomConditionalFormat: Excel.CustomConditionalFormat;
  ConditionalFormatRule: Excel.ConditionalFormatRule;
  ConditionalRangeFormat: Excel.ConditionalRangeFormat;
  ConditionalRangeFill: Excel.ConditionalRangeFill;
  WorksheetProtection: Excel.WorksheetProtection;
  WorksheetFreezePanes: Excel.WorksheetFreezePanes;
  PageLayout: Excel.PageLayout;
  PageBreakCollection: Excel.PageBreakCollection;
  PageBreak: Excel.PageBreak;
  HeaderFooterGroup: Excel.HeaderFooterGroup;
  HeaderFooter: Excel.HeaderFooter;
  ChartCollection: Excel.ChartCollection;
  Chart: Excel.Chart;
  ChartTitle: Excel.ChartTitle;
  ChartLegend: Excel.ChartLegend;
  ChartSeriesCollection: Excel.ChartSeriesCollection;
  ChartSeries: Excel.ChartSeries;
  EventSource: OfficeExtension.EventHandlers<unknown>;
  EventHandlerResult: OfficeExtension.EventHandlerResult<unknown>;
}

/** Methods must be listed as methods and properties as properties or navigations. */
type MembersOf<T> = { [M in keyof T]?: T[M] extends (...args: never[]) => unknown ? MethodSpec : PropSpec | NavSpec };
type SpecTable = { [T in keyof OfficeClasses]: MembersOf<OfficeClasses[T]> };

const TABLE = {
  Workbook: {
    worksheets: nav('WorksheetCollection'),
    application: nav('Application'),
    insertWorksheetsFromBase64: method('ClientResult', '1.13'),
  },
  Application: {
    calculate: method(),
    suspendApiCalculationUntilNextSync: method(undefined, '1.6'),
    suspendScreenUpdatingUntilNextSync: method(undefined, '1.9'),
  },
  Runtime: { enableEvents: prop('1.8') },
  WorksheetCollection: {
    add: method('Worksheet'),
    getItem: method('Worksheet'),
    getItemOrNullObject: method('Worksheet', '1.4'),
    getActiveWorksheet: method('Worksheet'),
    onChanged: nav('EventSource', '1.9'),
    onSelectionChanged: nav('EventSource', '1.9'),
  },
  Worksheet: {
    id: readOnly(),
    name: prop(),
    position: prop(),
    visibility: prop('1.1', '1.2'),
    tabColor: prop('1.7'),
    protection: nav('WorksheetProtection', '1.2'),
    freezePanes: nav('WorksheetFreezePanes', '1.7'),
    pageLayout: nav('PageLayout', '1.9'),
    horizontalPageBreaks: nav('PageBreakCollection', '1.9'),
    charts: nav('ChartCollection'),
    onChanged: nav('EventSource', '1.7'),
    onSelectionChanged: nav('EventSource', '1.7'),
    getRange: method('Range'),
    getRanges: method('RangeAreas', '1.9'),
    getCell: method('Range'),
    getRangeByIndexes: method('Range', '1.7'),
    getUsedRange: method('Range'),
    activate: method(),
    delete: method(),
  },
  Range: {
    address: readOnly(),
    rowIndex: readOnly(),
    columnIndex: readOnly(),
    rowCount: readOnly(),
    columnCount: readOnly(),
    values: prop(),
    formulas: prop(),
    numberFormat: prop(),
    valueTypes: readOnly(),
    text: readOnly(),
    columnHidden: prop('1.2'),
    format: nav('RangeFormat'),
    dataValidation: nav('DataValidation', '1.8'),
    conditionalFormats: nav('ConditionalFormatCollection', '1.6'),
    merge: method(undefined, '1.2'),
    select: method(),
    getCell: method('Range'),
  },
  RangeAreas: { address: readOnly('1.9'), format: nav('RangeFormat', '1.9') },
  RangeFormat: {
    columnWidth: prop('1.2'),
    rowHeight: prop('1.2'),
    horizontalAlignment: prop(),
    verticalAlignment: prop(),
    wrapText: prop(),
    indentLevel: prop('1.9'),
    font: nav('RangeFont'),
    fill: nav('RangeFill'),
    borders: nav('RangeBorderCollection'),
    protection: nav('FormatProtection', '1.2'),
  },
  RangeFont: { name: prop(), size: prop(), bold: prop(), italic: prop(), underline: prop(), color: prop() },
  RangeFill: { color: prop() },
  RangeBorderCollection: { getItem: method('RangeBorder') },
  RangeBorder: { style: prop(), color: prop(), weight: prop() },
  FormatProtection: { locked: prop('1.2') },
  DataValidation: {
    rule: prop('1.8'),
    errorAlert: prop('1.8'),
    prompt: prop('1.8'),
    ignoreBlanks: prop('1.8'),
    clear: method(undefined, '1.8'),
  },
  ConditionalFormatCollection: { add: method('ConditionalFormat', '1.6') },
  ConditionalFormat: { type: readOnly('1.6'), custom: nav('CustomConditionalFormat', '1.6') },
  CustomConditionalFormat: { rule: nav('ConditionalFormatRule', '1.6'), format: nav('ConditionalRangeFormat', '1.6') },
  ConditionalFormatRule: { formula: prop('1.6') },
  ConditionalRangeFormat: { fill: nav('ConditionalRangeFill', '1.6') },
  ConditionalRangeFill: { color: prop('1.6') },
  WorksheetProtection: {
    protected: readOnly('1.2'),
    options: readOnly('1.2'),
    // "[Api set: ExcelApi 1.2 for options; 1.7 for password]": the table takes the strictest reading.
    protect: method(undefined, '1.7'),
    unprotect: method(undefined, '1.7'),
  },
  WorksheetFreezePanes: { freezeRows: method(undefined, '1.7') },
  PageLayout: {
    orientation: prop('1.9'),
    paperSize: prop('1.9'),
    topMargin: prop('1.9'),
    bottomMargin: prop('1.9'),
    leftMargin: prop('1.9'),
    rightMargin: prop('1.9'),
    headerMargin: prop('1.9'),
    footerMargin: prop('1.9'),
    centerHorizontally: prop('1.9'),
    blackAndWhite: prop('1.9'),
    zoom: prop('1.9'),
    headersFooters: nav('HeaderFooterGroup', '1.9'),
    setPrintArea: method(undefined, '1.9'),
    setPrintTitleRows: method(undefined, '1.9'),
  },
  PageBreakCollection: { add: method('PageBreak', '1.9') },
  PageBreak: { rowIndex: readOnly('1.9') },
  HeaderFooterGroup: {
    state: prop('1.9'),
    defaultForAllPages: nav('HeaderFooter', '1.9'),
    firstPage: nav('HeaderFooter', '1.9'),
  },
  HeaderFooter: {
    leftHeader: prop('1.9'),
    centerHeader: prop('1.9'),
    rightHeader: prop('1.9'),
    leftFooter: prop('1.9'),
    centerFooter: prop('1.9'),
    rightFooter: prop('1.9'),
  },
  ChartCollection: { add: method('Chart') },
  Chart: {
    name: prop(),
    title: nav('ChartTitle'),
    legend: nav('ChartLegend'),
    series: nav('ChartSeriesCollection'),
    setPosition: method(),
  },
  ChartTitle: { text: prop(), visible: prop() },
  ChartLegend: { visible: prop(), position: prop() },
  ChartSeriesCollection: { getItemAt: method('ChartSeries') },
  ChartSeries: { setXAxisValues: method(undefined, '1.7'), setValues: method(undefined, '1.7') },
  EventSource: { add: method('EventHandlerResult') },
  EventHandlerResult: { remove: method() },
} satisfies SpecTable;

export const SPECS: Record<string, Record<string, MemberSpec>> = TABLE;

/** Item type of the collections the stand-in can load with "items/…". */
export const COLLECTION_ITEMS: Record<string, string> = { WorksheetCollection: 'Worksheet' };


/** "1.10" > "1.9": compares dotted versions numerically. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
