// The sparse grid a worksheet part is read into (read-sheet.ts): values, formulas and cached
// errors kept one array per row, and the rows and columns in use, put in order once at the end.

import type { CellValue } from '../plan/grid';
import type { SheetData, SheetState } from './read';

/** Cells of one kind, one array per row: no hashing per cell set or looked up. */
class CellStore<T> {
  private readonly rows: (T[] | undefined)[] = [];

  get(row: number, col: number): T | undefined {
    const cells = this.rows[row];
    return cells === undefined ? undefined : cells[col];
  }
  set(row: number, col: number, value: T): void {
    const cells = this.rows[row];
    if (cells === undefined) this.rows[row] = [];
    this.rows[row]![col] = value;
  }
}

export class Sheet implements SheetData {
  readonly values = new CellStore<CellValue>();
  readonly formulas = new CellStore<string>();
  readonly errors = new CellStore<string>();
  rowCount = 0;
  colCount = 0;
  /** Rows with a cell, in the order first seen, and each row's columns (sorted by finish()). */
  private readonly rowList: number[] = [];
  private readonly colLists: (number[] | undefined)[] = [];

  constructor(
    readonly name: string,
    readonly state: SheetState,
  ) {}

  get hidden(): boolean {
    return this.state !== 'visible';
  }
  value(row: number, col: number): CellValue {
    return this.values.get(row, col) ?? null;
  }
  formula(row: number, col: number): string | undefined {
    return this.formulas.get(row, col);
  }
  error(row: number, col: number): string | undefined {
    return this.errors.get(row, col);
  }
  rowsInUse(): readonly number[] {
    return this.rowList;
  }
  colsInUse(row: number): readonly number[] {
    return this.colLists[row] ?? [];
  }
  extend(row: number, col: number): void {
    if (row >= this.rowCount) this.rowCount = row + 1;
    if (col >= this.colCount) this.colCount = col + 1;
    const cols = this.colLists[row];
    if (cols === undefined) {
      this.colLists[row] = [col];
      this.rowList.push(row);
    } else if (cols[cols.length - 1] !== col) cols.push(col);
  }
  /** Puts rows and columns in ascending order, once (files from other programs may not be). */
  finish(): this {
    const ascending = (a: number, b: number) => a - b;
    if (!isStrictlyAscending(this.rowList)) this.rowList.sort(ascending);
    for (const row of this.rowList) {
      const cols = this.colLists[row]!;
      if (!isStrictlyAscending(cols)) this.colLists[row] = [...new Set(cols)].sort(ascending);
    }
    return this;
  }
}

function isStrictlyAscending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i] <= list[i - 1]) return false;
  return true;
}
