// A small accumulator for one sheet plan: cells, merges, validations and row heights, with
// row heights estimated from the text each row holds in its style's font (Excel does not grow
// rows for wrapped text in merged cells, and a file written outside Excel has no measured heights).

import type { CellPlan, CellStyle, MergePlan, RangeRef, SheetPlan, ValidationPlan } from '../plan/model';
import { heightOf, linesOf, usableWidth } from './text-fit';

export class SheetBuilder {
  readonly cells: CellPlan[] = [];
  readonly merges: MergePlan[] = [];
  readonly validations: ValidationPlan[] = [];
  /** Height each row's text needs (points). */
  private readonly textHeights = new Map<number, number>();
  private readonly minHeights = new Map<number, number>();

  constructor(
    private readonly columns: readonly { width: number; hidden?: boolean }[],
    private readonly styles: Record<string, CellStyle>,
  ) {}

  /**
   * A cell; its text (a formula cell's planned result included) is wrapped into the width of
   * `cols` columns in the style's font when estimating the row height.
   */
  put(row: number, col: number, content: Pick<CellPlan, 'value' | 'formula'>, style: string, cols = 1): void {
    this.cells.push({ row, col, ...content, style });
    if (cols > 1) {
      this.merges.push({ row, col, rows: 1, cols });
      for (let c = col + 1; c < col + cols; c++) this.cells.push({ row, col: c, style });
    }
    if (typeof content.value === 'string') this.fitText(row, content.value, col, cols, style);
  }

  /** A cell that does not count towards the row height (hidden keys, formulas). */
  raw(row: number, col: number, content: Pick<CellPlan, 'value' | 'formula'>, style: string): void {
    this.cells.push({ row, col, ...content, style });
  }

  /** Room in the row for `text` in the cell's style, the cell keeping its content. */
  reserve(row: number, col: number, text: string, style: string): void {
    this.fitText(row, text, col, 1, style);
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
    const rows = new Set([...this.textHeights.keys(), ...this.minHeights.keys()]);
    for (const row of rows) out[row] = Math.max(this.textHeights.get(row) ?? 0, this.minHeights.get(row) ?? 0);
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

  private fitText(row: number, text: string, col: number, cols: number, styleKey: string): void {
    const style = this.styles[styleKey] ?? {};
    const font = style.font ?? {};
    const lines = style.wrap ? linesOf(text, usableWidth(this.widthOf(col, cols), cols) - (style.indent ?? 0) * 9, font) : text.split('\n').length;
    this.textHeights.set(row, Math.max(heightOf(lines, font), this.textHeights.get(row) ?? 0));
  }
}
