// The WorkbookPort over Office.js: the only code that calls Excel.run. Each method is one
// Excel.run with a fixed number of syncs (see each method); the first sync of the session is
// time-boxed because Excel on the web can hang on it.

import type { CellPlan, WorkbookPlan } from '../plan/model';
import type { Grid } from '../plan/grid';
import type { CellAddress, PlanWritten, SheetInfo, Unsubscribe, WorkbookPort } from './port';
import type { ApplyEnv } from './apply-sheet';
import type { Message } from '../messages';
import { queueSheets } from './write-sheets';
import { formulaEntry } from './cell-entry';
import { eventsUnsupported, sheetExists, sheetMissing, writeFailed } from './messages';
import { READ_CELLS_PER_REQUEST, REQUEST_BUDGET_BYTES, RequestBudget, batchesBySize } from './payload';
import { gridFromUsedRange } from './read-grid';
import { detectCapabilities, type Capabilities, type OfficeRequirements } from './requirements';
import { FIRST_SYNC_TIMEOUT_MS, withTimeout } from './sync-timeout';
import { parseA1 } from '../plan/address';

/** The light write's file, built by code the pane loads only when a big plan needs it. */
async function prepareLightWrite(...args: Parameters<typeof import('./light-write').prepareInsertion>) {
  const { prepareInsertion } = await import(/* webpackChunkName: "light-write" */ './light-write');
  return prepareInsertion(...args);
}

export interface OfficeWorkbookOptions {
  /** Time limit of the session's first sync (default 15 s). */
  firstSyncTimeoutMs?: number;
  /** Where to read requirement-set support (default the `Office` global). */
  office?: OfficeRequirements;
  /**
   * Plans of at least this many cells go in as one inserted .xlsx where ExcelApi 1.13 is
   * present (default 20,000: a master of some dozens of units; a form stays on the API path,
   * which writes it in as few requests and needs no file built in the pane).
   */
  lightWriteMinCells?: number;
}

const USED_RANGE_PROPS = ['values', 'formulas', 'valueTypes', 'rowIndex', 'columnIndex'];
const LIGHT_WRITE_MIN_CELLS = 20_000;

export class OfficeWorkbook implements WorkbookPort {
  private readonly timeoutMs: number;
  private readonly caps: Capabilities;
  private readonly lightWriteMinCells: number;
  private responded = false;
  /** Features the last applyPlan skipped on this Excel (what it resolved with). */
  lastWarnings: readonly Message[] = [];

  constructor(options: OfficeWorkbookOptions = {}) {
    this.timeoutMs = options.firstSyncTimeoutMs ?? FIRST_SYNC_TIMEOUT_MS;
    this.lightWriteMinCells = options.lightWriteMinCells ?? LIGHT_WRITE_MIN_CELLS;
    this.caps = detectCapabilities(options.office ?? (Office as unknown as OfficeRequirements));
  }

