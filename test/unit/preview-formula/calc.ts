// Test helper: calculates one formula on Sheet1 after filling some cells ("A1": 5).

import { FormulaWorkbook, parseCellRef, type CellResult } from '../../../src/preview/formula';

export type CellSpec = string | number | boolean | null | { formula: string };

export function workbookWith(cells: Record<string, CellSpec>, sheet = 'Sheet1'): FormulaWorkbook {
  const book = new FormulaWorkbook();
  book.addSheet(sheet);
  for (const [address, spec] of Object.entries(cells)) {
    const ref = parseCellRef(address);
    if (!ref) throw new Error(`bad address ${address}`);
    book.setCell(sheet, ref.row, ref.col, typeof spec === 'object' && spec !== null ? spec : { value: spec });
  }
  return book;
}

/** The value of `formula` placed in a far cell of Sheet1 holding `cells`. */
export function calc(formula: string, cells: Record<string, CellSpec> = {}): CellResult {
  const book = workbookWith(cells);
  book.setCell('Sheet1', 999, 99, { formula });
  return book.getValue('Sheet1', 999, 99);
}
