// Range and RangeAreas: cell content, number formats and the objects hanging off a rectangle.

import { parseEntry } from '../entry';
import { fail } from '../errors';
import { cellCount, forEachCell, parseRect, quoteSheet, rectAddress, splitSheet, type Rect } from '../rect';
import type { SheetState } from '../sheet-state';
import { BaseHost, booleanArg, type Host, type HostEnv } from './base';
import { ConditionalFormatCollectionHost, DataValidationHost } from './validation';
import { RangeFormatHost } from './format';

const READ_LIMIT = 5_000_000; // cells: Excel returns no values above this

export class RangeHost extends BaseHost {
  readonly type = 'Range';

  constructor(
    private readonly env: HostEnv,
    readonly sheet: SheetState,
    readonly rect: Rect,
  ) {
    super();
  }

  override get(name: string): unknown {
    switch (name) {
      case 'address': return `${quoteSheet(this.sheet.name)}!${rectAddress(this.rect)}`;
      case 'rowIndex': return this.rect.row;
      case 'columnIndex': return this.rect.col;
      case 'rowCount': return this.rect.rows;
      case 'columnCount': return this.rect.cols;
      case 'values': return this.grid((r, c) => this.valueText(r, c, false));
      case 'text': return this.grid((r, c) => String(this.valueText(r, c, false)));
      case 'formulas': return this.grid((r, c) => this.valueText(r, c, true));
      case 'valueTypes': return this.grid((r, c) => this.valueType(r, c));
      case 'numberFormat': return this.grid((r, c) => this.sheet.formatAt(r, c).numberFormat);
      default: return super.get(name);
    }
  }

  override set(name: string, value: unknown): void {
    switch (name) {
      case 'values':
      case 'formulas': return this.writeContent(this.shaped(name, value));
      case 'numberFormat': {
        const rows = this.shaped(name, value);
        this.sheet.assertFormattable('allowFormatCells');
        rows.forEach((row, i) => row.forEach((fmt, j) => {
          if (fmt === null || fmt === undefined) return;
          if (typeof fmt !== 'string') fail('InvalidArgument', 'numberFormat entries must be text.');
          this.sheet.updateFormat({ row: this.rect.row + i, col: this.rect.col + j, rows: 1, cols: 1 }, (f) => void (f.numberFormat = fmt));
        }));
        return;
      }
      case 'columnHidden': {
        const hidden = booleanArg(value, name);
        this.sheet.assertFormattable('allowFormatColumns');
        for (let c = this.rect.col; c < this.rect.col + this.rect.cols; c++) {
          if (hidden) this.sheet.hiddenColumns.add(c);
          else this.sheet.hiddenColumns.delete(c);
        }
        return;
      }
      default: return super.set(name, value);
    }
  }

  override nav(name: string): Host {
    switch (name) {
      case 'format': return new RangeFormatHost(this.sheet, [this.rect]);
      case 'dataValidation': return new DataValidationHost(this.sheet, this.rect);
      case 'conditionalFormats': return new ConditionalFormatCollectionHost(this.sheet, this.rect);
      default: return super.nav(name);
    }
  }

