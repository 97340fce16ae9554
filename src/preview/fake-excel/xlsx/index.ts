// .xlsx -> stand-in workbook: the loader behind the stand-in's insertWorksheetsFromBase64 and the
// preview's "open a local .xlsx" (FakeExcel.openXlsx).
export { addXlsxSheets, type XlsxLoadOptions } from './load';