  /** One sync. */
  async listSheets(): Promise<SheetInfo[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await this.sync(context);
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
    });
  }

  /** One sync. */
  async readActiveSheet(): Promise<Grid> {
    return Excel.run(async (context) => this.readUsedRange(context, context.workbook.worksheets.getActiveWorksheet()));
  }

  /** One sync. */
  async readSheet(name: string): Promise<Grid> {
    return Excel.run(async (context) => {
      try {
        return await this.readUsedRange(context, context.workbook.worksheets.getItem(name));
      } catch (error) {
        throw (error as { code?: string }).code === 'ItemNotFound' ? sheetMissing(name, error) : error;
      }
    });
  }

  /**
   * Desktop: one sync for all the sheets. Web: one sync to size them, then one per ~100,000
   * cells so that no response passes the 5 MB cap — constant in the number of sheets.
   */
  async readSheets(names: readonly string[]): Promise<Grid[]> {
    if (names.length === 0) return [];
    return Excel.run(async (context) => {
      const sheets = names.map((name) => context.workbook.worksheets.getItem(name));
      let batches = [names.map((_, i) => i)];
      try {
        if (this.caps.requestCap) {
          const sizes = sheets.map((ws) => ws.getUsedRange(true).load('rowCount,columnCount'));
          await this.sync(context);
          batches = batchesBySize(sizes.map((r) => r.rowCount * r.columnCount), READ_CELLS_PER_REQUEST);
        }
        const grids: Grid[] = [];
        // One sync per batch of ~100,000 cells (web only), never one per sheet.
        for (const batch of batches) {
          const used = batch.map((i) => sheets[i].getUsedRange(true).load(USED_RANGE_PROPS));
          for (const i of batch) sheets[i].load('name');
          await this.sync(context);
          batch.forEach((i, k) => (grids[i] = gridOf(sheets[i].name, used[k])));
        }
        return grids;
      } catch (error) {
        throw (error as { code?: string }).code === 'ItemNotFound' ? sheetMissing(names.join(', '), error) : error;
      }
    });
  }

  /**
   * Sync 1 reads the sheet names; sync 2 writes everything; sync 3 turns events back on
   * (ExcelApi 1.8). Where ExcelApi 1.13 is present the sheets that can travel together go in as
   * one .xlsx (light-write.ts), a few MB instead of thousands of calls. On the web a request over
   * 4 MB of payload is split, one more sync per ~4 MB (payload.ts); desktop Excel has no cap.
   */
  async applyPlan(plan: WorkbookPlan, options: { activate?: string; replace?: boolean } = {}): Promise<PlanWritten> {
    const warnings: Message[] = [];
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/position');
      if (this.caps.enableEvents) context.runtime.load('enableEvents');
      await this.sync(context);
      const eventsWere = this.caps.enableEvents ? context.runtime.enableEvents : false;
      const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
      const order = sheets.items.map((s) => s.name);
      for (const sheet of plan.sheets) if (options.replace === false && existing.has(sheet.name.toLowerCase())) throw sheetExists(sheet.name);
      const maxBytes = this.caps.requestCap ? REQUEST_BUDGET_BYTES : Infinity;
      const light = this.caps.insertWorksheets && plan.sheets.reduce((n, s) => n + s.cells.length, 0) >= this.lightWriteMinCells;
      const insertion = light ? await prepareLightWrite(plan, new Set(existing.keys()), maxBytes) : undefined;
      const budget = new RequestBudget(() => context.sync(), maxBytes);
      try {
        if (this.caps.calcSuspend) context.workbook.application.suspendApiCalculationUntilNextSync();
        if (this.caps.screenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
        if (this.caps.enableEvents && eventsWere) context.runtime.enableEvents = false;
        const env: ApplyEnv = { caps: this.caps, budget, styles: plan.styles, warnings };
        const sheetOf = await queueSheets(context, plan, { existing, order, insertion }, env);
        const activate = options.activate === undefined ? undefined : sheetOf(options.activate);
        activate?.activate();
        for (const sheetPlan of plan.sheets) if (sheetPlan.hidden && sheetPlan.name !== options.activate) sheetOf(sheetPlan.name).visibility = 'Hidden';
        await context.sync();
      } catch (error) {
        throw writeFailed(plan.sheets[0]?.name ?? '', error);
      } finally {
        if (this.caps.enableEvents && eventsWere) {
          context.runtime.enableEvents = true;
          await context.sync();
        }
      }
    });
    this.lastWarnings = warnings;
    return { warnings };
  }

  /** One sync. Text stays text; cells must be unlocked if the sheet is protected. */
  async writeCells(sheet: string, cells: CellPlan[]): Promise<void> {
    if (cells.length === 0) return;
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const cell of cells) ws.getCell(cell.row, cell.col).formulas = [[formulaEntry(cell)]];
      try {
        await this.sync(context);
      } catch (error) {
        throw writeFailed(sheet, error);
      }
    });
  }

  /** One sync. */
  async select(address: CellAddress): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(address.sheet);
      ws.activate();
      ws.getCell(address.row, address.col).select();
      try {
        await this.sync(context);
      } catch (error) {
        throw (error as { code?: string }).code === 'ItemNotFound' ? sheetMissing(address.sheet, error) : error;
      }
    });
  }

  /** One sync to register; each event costs one more to name its sheet. */
  async onSelectionChanged(handler: (address: CellAddress) => void): Promise<Unsubscribe> {
    return this.subscribe('onSelectionChanged', async (args) => {
      const cell = firstCell(args.address);
      if (cell) handler({ sheet: await this.sheetName(args.worksheetId), ...cell });
    });
  }

  async onChanged(handler: (sheet: string) => void): Promise<Unsubscribe> {
    return this.subscribe('onChanged', async (args) => handler(await this.sheetName(args.worksheetId)));
  }

  private async subscribe(
    event: 'onChanged' | 'onSelectionChanged',
    handler: (args: { worksheetId: string; address: string }) => Promise<void>,
  ): Promise<Unsubscribe> {
    if (!this.caps.events) throw eventsUnsupported();
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const source = this.caps.collectionEvents ? sheets[event] : sheets.getActiveWorksheet()[event];
      const guarded = async (args: { worksheetId: string; address: string }) => {
        try {
          await handler(args);
        } catch {
          // Events are hints: the pane re-reads the workbook on focus and on "Check again".
        }
      };
      const registration = (source as OfficeExtension.EventHandlers<{ worksheetId: string; address: string }>).add(guarded);
      await this.sync(context);
      return async () => {
        await Excel.run(registration.context, async (ctx) => {
          registration.remove();
          await ctx.sync();
        });
      };
    });
  }

  private async sheetName(worksheetId: string): Promise<string> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(worksheetId).load('name');
      await context.sync();
      return ws.name;
    });
  }

  private async readUsedRange(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<Grid> {
    const used = ws.getUsedRange(true).load(USED_RANGE_PROPS);
    ws.load('name');
    await this.sync(context);
    return gridOf(ws.name, used);
  }

  /** context.sync(), time-boxed until Excel has answered once in this session. */
  private async sync(context: Excel.RequestContext): Promise<void> {
    if (this.responded) return context.sync();
    await withTimeout(context.sync(), this.timeoutMs);
    this.responded = true;
  }
}

/** A loaded used range (values, formulas, value types, position) as a grid. */
function gridOf(name: string, used: Excel.Range): Grid {
  return gridFromUsedRange({
    name,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values: used.values,
    formulas: used.formulas,
    valueTypes: used.valueTypes,
  });
}

/** "E12", "E12:F14" or "Sheet!E12" -> the first cell, 0-based. */
function firstCell(address: string): { row: number; col: number } | undefined {
  const local = address.slice(address.lastIndexOf('!') + 1).split(':')[0];
  return parseA1(local);
}
