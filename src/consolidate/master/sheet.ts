// A small accumulator for the master's sheet plans: cells, merges, validations, widths. Text
// longer than a cell holds (32,767 characters) is cut with a visible mark.

import type { CellPlan, SheetPlan, ValidationPlan } from '../../plan/model';
import { formatKey, type KeyFields } from '../../form/layout';
import { CUT_MARK } from './layout';
import { cutText } from './sheet-names';

/** The most characters Excel keeps in a cell. */
export const CELL_TEXT_LIMIT = 32_767;

/** `text` as a cell can hold it: cut (never inside a letter's marks) and marked when too long. */
export function fitCellText(text: string): string {
  return text.length <= CELL_TEXT_LIMIT ? text : cutText(text, CELL_TEXT_LIMIT - CUT_MARK.length) + CUT_MARK;
}

export class MasterSheet {
  readonly cells: CellPlan[] = [];
  readonly validations: ValidationPlan[] = [];

  constructor(
    readonly name: string,
    readonly widths: number[],
    readonly keyCol: number,
  ) {}

  value(row: number, col: number, value: string | number | boolean | null | undefined, style: string): void {
    this.cells.push({ row, col, value: typeof value === 'string' ? fitCellText(value) : (value ?? null), style });
  }

  formula(row: number, col: number, formula: string, style: string): void {
    this.cells.push({ row, col, formula, style });
  }

  key(row: number, fields: KeyFields): void {
    this.cells.push({ row, col: this.keyCol, value: formatKey(fields), style: 'm.key' });
  }

  plan(extra: Partial<SheetPlan> = {}): SheetPlan {
    const columns = this.widths.map((width, col) => (col === this.keyCol ? { width, hidden: true } : { width }));
    return { name: this.name, columns, cells: this.cells, merges: [], validations: this.validations, protect: false, freezeRows: 3, ...extra };
  }
}
