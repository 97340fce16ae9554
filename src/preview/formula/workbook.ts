// A workbook of values and formulas that calculates like Excel: the stand-in Excel API
// of the browser preview keeps its cells here. Rows and columns are 0-based; sheet
// names compare without regard to case. Formula text is kept without its "=", and
// references in it are adjusted when rows are inserted or deleted and sheets renamed.
// The cells are workbook-cells.ts; the calculation order, calc-plan.ts.

import { LocalizedError, msg } from '../../messages';
import { MAX_COLS, MAX_ROWS, sheetKey } from './address';
import { readCells } from './arrays';
import { planCalculation, type CalcPlan } from './calc-plan';
import type { EvalContext } from './context';
import { evaluateCell } from './evaluator';
import { parseFormula } from './parser';
import {
  collectRefs,
  deleteRowsRewrite,
  deleteSheetRewrite,
  insertRowsRewrite,
  renameSheetRewrite,
  rewriteRefs,
} from './references';
import { validateFormula } from './validate';
import { err, type FormulaError, type RangeValue, type Scalar } from './values';
import { cellKey, type Cell, type Formula, type Sheet } from './workbook-cells';

export type CellResult = number | string | boolean | null | { error: string };

export interface CellInput {
  formula?: string;
  value?: string | number | boolean | null;
}

export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}

/** The error a cell caught in a circular reference shows. */
export const CIRCULAR_ERROR: FormulaError = err('#REF!');

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

function compile(text: string): Formula {
  const ast = parseFormula(text);
  validateFormula(ast);
  return { text, ast, refs: collectRefs(ast) };
}

function checkPosition(row: number, col: number): void {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) {
    throw new LocalizedError(msg('formula.cellOutside', { row, col }));
  }
}

function checkSheetName(name: string): void {
  if (name.trim() === '' || name.length > 31 || INVALID_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new LocalizedError(msg('formula.badSheetName', { sheet: name }));
  }
}

export class FormulaWorkbook {
  private readonly sheetList: Sheet[] = [];
  private readonly byKey = new Map<string, Sheet>();
  private dirty = false;
  /** The calculation order; dropped whenever formulas or sheets change. */
  private plan: CalcPlan | undefined;

  /** Sheet names in tab order. */
  sheets(): string[] {
    return this.sheetList.map((sheet) => sheet.name);
  }

  hasSheet(name: string): boolean {
    return this.byKey.has(sheetKey(name));
  }

  /** Adds an empty sheet at the end (or at `index`). Throws when the name is taken or invalid. */
  addSheet(name: string, index = this.sheetList.length): void {
    checkSheetName(name);
    if (this.hasSheet(name)) throw new LocalizedError(msg('formula.sheetExists', { sheet: name }));
    const sheet: Sheet = { name, cells: new Map() };
    this.sheetList.splice(Math.max(0, Math.min(index, this.sheetList.length)), 0, sheet);
    this.byKey.set(sheetKey(name), sheet);
    this.structureChanged();
  }

  /**
   * Writes a formula (with or without "=") or a constant; a missing or null value clears
   * the cell. Creates the sheet when absent. Throws FormulaParseError on a bad formula,
   * leaving the cell as it was.
   */
  setCell(sheet: string, row: number, col: number, input: CellInput): void {
    checkPosition(row, col);
    const formula = input.formula === undefined ? undefined : compile(input.formula.replace(/^\s*=/, ''));
    if (typeof input.value === 'number' && !Number.isFinite(input.value)) {
      throw new LocalizedError(msg('formula.notFinite', { value: String(input.value) }));
    }
    if (!this.hasSheet(sheet)) this.addSheet(sheet);
    const cells = this.sheet(sheet).cells;
    const key = cellKey(row, col);
    const hadFormula = cells.get(key)?.formula !== undefined;
    if (formula) cells.set(key, { formula, value: null });
    else if (input.value === undefined || input.value === null) cells.delete(key);
    else cells.set(key, { value: input.value });
    if (formula || hadFormula) this.structureChanged();
    else this.dirty = true;
  }

  /** The cell's value after calculation: a formula's result, a constant, or null when blank. */
  getValue(sheet: string, row: number, col: number): CellResult {
    if (this.dirty) this.recalc();
    return this.sheet(sheet).cells.get(cellKey(row, col))?.value ?? null;
  }

  /** The cell's formula without "=", references adjusted by later edits; undefined when none. */
  getFormula(sheet: string, row: number, col: number): string | undefined {
    return this.sheet(sheet).cells.get(cellKey(row, col))?.formula?.text;
  }

