// The stand-in Excel: a workbook, the `Excel` and `Office` globals an add-in sees, sync
// statistics, views of the state for tests, and user actions (select, type, pick from a list,
// insert rows) that fire events the way Excel does.

import { FakeRequestContext, type Runner, type SyncRecord } from './client';
import type { FormulaEngine } from './engine';
import { parseEntry } from './entry';
import { fail } from './errors';
import type { HostEnv } from './hosts/base';
import { parseRect, rectAddress } from './rect';
import { versionAtLeast } from './spec';
import type { SheetState } from './sheet-state';
import { SheetView } from './views';
import { WorkbookState } from './workbook-state';
import { checkUserEntry } from './user-entry';
import { addXlsxSheets, saveXlsx } from './xlsx';

export interface FakeExcelOptions {
  engine: FormulaEngine;
  /** Highest ExcelApi requirement set this "Excel" supports (default 1.20). */
  apiVersion?: string;
  /** Sheets of the new workbook (default one "Sheet1"). */
  sheets?: string[];
  /**
   * Office.context.platform (default "OfficeOnline", Excel on the web): the web refuses requests
   * over 5 MB and charts in insertWorksheetsFromBase64; "PC" and "Mac" do neither.
   */
  platform?: 'OfficeOnline' | 'PC' | 'Mac';
}

export interface FakeExcelStats {
  /** context.sync() calls, including the one Excel.run makes for operations still queued. */
  syncs: number;
  requests: SyncRecord[];
}

type Listener = () => void;

function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && !(key in t) && key !== 'then' && key !== 'toJSON') {
        fail('NotImplemented', `The stand-in has no ${name}.${key}.`);
      }
      return Reflect.get(t, key, receiver);
    },
  });
}

export class FakeExcel {
  readonly state: WorkbookState;
  readonly stats: FakeExcelStats = { syncs: 0, requests: [] };
  /** Errors thrown by the add-in's event handlers (Excel swallows them; tests can look). */
  readonly handlerErrors: unknown[] = [];
  apiVersion: string;
  readonly platform: 'OfficeOnline' | 'PC' | 'Mac';
  private hangingSyncs = 0;
  private readonly env: HostEnv;
  private readonly listeners = new Set<Listener>();
  readonly Excel: { run: (...args: unknown[]) => Promise<unknown> };
  readonly Office: object;

  constructor(options: FakeExcelOptions) {
    this.state = new WorkbookState(options.engine);
    this.apiVersion = options.apiVersion ?? '1.20';
    for (const name of options.sheets ?? ['Sheet1']) this.state.addSheet(name);
    this.platform = options.platform ?? 'OfficeOnline';
    this.env = { state: this.state, changed: new Map(), platform: this.platform };
    this.Excel = strict('Excel', {
      run: (...args: unknown[]) => this.run(args),
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
      ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered' },
      ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
      DataValidationType: { wholeNumber: 'WholeNumber', decimal: 'Decimal', list: 'List' },
      ConditionalFormatType: { custom: 'Custom' },
      WorksheetPositionType: { none: 'None', before: 'Before', after: 'After', beginning: 'Beginning', end: 'End' },
      CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
      EventSource: { local: 'Local', remote: 'Remote' },
    });
    this.Office = this.officeGlobal();
  }

  /** Puts `Excel` and `Office` on the global object; returns a function that removes them. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const before = { Excel: target.Excel, Office: target.Office };
    target.Excel = this.Excel;
    target.Office = this.Office;
    return () => {
      target.Excel = before.Excel;
      target.Office = before.Office;
    };
  }

  /**
   * Replaces the workbook with an .xlsx file's sheets (values, formulas, formats, validation,
   * protection, print settings: see xlsx/load.ts), as opening the file in Excel shows it.
   */
  openXlsx(bytes: Uint8Array): void {
    this.state.clear();
    addXlsxSheets(this.state, bytes);
    if (this.state.sheets.length === 0) this.state.addSheet();
    this.state.activeId = (this.state.sheets.find((s) => s.visibility === 'Visible') ?? this.state.sheets[0]).id;
    this.notify();
  }

  /** The workbook as an .xlsx file (see xlsx/save.ts for what a file of the plan's kind cannot hold). */
  toXlsx(): Uint8Array {
    return saveXlsx(this.state);
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requests = [];
  }

  /** The next `count` syncs never settle, as Excel on the web sometimes hangs. */
  hangSyncs(count = 1): void {
    this.hangingSyncs = count;
  }