  override call(name: string, args: unknown[]): Host | undefined {
    switch (name) {
      case 'merge': return this.merge(args[0] === true);
      case 'select': {
        if (this.env.state.activeId !== this.sheet.id) fail('InvalidOperation', 'Only a range on the active sheet can be selected.');
        this.env.state.selection = { sheetId: this.sheet.id, rect: this.rect };
        return undefined;
      }
      case 'getCell': {
        const [row, col] = args as number[];
        if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) fail('InvalidArgument', 'getCell needs row and column indexes.');
        return new RangeHost(this.env, this.sheet, { row: this.rect.row + row, col: this.rect.col + col, rows: 1, cols: 1 });
      }
      default: return super.call(name, args);
    }
  }

  private grid<T>(cell: (row: number, col: number) => T): T[][] {
    if (cellCount(this.rect) > READ_LIMIT) fail('InvalidOperation', `Excel returns no values for more than ${READ_LIMIT} cells.`);
    const out: T[][] = [];
    for (let r = 0; r < this.rect.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.rect.cols; c++) row.push(cell(this.rect.row + r, this.rect.col + c));
      out.push(row);
    }
    return out;
  }

  /** What `values` (or `formulas`) shows: blanks are "", errors their text, formulas "=…". */
  private valueText(row: number, col: number, formulas: boolean): string | number | boolean {
    const content = this.sheet.contentAt(row, col);
    if (formulas && content?.kind === 'formula') return `=${content.formula}`;
    const value = this.env.state.valueAt(this.sheet, row, col);
    if (value === null) return '';
    return typeof value === 'object' ? value.error : value;
  }

  private valueType(row: number, col: number): string {
    const value = this.env.state.valueAt(this.sheet, row, col);
    if (value === null) return 'Empty';
    if (typeof value === 'object') return 'Error';
    return typeof value === 'number' ? 'Double' : typeof value === 'boolean' ? 'Boolean' : 'String';
  }

  /** A 2-D array exactly the range's shape; anything else is what Excel rejects. */
  private shaped(name: string, value: unknown): unknown[][] {
    const ok = Array.isArray(value) && value.length === this.rect.rows &&
      value.every((row) => Array.isArray(row) && row.length === this.rect.cols);
    if (!ok) {
      const got = Array.isArray(value) ? `${value.length}×${Array.isArray(value[0]) ? value[0].length : '?'}` : typeof value;
      fail('InvalidArgument', `The ${name} array (${got}) does not match the size of the range ${rectAddress(this.rect)} (${this.rect.rows}×${this.rect.cols}).`);
    }
    return value as unknown[][];
  }

  private writeContent(rows: unknown[][]): void {
    const parsed = rows.map((row) => row.map(parseEntry));
    parsed.forEach((row, i) => row.forEach((entry, j) => {
      if (entry !== undefined) this.sheet.assertContentEditable({ row: this.rect.row + i, col: this.rect.col + j, rows: 1, cols: 1 });
    }));
    parsed.forEach((row, i) => row.forEach((entry, j) => {
      if (entry === undefined) return;
      const r = this.rect.row + i;
      const c = this.rect.col + j;
      const merge = this.sheet.mergeAt(r, c);
      if (merge && (merge.row !== r || merge.col !== c)) return; // Excel ignores writes inside a merge
      this.sheet.setContent(r, c, entry);
    }));
    const list = this.env.changed.get(this.sheet) ?? [];
    list.push(this.rect);
    this.env.changed.set(this.sheet, list);
  }

  private merge(across: boolean): undefined {
    this.sheet.assertFormattable('never');
    const parts: Rect[] = across
      ? Array.from({ length: this.rect.rows }, (_, i) => ({ ...this.rect, row: this.rect.row + i, rows: 1 }))
      : [this.rect];
    for (const part of parts) {
      if (cellCount(part) < 2) continue;
      this.sheet.addMerge(part);
      forEachCell(part, (r, c) => {
        if ((r !== part.row || c !== part.col) && this.sheet.contentAt(r, c)) this.sheet.setContent(r, c, null);
      });
    }
    return undefined;
  }
}

export class RangeAreasHost extends BaseHost {
  readonly type = 'RangeAreas';

  constructor(readonly sheet: SheetState, readonly rects: Rect[]) {
    super();
  }

  override get(name: string): unknown {
    if (name === 'address') return this.rects.map((r) => `${quoteSheet(this.sheet.name)}!${rectAddress(r)}`).join(',');
    return super.get(name);
  }

  override nav(name: string): Host {
    if (name === 'format') return new RangeFormatHost(this.sheet, this.rects);
    return super.nav(name);
  }
}

/** Resolves "A1:B2" (optionally "Sheet!A1:B2" naming this sheet) to a rect of `sheet`. */
export function rectOn(sheet: SheetState, address: string): Rect {
  const { sheet: named } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
    fail('InvalidArgument', `The address "${address}" is not on the sheet "${sheet.name}".`);
  }
  return parseRect(address);
}
