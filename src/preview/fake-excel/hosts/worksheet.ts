// Worksheet, its protection and frozen panes.

import { fail } from '../errors';
import { parseRect, type Rect } from '../rect';
import type { SheetState, SheetVisibility } from '../sheet-state';
import { BaseHost, colorArg, numberArg, oneOf, type Host, type HostEnv } from './base';
import { ChartCollectionHost } from './chart';
import { PageBreakCollectionHost, PageLayoutHost } from './page';
import { RangeAreasHost, RangeHost, rectOn } from './range';
import { EventSourceHost } from './events';

const PROTECTION_OPTIONS = [
  'allowAutoFilter', 'allowDeleteColumns', 'allowDeleteRows', 'allowEditObjects', 'allowEditScenarios',
  'allowFormatCells', 'allowFormatColumns', 'allowFormatRows', 'allowInsertColumns', 'allowInsertHyperlinks',
  'allowInsertRows', 'allowPivotTables', 'allowSort', 'selectionMode',
];

export class WorksheetHost extends BaseHost {
  readonly type = 'Worksheet';

  constructor(private readonly env: HostEnv, readonly sheet: SheetState) {
    super();
  }

  private alive(): SheetState {
    if (!this.env.state.sheets.includes(this.sheet)) fail('InvalidObjectPath', `The worksheet "${this.sheet.name}" was deleted.`);
    return this.sheet;
  }

  override get(name: string): unknown {
    const sheet = this.alive();
    switch (name) {
      case 'id': return sheet.id;
      case 'name': return sheet.name;
      case 'position': return this.env.state.sheets.indexOf(sheet);
      case 'visibility': return sheet.visibility;
      case 'tabColor': return sheet.tabColor;
      default: return super.get(name);
    }
  }

  override set(name: string, value: unknown): void {
    const sheet = this.alive();
    switch (name) {
      case 'name':
        if (typeof value !== 'string') fail('InvalidArgument', 'A sheet name is text.');
        return this.env.state.renameSheet(sheet, value);
      case 'position': return this.env.state.moveSheet(sheet, numberArg(value, name, 0));
      case 'visibility': {
        const v = oneOf(value, ['Visible', 'Hidden', 'VeryHidden'] as const, name) as SheetVisibility;
        const othersVisible = this.env.state.sheets.some((s) => s !== sheet && s.visibility === 'Visible');
        if (v !== 'Visible' && !othersVisible) fail('InvalidOperation', 'A workbook must keep at least one visible sheet.');
        sheet.visibility = v;
        if (v !== 'Visible' && this.env.state.activeId === sheet.id) {
          this.env.state.activeId = this.env.state.sheets.find((s) => s.visibility === 'Visible')!.id;
        }
        return;
      }
      case 'tabColor': sheet.tabColor = value === '' ? '' : colorArg(value, name); return;
      default: return super.set(name, value);
    }
  }

  override nav(name: string): Host {
    const sheet = this.alive();
    switch (name) {
      case 'protection': return new ProtectionHost(sheet);
      case 'freezePanes': return new FreezePanesHost(sheet);
      case 'pageLayout': return new PageLayoutHost(sheet);
      case 'horizontalPageBreaks': return new PageBreakCollectionHost(sheet);
      case 'charts': return new ChartCollectionHost(sheet);
      case 'onChanged': return new EventSourceHost(this.env, sheet.id, 'onChanged');
      case 'onSelectionChanged': return new EventSourceHost(this.env, sheet.id, 'onSelectionChanged');
      default: return super.nav(name);
    }
  }

  override call(name: string, args: unknown[]): Host | undefined {
    const sheet = this.alive();
    switch (name) {
      case 'getRange': return this.range(args[0] === undefined ? 'A:XFD' : rectOn(sheet, String(args[0])));
      case 'getRanges': {
        if (typeof args[0] !== 'string' || !args[0]) fail('InvalidArgument', 'getRanges needs addresses.');
        return new RangeAreasHost(sheet, args[0].split(/[,;]/).map((a) => rectOn(sheet, a)));
      }
      case 'getCell': return this.range({ row: Number(args[0]), col: Number(args[1]), rows: 1, cols: 1 });
      case 'getRangeByIndexes': {
        const [row, col, rows, cols] = args.map(Number);
        if (![row, col, rows, cols].every(Number.isInteger) || rows < 1 || cols < 1) fail('InvalidArgument', 'getRangeByIndexes needs whole numbers.');
        return this.range({ row, col, rows, cols });
      }
      case 'getUsedRange': return this.range(sheet.usedRect(args[0] === true) ?? { row: 0, col: 0, rows: 1, cols: 1 });
      case 'activate': {
        if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'A hidden sheet cannot be activated.');
        this.env.state.activeId = sheet.id;
        return undefined;
      }
      case 'delete': this.env.state.deleteSheet(sheet); return undefined;
      default: return super.call(name, args);
    }
  }

  private range(rect: Rect | string): RangeHost {
    const r = typeof rect === 'string' ? parseRect(rect) : rect;
    if (![r.row, r.col].every((n) => Number.isInteger(n) && n >= 0)) fail('InvalidArgument', 'Row and column indexes are whole numbers ≥ 0.');
    return new RangeHost(this.env, this.sheet, r);
  }
}

class ProtectionHost extends BaseHost {
  readonly type = 'WorksheetProtection';

  constructor(private readonly sheet: SheetState) {
    super();
  }

  override get(name: string): unknown {
    if (name === 'protected') return this.sheet.protection.protected;
    if (name === 'options') return { ...this.sheet.protection.options };
    return super.get(name);
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (name === 'protect') {
      if (this.sheet.protection.protected) fail('InvalidOperation', 'The worksheet is already protected.');
      const options = (args[0] ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(options)) if (!PROTECTION_OPTIONS.includes(k)) fail('InvalidArgument', `Unknown protection option ${k}.`);
      this.sheet.protection = { protected: true, options: { ...options } };
      return undefined;
    }
    if (name === 'unprotect') {
      this.sheet.protection = { protected: false, options: {} };
      return undefined;
    }
    return super.call(name, args);
  }
}

class FreezePanesHost extends BaseHost {
  readonly type = 'WorksheetFreezePanes';

  constructor(private readonly sheet: SheetState) {
    super();
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (name !== 'freezeRows') return super.call(name, args);
    this.sheet.frozenRows = numberArg(args[0] ?? 1, 'freezeRows', 0);
    return undefined;
  }
}
