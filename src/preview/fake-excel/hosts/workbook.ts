// Workbook, Application, the runtime, the worksheet collection and event sources.

import { fail } from '../errors';
import { addXlsxSheets } from '../xlsx';
import type { SheetState } from '../sheet-state';
import { BaseHost, booleanArg, oneOf, ValueHost, type Host, type HostEnv } from './base';
import { EventSourceHost } from './events';
import { WorksheetHost } from './worksheet';

export class WorkbookHost extends BaseHost {
  readonly type = 'Workbook';

  constructor(private readonly env: HostEnv) {
    super();
  }

  override nav(name: string): Host {
    if (name === 'worksheets') return new WorksheetCollectionHost(this.env);
    if (name === 'application') return new ApplicationHost(this.env);
    return super.nav(name);
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (name !== 'insertWorksheetsFromBase64') return super.call(name, args);
    const sheets = insertFromBase64(this.env, args[0], args[1]);
    return new ValueHost(sheets.map((s) => s.id));
  }
}

const POSITIONS = ['None', 'Before', 'After', 'Beginning', 'End'] as const;

/** Workbook.insertWorksheetsFromBase64: the file's sheets (or those named) at the position asked. */
function insertFromBase64(env: HostEnv, base64: unknown, options: unknown): SheetState[] {
  if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) fail('InvalidArgument', 'insertWorksheetsFromBase64 needs a Base64 string.');
  const opts = (options ?? {}) as { positionType?: unknown; relativeTo?: unknown; sheetNamesToInsert?: unknown };
  const positionType = opts.positionType === undefined ? 'End' : oneOf(opts.positionType, POSITIONS, 'positionType');
  const names = opts.sheetNamesToInsert;
  if (names !== undefined && !(Array.isArray(names) && names.every((n) => typeof n === 'string'))) fail('InvalidArgument', 'sheetNamesToInsert is a list of names.');
  let position = positionType === 'Beginning' ? 0 : env.state.sheets.length;
  if (positionType === 'Before' || positionType === 'After') {
    const relative = opts.relativeTo instanceof WorksheetHost ? opts.relativeTo.sheet : env.state.sheet(String(opts.relativeTo ?? fail('InvalidArgument', `positionType ${positionType} needs relativeTo.`)));
    position = env.state.sheets.indexOf(relative) + (positionType === 'After' ? 1 : 0);
  }
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return addXlsxSheets(env.state, bytes, { sheetNames: names as string[] | undefined, position, refuseCharts: env.platform === 'OfficeOnline' });
}

export class ApplicationHost extends BaseHost {
  readonly type = 'Application';

  constructor(private readonly env: HostEnv) {
    super();
  }

  override call(name: string, args: unknown[]): Host | undefined {
    // Only a performance hint in Excel; the stand-in calculates on read either way.
    if (name === 'suspendApiCalculationUntilNextSync' || name === 'suspendScreenUpdatingUntilNextSync') return undefined;
    if (name === 'calculate') {
      oneOf(args[0], ['Recalculate', 'Full', 'FullRebuild'] as const, 'calculationType');
      this.env.state.engine.recalc();
      return undefined;
    }
    return super.call(name, args);
  }
}

export class RuntimeHost extends BaseHost {
  readonly type = 'Runtime';

  constructor(private readonly env: HostEnv) {
    super();
  }

  override get(name: string): unknown {
    if (name === 'enableEvents') return this.env.state.enableEvents;
    return super.get(name);
  }

  override set(name: string, value: unknown): void {
    if (name !== 'enableEvents') return super.set(name, value);
    this.env.state.enableEvents = booleanArg(value, name);
  }
}

/** Marks a getItemOrNullObject miss. */
export class NullHost extends BaseHost {
  constructor(readonly type: string) {
    super();
  }
}

export class WorksheetCollectionHost extends BaseHost {
  readonly type = 'WorksheetCollection';

  constructor(private readonly env: HostEnv) {
    super();
  }

  items(): Host[] {
    return this.env.state.sheets.map((s) => new WorksheetHost(this.env, s));
  }

  override nav(name: string): Host {
    if (name === 'onChanged' || name === 'onSelectionChanged') return new EventSourceHost(this.env, '*', name);
    return super.nav(name);
  }

  override call(name: string, args: unknown[]): Host | undefined {
    const state = this.env.state;
    switch (name) {
      case 'add': {
        if (args[0] !== undefined && typeof args[0] !== 'string') fail('InvalidArgument', 'A sheet name is text.');
        return new WorksheetHost(this.env, state.addSheet(args[0] as string | undefined));
      }
      case 'getItem': return new WorksheetHost(this.env, state.sheet(String(args[0])));
      case 'getItemOrNullObject': {
        const sheet = state.sheetByKey(String(args[0]));
        return sheet ? new WorksheetHost(this.env, sheet) : new NullHost('Worksheet');
      }
      case 'getActiveWorksheet': return new WorksheetHost(this.env, state.active());
      default: return super.call(name, args);
    }
  }
}
