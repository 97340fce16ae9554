// A consolidator's edits to a master, done to the sheets as read back (Grids), then saved again
// as an .xlsx file by our writer (as another program would save it: values and formulas, no
// styles): columns inserted, rows deleted or sorted, sheets deleted or renamed, cells typed.

import type { CellValue, Grid } from '../../src/plan/grid';
import type { CellPlan, WorkbookPlan } from '../../src/plan/model';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';

interface Cell {
  value: CellValue;
  formula?: string;
}

/** An editable copy of a sheet: rows of cells. */
export class EditableSheet {
  rows: Cell[][];

  constructor(
    public name: string,
    grid?: Grid,
  ) {
    this.rows = [];
    if (!grid) return;
    for (let r = 0; r < grid.rowCount; r++) {
      const row: Cell[] = [];
      for (let c = 0; c < grid.colCount; c++) {
        const formula = grid.formula(r, c);
        row.push({ value: grid.value(r, c), ...(formula === undefined ? {} : { formula }) });
      }
      this.rows.push(row);
    }
  }

  value(row: number, col: number): CellValue {
    return this.rows[row]?.[col]?.value ?? null;
  }

  set(row: number, col: number, value: CellValue): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row];
    while (cells.length <= col) cells.push({ value: null });
    cells[col] = { value };
  }

  /** The first row whose cells in `col` equal `value` (-1 when none). */
  findRow(col: number, value: CellValue, from = 0): number {
    for (let r = from; r < this.rows.length; r++) if (this.value(r, col) === value) return r;
    return -1;
  }

  /** The first column whose cell on `row` equals `value` (-1 when none). */
  findCol(row: number, value: CellValue): number {
    return (this.rows[row] ?? []).findIndex((c) => c.value === value);
  }

  insertColumn(at: number, header?: { row: number; text: string }): void {
    for (const row of this.rows) if (row.length >= at) row.splice(at, 0, { value: null });
    if (header) this.set(header.row, at, header.text);
  }

  deleteRow(row: number): void {
    this.rows.splice(row, 1);
  }

  /** Sorts rows first..last (inclusive) by the text of `byCol`, descending; `cols` limits which columns move (default all). */
  sortRows(first: number, last: number, byCol: number, cols?: { from: number; to: number }): void {
    const block = this.rows.slice(first, last + 1);
    const order = block.map((_, i) => i).sort((a, b) => String(block[b][byCol]?.value ?? '').localeCompare(String(block[a][byCol]?.value ?? ''), 'vi'));
    const moved = order.map((i) => block[i]);
    for (let i = 0; i < block.length; i++) {
      const target = this.rows[first + i];
      const from = moved[i];
      const lo = cols?.from ?? 0;
      const hi = cols?.to ?? Math.max(target.length, from.length) - 1;
      const copy = target.slice();
      for (let c = lo; c <= hi; c++) copy[c] = from[c] ?? { value: null };
      this.rows[first + i] = copy;
    }
  }
}

/** A master's sheets as editable copies, in order. */
export class EditableBook {
  sheets: EditableSheet[];

  constructor(bytes: Uint8Array) {
    this.sheets = readWorkbook(bytes).sheets.map((g) => new EditableSheet(g.name, g));
  }

  sheet(name: string): EditableSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  deleteSheet(name: string): void {
    this.sheet(name);
    this.sheets = this.sheets.filter((s) => s.name !== name);
  }

  /** Saved again (values and formulas; no styles), as the bytes of an .xlsx file. */
  bytes(): Uint8Array {
    const plan: WorkbookPlan = {
      styles: {},
      sheets: this.sheets.map((s) => ({
        name: s.name,
        columns: [],
        merges: [],
        validations: [],
        protect: false,
        cells: s.rows.flatMap((row, r) =>
          row.flatMap((c, col): CellPlan[] => (c.formula !== undefined ? [{ row: r, col, formula: c.formula }] : c.value === null ? [] : [{ row: r, col, value: c.value }])),
        ),
      })),
    };
    return writeWorkbook(plan);
  }

  grids(): Grid[] {
    return readWorkbook(this.bytes()).sheets;
  }
}
