// RangeFormat and its parts (font, fill, borders, protection) over one or more rectangles of a
// sheet: a Range has one, a RangeAreas several.

import { fail } from '../errors';
import type { BorderSide, CellFormat } from '../format';
import { forEachCell, LAST_COL, LAST_ROW, type Rect } from '../rect';
import type { SheetState } from '../sheet-state';
import { BaseHost, booleanArg, colorArg, numberArg, oneOf, uniform, type Host } from './base';

const DEFAULT_COLUMN_WIDTH = 48; // points (8.43 characters of Calibri 11)
const DEFAULT_ROW_HEIGHT = 15;
const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] as const;
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;
const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'] as const;
const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
const BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;

abstract class CellFormatHost extends BaseHost {
  constructor(
    protected readonly sheet: SheetState,
    protected readonly rects: Rect[],
  ) {
    super();
  }

  protected read<T>(pick: (f: CellFormat) => T): T | null {
    const seen: T[] = [];
    for (const rect of this.rects) forEachCell(rect, (r, c) => void seen.push(pick(this.sheet.formatAt(r, c))));
    return uniform(seen);
  }

  protected write(change: (f: CellFormat) => void, option = 'allowFormatCells'): void {
    this.sheet.assertFormattable(option);
    for (const rect of this.rects) this.sheet.updateFormat(rect, change);
  }
}

export class RangeFormatHost extends CellFormatHost {
  readonly type = 'RangeFormat';

  override get(name: string): unknown {
    switch (name) {
      case 'columnWidth': return uniform(this.columns().map((c) => this.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH));
      case 'rowHeight': return uniform(this.rowsOf().map((r) => this.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT));
      case 'horizontalAlignment': return this.read((f) => f.hAlign);
      case 'verticalAlignment': return this.read((f) => f.vAlign);
      case 'wrapText': return this.read((f) => f.wrap);
      case 'indentLevel': return this.read((f) => f.indent);
      default: return super.get(name);
    }
  }

  override set(name: string, value: unknown): void {
    switch (name) {
      case 'columnWidth': {
        const width = numberArg(value, 'columnWidth', 0);
        this.sheet.assertFormattable('allowFormatColumns');
        for (const c of this.columns()) this.sheet.columnWidths.set(c, width);
        return;
      }
      case 'rowHeight': {
        const height = numberArg(value, 'rowHeight', 0);
        if (height > 409) fail('InvalidArgument', 'rowHeight must be at most 409 points.');
        this.sheet.assertFormattable('allowFormatRows');
        for (const r of this.rowsOf()) this.sheet.rowHeights.set(r, height);
        return;
      }
      case 'horizontalAlignment': { const v = oneOf(value, H_ALIGN, name); return this.write((f) => void (f.hAlign = v)); }
      case 'verticalAlignment': { const v = oneOf(value, V_ALIGN, name); return this.write((f) => void (f.vAlign = v)); }
      case 'wrapText': { const v = booleanArg(value, name); return this.write((f) => void (f.wrap = v)); }
      case 'indentLevel': { const v = numberArg(value, name, 0); return this.write((f) => void (f.indent = v)); }
      default: return super.set(name, value);
    }
  }

  override nav(name: string): Host {
    switch (name) {
      case 'font': return new RangeFontHost(this.sheet, this.rects);
      case 'fill': return new RangeFillHost(this.sheet, this.rects);
      case 'borders': return new RangeBorderCollectionHost(this.sheet, this.rects);
      case 'protection': return new FormatProtectionHost(this.sheet, this.rects);
      default: return super.nav(name);
    }
  }

  private columns(): number[] {
    const cols = new Set<number>();
    for (const rect of this.rects) for (let c = rect.col; c < rect.col + rect.cols && c <= LAST_COL; c++) cols.add(c);
    return [...cols];
  }

  private rowsOf(): number[] {
    const rows = new Set<number>();
    for (const rect of this.rects) {
      if (rect.rows > 100_000) fail('NotImplemented', 'stand-in: row heights of more than 100,000 rows at once');
      for (let r = rect.row; r < rect.row + rect.rows && r <= LAST_ROW; r++) rows.add(r);
    }
    return [...rows];
  }
}

class RangeFontHost extends CellFormatHost {
  readonly type = 'RangeFont';