  /** One past the last used row and column of a sheet (0 × 0 when empty). */
  usedRange(sheet: string): { rowCount: number; colCount: number } {
    let rowCount = 0;
    let colCount = 0;
    for (const key of this.sheet(sheet).cells.keys()) {
      rowCount = Math.max(rowCount, Math.floor(key / MAX_COLS) + 1);
      colCount = Math.max(colCount, (key % MAX_COLS) + 1);
    }
    return { rowCount, colCount };
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    checkSheetName(to);
    if (sheetKey(from) !== sheetKey(to) && this.hasSheet(to)) {
      throw new LocalizedError(msg('formula.sheetExists', { sheet: to }));
    }
    this.rewriteAll(() => renameSheetRewrite(sheet.name, to));
    this.byKey.delete(sheetKey(sheet.name));
    sheet.name = to;
    this.byKey.set(sheetKey(to), sheet);
    this.structureChanged();
  }

  /** Removes a sheet; references to it in other sheets' formulas become #REF!. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    this.byKey.delete(sheetKey(sheet.name));
    this.rewriteAll(() => deleteSheetRewrite(sheet.name));
    this.structureChanged();
  }

  /** Inserts `count` empty rows before row `at`, moving cells down and adjusting references everywhere. */
  insertRows(sheet: string, at: number, count: number): void {
    const target = this.sheet(sheet);
    checkPosition(at, 0);
    if (count <= 0) return;
    this.rewriteAll((formulaSheet) => insertRowsRewrite(formulaSheet, target.name, at, count));
    this.moveRows(target, (row) => (row < at ? row : row + count));
  }

  /** Deletes rows at..at+count-1, moving cells up; references into them become #REF!, ranges shrink. */
  deleteRows(sheet: string, at: number, count: number): void {
    const target = this.sheet(sheet);
    checkPosition(at, 0);
    if (count <= 0) return;
    this.rewriteAll((formulaSheet) => deleteRowsRewrite(formulaSheet, target.name, at, count));
    this.moveRows(target, (row) => (row < at ? row : row < at + count ? -1 : row - count));
  }

  /** Cells caught in circular references at the last calculation; they show #REF!. */
  circularCells(): CellPosition[] {
    if (this.dirty) this.recalc();
    return [...(this.plan?.circular ?? [])].map((entry) => ({ sheet: entry.sheet.name, row: entry.row, col: entry.col }));
  }

  /** Calculates every formula, each after the cells it reads. */
  recalc(): void {
    const { order, circular } = (this.plan ??= planCalculation(this.sheetList, this.byKey));
    const resolve = this.sheetResolver();
    const cellValue = (name: string, row: number, col: number): Scalar =>
      resolve(name)?.cells.get(cellKey(row, col))?.value ?? null;
    // In calculation order a range's cells are final by the time any formula reads it.
    const rangeCache = new Map<string, Scalar[][]>();
    const rangeValues = (range: RangeValue): Scalar[][] => {
      const key = `${range.sheet}|${range.top}|${range.left}|${range.bottom}|${range.right}`;
      let grid = rangeCache.get(key);
      if (!grid) {
        grid = readCells(range, (row, col) => cellValue(range.sheet, row, col));
        rangeCache.set(key, grid);
      }
      return grid;
    };
    const hasSheet = (name: string): boolean => resolve(name) !== undefined;
    for (const entry of order) {
      const formula = entry.cell.formula as Formula;
      const ctx: EvalContext = { sheet: entry.sheet.name, cellValue, rangeValues, hasSheet };
      entry.cell.value = circular.has(entry) ? CIRCULAR_ERROR : evaluateCell(formula.ast, ctx);
    }
    this.dirty = false;
  }

  private structureChanged(): void {
    this.plan = undefined;
    this.dirty = true;
  }

  private sheet(name: string): Sheet {
    const sheet = this.byKey.get(sheetKey(name));
    if (!sheet) throw new LocalizedError(msg('formula.noSheet', { sheet: name }));
    return sheet;
  }

  /** Sheet lookup by the names formulas use, remembered per spelling for speed. */
  private sheetResolver(): (name: string) => Sheet | undefined {
    const cache = new Map<string, Sheet | undefined>();
    return (name) => {
      if (!cache.has(name)) cache.set(name, this.byKey.get(sheetKey(name)));
      return cache.get(name);
    };
  }

  /** Rewrites every formula's references; `rewriteFor` gets the formula's sheet name. */
  private rewriteAll(rewriteFor: (formulaSheet: string) => Parameters<typeof rewriteRefs>[2]): void {
    for (const sheet of this.sheetList) {
      const rewrite = rewriteFor(sheet.name);
      for (const cell of sheet.cells.values()) {
        if (!cell.formula) continue;
        const text = rewriteRefs(cell.formula.text, cell.formula.ast, rewrite);
        if (text !== cell.formula.text) cell.formula = compile(text);
      }
    }
  }

  /** Moves a sheet's cells to new rows (-1 or past the last row: dropped). */
  private moveRows(sheet: Sheet, newRow: (row: number) => number): void {
    const moved = new Map<number, Cell>();
    for (const [key, cell] of sheet.cells) {
      const row = newRow(Math.floor(key / MAX_COLS));
      if (row >= 0 && row < MAX_ROWS) moved.set(cellKey(row, key % MAX_COLS), cell);
    }
    sheet.cells = moved;
    this.structureChanged();
  }
}