  /** Called after every sync and user action (the preview grid re-renders). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  sheet(name: string): SheetView {
    return new SheetView(this.state, this.state.sheet(name));
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  activeSheetName(): string {
    return this.state.active().name;
  }

  selection(): { sheet: string; address: string } | undefined {
    const sel = this.state.selection;
    const sheet = sel && this.state.sheetByKey(sel.sheetId);
    return sel && sheet ? { sheet: sheet.name, address: rectAddress(sel.rect) } : undefined;
  }

  async userActivates(sheetName: string): Promise<void> {
    const sheet = this.state.sheet(sheetName);
    if (sheet.visibility !== 'Visible') fail('InvalidOperation', `The sheet "${sheetName}" is hidden.`);
    this.state.activeId = sheet.id;
    this.notify();
  }

  async userSelects(sheetName: string, address: string): Promise<void> {
    const sheet = this.state.sheet(sheetName);
    const rect = parseRect(address);
    this.state.activeId = sheet.id;
    this.state.selection = { sheetId: sheet.id, rect };
    this.notify();
    await this.fire('onSelectionChanged', sheet, { address: rectAddress(rect), type: 'WorksheetSelectionChanged' });
  }

  /** Types into a cell as a user would: refused on locked cells of a protected sheet and by a Stop validation. */
  async userTypes(sheetName: string, address: string, typed: string | number | boolean | null): Promise<void> {
    const { sheet, row, col } = this.userCell(sheetName, address);
    checkUserEntry(sheet, row, col, typed);
    this.setByUser(sheet, row, col, typed);
    await this.fire('onChanged', sheet, { address: rectAddress({ row, col, rows: 1, cols: 1 }), changeType: 'RangeEdited' });
  }

  /** Picks a value from a cell's validation drop-down: Excel changes the cell but fires no onChanged. */
  async userPicksFromList(sheetName: string, address: string, item: string): Promise<void> {
    const { sheet, row, col } = this.userCell(sheetName, address);
    const source = sheet.validationAt(row, col)?.rule.list as { source?: string } | undefined;
    if (!source?.source) fail('InvalidOperation', `${address} has no drop-down list.`);
    const items = source.source.split(',').map((s) => s.trim());
    if (!items.includes(item)) fail('InvalidArgument', `"${item}" is not in the list of ${address} (${items.join(', ')}).`);
    checkUserEntry(sheet, row, col, item);
    this.setByUser(sheet, row, col, item);
  }

  async userInsertsRows(sheetName: string, at: number, count = 1): Promise<void> {
    const sheet = this.state.sheet(sheetName);
    if (sheet.protection.protected && sheet.protection.options.allowInsertRows !== true) {
      fail('AccessDenied', `The sheet "${sheetName}" is protected; rows cannot be inserted.`);
    }
    this.state.engine.insertRows(sheet.name, at, count);
    sheet.insertRows(at, count);
    for (const s of this.state.sheets) s.refreshFormulas();
    this.notify();
    await this.fire('onChanged', sheet, { address: `${at + 1}:${at + count}`, changeType: 'RowInserted' });
  }

  private userCell(sheetName: string, address: string): { sheet: SheetState; row: number; col: number } {
    const sheet = this.state.sheet(sheetName);
    const rect = parseRect(address);
    if (rect.rows !== 1 || rect.cols !== 1) fail('InvalidArgument', 'A user types into one cell.');
    return { sheet, row: rect.row, col: rect.col };
  }

  private setByUser(sheet: SheetState, row: number, col: number, typed: string | number | boolean | null): void {
    const entry = parseEntry(typed === null ? '' : typed);
    sheet.setContent(row, col, entry ?? null);
    this.notify();
  }

  private async fire(event: 'onChanged' | 'onSelectionChanged', sheet: SheetState, args: Record<string, unknown>): Promise<void> {
    try {
      await this.state.fire(event, sheet, args);
    } catch (error) {
      this.handlerErrors.push(error);
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private runner(): Runner {
    const self = this;
    return {
      env: this.env,
      get apiVersion() {
        return self.apiVersion;
      },
      beforeSync: (record) => {
        this.stats.syncs++;
        this.stats.requests.push(record);
        if (this.hangingSyncs > 0) {
          this.hangingSyncs--;
          return new Promise<void>(() => undefined);
        }
        return undefined;
      },
      afterSync: () => {
        const changed = [...this.env.changed.entries()];
        this.env.changed.clear();
        for (const [sheet, rects] of changed) {
          if (!this.state.sheets.includes(sheet)) continue;
          const address = rects.map(rectAddress).join(',');
          void this.fire('onChanged', sheet, { address, changeType: 'RangeEdited' });
        }
        this.notify();
      },
    };
  }

  private async run(args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') fail('InvalidArgument', 'Excel.run needs a batch function.');
    const first = args.length > 1 ? args[0] : undefined;
    const ctx = first instanceof FakeRequestContext
      ? first
      : first !== undefined
        ? ((first as { context?: unknown }).context as FakeRequestContext)
        : new FakeRequestContext(this.runner());
    if (!(ctx instanceof FakeRequestContext)) fail('InvalidArgument', 'Excel.run(object, batch) needs a request context or a client object.');
    const result = await (batch as (c: FakeRequestContext) => Promise<unknown>)(ctx);
    if (ctx.pending) await ctx.sync();
    return result;
  }

  private officeGlobal(): object {
    const requirements = strict('Office.context.requirements', {
      isSetSupported: (name: string, version?: string | number) =>
        name === 'ExcelApi' && versionAtLeast(this.apiVersion, version === undefined ? '1.1' : String(version)),
    });
    const context = strict('Office.context', {
      requirements,
      displayLanguage: 'vi-VN',
      host: 'Excel',
      platform: this.platform,
    });
    const info = { host: 'Excel', platform: this.platform };
    return strict('Office', {
      context,
      HostType: { Excel: 'Excel' },
      PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
      onReady: (callback?: (i: typeof info) => void) => {
        callback?.(info);
        return Promise.resolve(info);
      },
    });
  }
}