  override get(name: string): unknown {
    switch (name) {
      case 'name': return this.read((f) => f.fontName);
      case 'size': return this.read((f) => f.fontSize);
      case 'bold': return this.read((f) => f.bold);
      case 'italic': return this.read((f) => f.italic);
      case 'underline': return this.read((f) => f.underline);
      case 'color': return this.read((f) => f.fontColor);
      default: return super.get(name);
    }
  }

  override set(name: string, value: unknown): void {
    switch (name) {
      case 'name': {
        if (typeof value !== 'string' || !value) fail('InvalidArgument', 'font name must be text');
        return this.write((f) => void (f.fontName = value));
      }
      case 'size': { const v = numberArg(value, name, 1); return this.write((f) => void (f.fontSize = v)); }
      case 'bold': { const v = booleanArg(value, name); return this.write((f) => void (f.bold = v)); }
      case 'italic': { const v = booleanArg(value, name); return this.write((f) => void (f.italic = v)); }
      case 'underline': { const v = oneOf(value, UNDERLINE, name); return this.write((f) => void (f.underline = v)); }
      case 'color': { const v = colorArg(value, 'font color'); return this.write((f) => void (f.fontColor = v)); }
      default: return super.set(name, value);
    }
  }
}

class RangeFillHost extends CellFormatHost {
  readonly type = 'RangeFill';

  override get(name: string): unknown {
    if (name === 'color') return this.read((f) => f.fill ?? '#FFFFFF');
    return super.get(name);
  }

  override set(name: string, value: unknown): void {
    if (name !== 'color') return super.set(name, value);
    const v = colorArg(value, 'fill color');
    this.write((f) => void (f.fill = v));
  }
}

class RangeBorderCollectionHost extends CellFormatHost {
  readonly type = 'RangeBorderCollection';

  override call(name: string, args: unknown[]): Host | undefined {
    if (name !== 'getItem') return super.call(name, args);
    return new RangeBorderHost(this.sheet, this.rects, oneOf(args[0], BORDER_INDEX, 'border index'));
  }
}

class RangeBorderHost extends CellFormatHost {
  readonly type = 'RangeBorder';

  constructor(sheet: SheetState, rects: Rect[], private readonly index: (typeof BORDER_INDEX)[number]) {
    super(sheet, rects);
  }

  override set(name: string, value: unknown): void {
    switch (name) {
      case 'style': {
        const on = oneOf(value, BORDER_STYLE, 'border style') !== 'None';
        return this.apply(on);
      }
      case 'color': colorArg(value, 'border color'); return this.sheet.assertFormattable('allowFormatCells');
      case 'weight': oneOf(value, ['Hairline', 'Thin', 'Medium', 'Thick'] as const, 'border weight'); return this.sheet.assertFormattable('allowFormatCells');
      default: return super.set(name, value);
    }
  }

  /** Records the border on each cell side it draws (inside borders draw on both neighbours). */
  private apply(on: boolean): void {
    this.sheet.assertFormattable('allowFormatCells');
    if (this.index === 'DiagonalDown' || this.index === 'DiagonalUp') return;
    for (const rect of this.rects) {
      const last = { row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1 };
      forEachCell(rect, (r, c) => {
        const sides: BorderSide[] = [];
        if (this.index === 'EdgeTop' && r === rect.row) sides.push('top');
        if (this.index === 'EdgeBottom' && r === last.row) sides.push('bottom');
        if (this.index === 'EdgeLeft' && c === rect.col) sides.push('left');
        if (this.index === 'EdgeRight' && c === last.col) sides.push('right');
        if (this.index === 'InsideHorizontal') { if (r > rect.row) sides.push('top'); if (r < last.row) sides.push('bottom'); }
        if (this.index === 'InsideVertical') { if (c > rect.col) sides.push('left'); if (c < last.col) sides.push('right'); }
        if (sides.length) this.sheet.updateFormat({ row: r, col: c, rows: 1, cols: 1 }, (f) => { for (const s of sides) f.borders[s] = on; });
      });
    }
  }
}

class FormatProtectionHost extends CellFormatHost {
  readonly type = 'FormatProtection';

  override get(name: string): unknown {
    if (name === 'locked') return this.read((f) => f.locked);
    return super.get(name);
  }

  override set(name: string, value: unknown): void {
    if (name !== 'locked') return super.set(name, value);
    const v = booleanArg(value, 'locked');
    this.write((f) => void (f.locked = v), 'never');
  }
}
