import { render } from '../../../src/messages/texts';
// Definition workbooks as in-memory grids for authoring tests: export a set, edit cells by
// A1 address or by column key, insert rows, and parse.

import { parseDefinition, setToWorkbookPlan } from '../../../src/authoring';
import { EXAMPLE_SET } from '../../../src/authoring/example-set';
import { formatIssue } from '../../../src/authoring/issues';
import type { CriteriaSet } from '../../../src/criteria/model';
import { parseA1 } from '../../../src/plan/address';
import type { CellValue, Grid } from '../../../src/plan/grid';
import type { SheetPlan, WorkbookPlan } from '../../../src/plan/model';

export class MemGrid implements Grid {
  rows: CellValue[][] = [];

  constructor(public name: string) {}

  get rowCount(): number {
    return this.rows.length;
  }

  get colCount(): number {
    return Math.max(0, ...this.rows.map((row) => row.length));
  }

  value(row: number, col: number): CellValue {
    return this.rows[row]?.[col] ?? null;
  }

  formula(): undefined {
    return undefined;
  }

  set(row: number, col: number, value: CellValue): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row];
    while (cells.length <= col) cells.push(null);
    cells[col] = value;
  }

  /** The column of a header key in row 1. */
  col(key: string): number {
    const col = (this.rows[0] ?? []).indexOf(key);
    if (col < 0) throw new Error(`no column ${key} on ${this.name}`);
    return col;
  }

  /** Inserts a row before `row` (0-based) with values by header key. */
  insert(row: number, values: Record<string, CellValue>): void {
    this.rows.splice(row, 0, []);
    for (const [key, value] of Object.entries(values)) this.set(row, this.col(key), value);
  }
}

export function gridOf(sheet: SheetPlan): MemGrid {
  const grid = new MemGrid(sheet.name);
  for (const cell of sheet.cells) if (cell.value !== undefined && cell.value !== null) grid.set(cell.row, cell.col, cell.value);
  return grid;
}

export class Definition {
  readonly grids: MemGrid[];

  constructor(plan: WorkbookPlan) {
    this.grids = plan.sheets.map(gridOf);
  }

  sheet(name: string): MemGrid {
    const grid = this.grids.find((g) => g.name === name);
    if (!grid) throw new Error(`no sheet ${name}`);
    return grid;
  }

  /** Sets "tieu_chi!H3" to `value`. */
  set(ref: string, value: CellValue): this {
    const [sheet, cell] = ref.split('!');
    const at = parseA1(cell)!;
    this.sheet(sheet).set(at.row, at.col, value);
    return this;
  }

  get(ref: string): CellValue {
    const [sheet, cell] = ref.split('!');
    const at = parseA1(cell)!;
    return this.sheet(sheet).value(at.row, at.col);
  }

  parse() {
    return parseDefinition(this.grids);
  }

  /** Every issue as "sheet!A1: vi / en" lines. */
  lines(): string[] {
    return this.parse().issues.map((issue) => formatIssue(issue, render));
  }
}

/** The definition workbook of `set` (the worked example by default) as editable grids. */
export function definitionOf(set: CriteriaSet = EXAMPLE_SET): Definition {
  return new Definition(setToWorkbookPlan(set));
}
