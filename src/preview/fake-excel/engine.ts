// What the stand-in needs from a formula engine (src/preview/formula's FormulaWorkbook fits): it owns cell content for calculation while the
// stand-in owns everything Excel shows around it (formats, validation, protection, events).

export type EngineValue = number | string | boolean | null | { error: string };

export interface FormulaEngine {
  addSheet(name: string): void;
  /** A formula without "=", or a constant; neither clears the cell. */
  setCell(sheet: string, row: number, col: number, content: { formula?: string; value?: string | number | boolean | null }): void;
  getValue(sheet: string, row: number, col: number): EngineValue;
  getFormula(sheet: string, row: number, col: number): string | undefined;
  insertRows(sheet: string, at: number, count: number): void;
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  recalc(): void;
}
