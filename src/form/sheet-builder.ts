// A small accumulator for one sheet plan: cells, merges, validations and row heights, with
// row heights estimated from the text each row holds (Excel does not grow rows for wrapped
// text in merged cells, and a file written outside Excel has no measured heights).

import type { CellPlan, MergePlan, RangeRef, SheetPlan, ValidationPlan } from '../plan/model';

/** Points per line of 12–13 pt Times New Roman, and the padding of a row. */
const LINE_HEIGHT = 16.5;
const ROW_PADDING = 3;
/** Characters of Times New Roman that fit in one unit of Excel column width (a little over 1). */
const CHARS_PER_WIDTH = 1.1;

export class SheetBuilder {
  readonly cells: CellPlan[] = [];
  readonly merges: MergePlan[] = [];
  readonly validations: ValidationPlan[] = [];
  private readonly lines = new Map<number, number>();
  private readonly minHeights = new Map<number, number>();

  constructor(private readonly columns: readonly { width: number; hidden?: boolean }[]) {}

  /** A cell; text is wrapped into the width of `cols` columns when estimating the row height. */
  put(row: number, col: number, content: Pick<CellPlan, 'value' | 'formula'>, style: string, cols = 1): void {
    this.cells.push({ row, col, ...content, style });
    if (cols > 1) {
      this.merges.push({ row, col, rows: 1, cols });
      for (let c = col + 1; c < col + cols; c++) this.cells.push({ row, col: c, style });
    }
    if (typeof content.value === 'string') this.fitText(row, content.value, this.widthOf(col, cols));
  }

  /** A cell that does not count towards the row height (hidden keys, formulas). */
  raw(row: number, col: number, content: Pick<CellPlan, 'value' | 'formula'>, style: string): void {
    this.cells.push({ row, col, ...content, style });
  }

  validate(v: ValidationPlan | undefined): void {
    if (v) this.validations.push(v);
  }

  /** At least this height (points) for the row. */
  minHeight(row: number, points: number): void {
    this.minHeights.set(row, Math.max(points, this.minHeights.get(row) ?? 0));
  }

  rowHeights(): Record<number, number> {
    const out: Record<number, number> = {};
    const rows = new Set([...this.lines.keys(), ...this.minHeights.keys()]);
    for (const row of rows) {
      const byText = (this.lines.get(row) ?? 1) * LINE_HEIGHT + ROW_PADDING;
      out[row] = Math.max(byText, this.minHeights.get(row) ?? 0);
    }
    return out;
  }

  range(row: number, col: number): RangeRef {
    return { row, col, rows: 1, cols: 1 };
  }

  sheet(name: string, rest: Omit<SheetPlan, 'name' | 'cells' | 'merges' | 'validations' | 'rowHeights' | 'columns'>): SheetPlan {
    return {
      name,
      columns: this.columns.map((c) => ({ ...c })),
      rowHeights: this.rowHeights(),
      cells: this.cells,
      merges: this.merges,
      validations: this.validations,
      ...rest,
    };
  }

  private widthOf(col: number, cols: number): number {
    let w = 0;
    for (let c = col; c < col + cols; c++) w += this.columns[c]?.width ?? 10;
    return w;
  }

  private fitText(row: number, text: string, width: number): void {
    const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH) - 2);
    const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    this.lines.set(row, Math.max(lines, this.lines.get(row) ?? 1));
  }
}
