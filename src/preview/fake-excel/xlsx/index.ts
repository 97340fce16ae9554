// .xlsx <-> stand-in workbook: the loader behind the stand-in's insertWorksheetsFromBase64 and the
// preview's "open a local .xlsx" (FakeExcel.openXlsx), and the writer behind the preview's
// "download as .xlsx" and its memory across reloads (FakeExcel.toXlsx).
export { addXlsxSheets, type XlsxLoadOptions } from './load';
export { saveXlsx, workbookPlanOf } from './save';
