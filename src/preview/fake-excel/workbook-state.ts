// The stand-in workbook: its sheets in tab order, the active sheet and selection, registered
// event handlers, the configured API level, and the formula engine that calculates it.

import type { EngineValue, FormulaEngine } from './engine';
import { fail } from './errors';
import type { Rect } from './rect';
import { SheetState } from './sheet-state';

export type EventName = 'onChanged' | 'onSelectionChanged';

export interface HandlerRegistration {
  id: number;
  /** A sheet id, or '*' for the worksheet collection (all sheets). */
  target: string;
  event: EventName;
  handler: (args: Record<string, unknown>) => unknown;
  removed: boolean;
}

const INVALID_NAME = /[[\]:*?/\\]/;

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  activeId = '';
  selection: { sheetId: string; rect: Rect } | undefined;
  readonly handlers: HandlerRegistration[] = [];
  enableEvents = true;
  private nextSheetId = 1;
  private nextHandlerId = 1;

  constructor(readonly engine: FormulaEngine) {}

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetByKey(key: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  sheet(name: string): SheetState {
    return this.sheetByKey(name) ?? fail('ItemNotFound', `The requested resource doesn't exist (worksheet "${name}").`);
  }

  active(): SheetState {
    return this.sheets.find((s) => s.id === this.activeId) ?? fail('InvalidOperation', 'The workbook has no active sheet.');
  }

  checkName(name: string, except?: SheetState): void {
    if (!name || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      fail('InvalidArgument', `The sheet name "${name}" is not valid.`);
    }
    const other = this.sheetByName(name);
    if (other && other !== except) fail('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
  }

  addSheet(name?: string): SheetState {
    let n = this.sheets.length + 1;
    while (!name && this.sheetByName(`Sheet${n}`)) n++;
    const finalName = name ?? `Sheet${n}`;
    this.checkName(finalName);
    this.engine.addSheet(finalName);
    const sheet = new SheetState(`{${String(this.nextSheetId++).padStart(8, '0')}-FAKE}`, finalName, this.engine);
    this.sheets.push(sheet);
    if (!this.activeId) this.activeId = sheet.id;
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    if (sheet.name === name) return;
    this.checkName(name, sheet);
    this.engine.renameSheet(sheet.name, name);
    sheet.name = name;
    for (const s of this.sheets) s.refreshFormulas();
  }

  deleteSheet(sheet: SheetState): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.engine.deleteSheet(sheet.name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const h of this.handlers) if (h.target === sheet.id) h.removed = true;
    if (this.activeId === sheet.id) this.activeId = this.sheets.find((s) => s.visibility === 'Visible')!.id;
    if (this.selection?.sheetId === sheet.id) this.selection = undefined;
    for (const s of this.sheets) s.refreshFormulas();
  }

  /** Removes every sheet, handler and the selection (a workbook about to be replaced by a file's). */
  clear(): void {
    for (const sheet of this.sheets) this.engine.deleteSheet(sheet.name);
    this.sheets.length = 0;
    for (const h of this.handlers) h.removed = true;
    this.activeId = '';
    this.selection = undefined;
  }

  moveSheet(sheet: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) fail('InvalidArgument', `Position ${position} is out of range.`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  register(target: string, event: EventName, handler: HandlerRegistration['handler']): HandlerRegistration {
    const registration: HandlerRegistration = { id: this.nextHandlerId++, target, event, handler, removed: false };
    this.handlers.push(registration);
    return registration;
  }

  /** Calls the live handlers for an event on a sheet (its own and the collection's); awaits them. */
  async fire(event: EventName, sheet: SheetState, args: Record<string, unknown>): Promise<void> {
    if (!this.enableEvents) return;
    const live = this.handlers.filter((h) => !h.removed && h.event === event && (h.target === sheet.id || h.target === '*'));
    await Promise.all(live.map((h) => h.handler({ ...args, worksheetId: sheet.id, source: 'Local' })));
  }


  /** A cell's current value; a formula cell's is the engine's result (it recalculates when stale, as Excel does). */
  valueAt(sheet: SheetState, row: number, col: number): EngineValue {
    const content = sheet.contentAt(row, col);
    if (!content) return null;
    if (content.kind === 'value') return content.value;
    if (content.kind === 'error') return { error: content.error };
    return this.engine.getValue(sheet.name, row, col);
  }
}
