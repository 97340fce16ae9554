// Workbook, Application, the runtime, the worksheet collection and event sources.

import { fail } from '../errors';
import { BaseHost, booleanArg, type Host, type HostEnv } from './base';
import { EventSourceHost } from './events';
import { WorksheetHost } from './worksheet';

export class WorkbookHost extends BaseHost {
  readonly type = 'Workbook';

  constructor(private readonly env: HostEnv) {
    super();
  }

  override nav(name: string): Host {
    if (name === 'worksheets') return new WorksheetCollectionHost(this.env);
    if (name === 'application') return new ApplicationHost();
    return super.nav(name);
  }
}

export class ApplicationHost extends BaseHost {
  readonly type = 'Application';

  override call(name: string, args: unknown[]): Host | undefined {
    // Only a performance hint in Excel; the stand-in calculates on read either way.
    if (name === 'suspendApiCalculationUntilNextSync' || name === 'suspendScreenUpdatingUntilNextSync') return undefined;
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
