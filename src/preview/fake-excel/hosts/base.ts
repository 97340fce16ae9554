// Host objects are the stand-in's server side: views over the workbook state that execute the
// operations a request queued, in order, when the request context syncs.

import { fail } from '../errors';
import type { WorkbookState } from '../workbook-state';
import type { Rect } from '../rect';
import type { SheetState } from '../sheet-state';

export interface Host {
  readonly type: string;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  nav(name: string): Host;
  call(name: string, args: unknown[]): Host | undefined;
  items?(): Host[];
}

/** Shared by the hosts of one stand-in workbook. */
export interface HostEnv {
  state: WorkbookState;
  /** Cells the add-in wrote in the current sync, for onChanged. */
  changed: Map<SheetState, Rect[]>;
  /** Office.context.platform of this "Excel": "OfficeOnline" (the web), "PC" or "Mac". */
  platform: string;
}

export abstract class BaseHost implements Host {
  abstract readonly type: string;

  get(name: string): unknown {
    return this.missing(name);
  }
  set(name: string, _value: unknown): void {
    this.missing(name);
  }
  nav(name: string): Host {
    return this.missing(name);
  }
  call(name: string, _args: unknown[]): Host | undefined {
    return this.missing(name);
  }
  protected missing(name: string): never {
    return fail('NotImplemented', `stand-in: ${this.type}.${name} is in the spec table but has no implementation`);
  }
}

/** A method's plain result (the value of an OfficeExtension.ClientResult), not an API object. */
export class ValueHost extends BaseHost {
  readonly type = 'ClientResult';

  constructor(readonly value: unknown) {
    super();
  }
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    return fail('InvalidArgument', `${what}: "${String(value)}" is not one of ${allowed.join(', ')}.`);
  }
  return value as T;
}

export function numberArg(value: unknown, what: string, min = -Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) return fail('InvalidArgument', `${what} must be a number ≥ ${min}.`);
  return value;
}

export function booleanArg(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') return fail('InvalidArgument', `${what} must be true or false.`);
  return value;
}

export function colorArg(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value)) return fail('InvalidArgument', `${what} must be a colour like "#RRGGBB".`);
  return value.toUpperCase();
}

/** The single value shared by all cells, or null when they differ (as Excel reports mixed formats). */
export function uniform<T>(values: T[]): T | null {
  if (values.length === 0) return null;
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}
