// A stand-in Excel calculating with the preview's formula engine.

import { FormulaWorkbook } from '../formula';
import { FakeExcel, type FakeExcelOptions } from './fake-excel';

export function createFakeExcel(options: Omit<FakeExcelOptions, 'engine'> = {}): FakeExcel {
  return new FakeExcel({ engine: new FormulaWorkbook(), ...options });
}
