// The strict stand-in for the Excel API subset the adapter uses (preview page and tests).
export { createFakeExcel } from './create';
export { FakeExcel, type FakeExcelOptions, type FakeExcelStats } from './fake-excel';
export { FakeExcelError, type FakeErrorCode } from './errors';
export { REQUEST_LIMIT_BYTES } from './client';
export type { FormulaEngine, EngineValue } from './engine';
export type { CellView, SheetView } from './views';
