// The client side of the stand-in: request contexts and proxy objects that behave like Office.js
// client objects. Nothing happens until sync(): property writes and method calls are queued and
// run in order against the hosts; a property can be read only after load() and a sync; members
// the spec table does not list throw at once.

import { fail } from './errors';
import type { Host, HostEnv } from './hosts/base';
import { ValueHost } from './hosts/base';
import { NullHost, RuntimeHost, WorkbookHost } from './hosts/workbook';
import { COLLECTION_ITEMS, SPECS, versionAtLeast, type MemberSpec } from './spec';

/** A request larger than this is refused, as Excel on the web refuses requests over 5 MB (desktop Excel has no cap). */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  bytes: number;
  operations: number;
}

/** What a request context needs from the stand-in that owns it. */
export interface Runner {
  readonly env: HostEnv;
  readonly apiVersion: string;
  /** Called at the start of every sync; may return a promise that never settles (a hung Excel). */
  beforeSync(record: SyncRecord): Promise<void> | void;
  afterSync(): void;
}

interface Operation {
  bytes: number;
  run(): void;
}

interface Core {
  ctx: FakeRequestContext;
  type: string;
  resolve(): Host;
  host?: Host;
  isNull: boolean;
  synced: boolean;
  loaded: Map<string, unknown>;
  items?: unknown[];
  navs: Map<string, unknown>;
}

// Module-level because it is a side table of proxies: each proxy's own core, dropped with the proxy.
const cores = new WeakMap<object, Core>();

function notLoaded(type: string, name: string): never {
  return fail(
    'PropertyNotLoaded',
    `The property '${name}' (${type}) is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function payloadBytes(value: unknown): number {
  if (typeof value === 'function' || value === undefined) return 16;
  if (typeof value === 'object' && value !== null && cores.has(value)) return 32;
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

function cloneData<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export class FakeRequestContext {
  private queue: Operation[] = [];
  private readonly created: Core[] = [];
  readonly workbook: unknown;
  readonly runtime: unknown;

  constructor(readonly runner: Runner) {
    this.workbook = this.root('Workbook', new WorkbookHost(runner.env));
    this.runtime = this.root('Runtime', new RuntimeHost(runner.env));
    // Strict like the objects it hands out: RequestContext members the stand-in lacks throw.
    return new Proxy(this, {
      get: (target, name, receiver) => {
        if (typeof name === 'string' && !(name in target) && name !== 'then') {
          fail('NotImplemented', `The stand-in Excel API has no RequestContext.${name}.`);
        }
        return Reflect.get(target, name, receiver);
      },
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const record = { bytes: operations.reduce((n, op) => n + op.bytes, 0), operations: operations.length };
    const ready = this.created.filter((c) => !c.synced);
    await this.runner.beforeSync(record);
    if (this.runner.env.platform === 'OfficeOnline' && record.bytes > REQUEST_LIMIT_BYTES) {
      fail('RequestPayloadSizeLimitExceeded', `The request payload (${record.bytes} bytes) exceeds the 5 MB limit.`);
    }
    await Promise.resolve();
    try {
      for (const op of operations) op.run();
    } finally {
      for (const core of ready) core.synced = true;
      this.runner.afterSync();
    }
  }

  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes, run });
  }

  private root(type: string, host: Host): unknown {
    return this.proxy(type, () => host);
  }

  /** A client object whose host is found when an operation on it runs. */
  proxy(type: string, resolve: () => Host): unknown {
    const core: Core = { ctx: this, type, resolve, isNull: false, synced: false, loaded: new Map(), navs: new Map() };
    this.created.push(core);
    const proxy = new Proxy(Object.create(null) as object, {
      get: (_t, name) => this.member(core, proxy, name),
      set: (_t, name, value) => {
        this.assign(core, name, value);
        return true;
      },
      has: () => false,
    });
    cores.set(proxy, core);
    return proxy;
  }

  private spec(core: Core, name: string): MemberSpec {
    const spec = SPECS[core.type]?.[name];
    if (!spec) fail('NotImplemented', `The stand-in Excel API has no ${core.type}.${name}; the adapter must not use it (or add it to src/preview/fake-excel/spec.ts with its behaviour).`);
    return spec;
  }

  private host(core: Core, spec?: MemberSpec, name?: string): Host {
    if (spec?.since && !versionAtLeast(this.runner.apiVersion, spec.since)) {
      fail('ApiNotFound', `${core.type}.${name} needs ExcelApi ${spec.since}; this Excel supports ${this.runner.apiVersion}.`);
    }
    const host = core.resolve();
    if (host instanceof NullHost) fail('ItemNotFound', `The requested ${core.type} does not exist (null object).`);
    return host;
  }

  private member(core: Core, proxy: unknown, name: string | symbol): unknown {
    if (typeof name === 'symbol' || name === 'then' || name === 'toJSON' || name === 'asymmetricMatch' || name === '$$typeof') return undefined;
    if (name === 'context') return this;
    if (name === 'load') return (props?: string | string[]) => this.load(core, props, proxy);
    if (name === 'isNullObject') {
      if (!core.synced) notLoaded(core.type, name);
      return core.isNull;
    }
    if (name === 'items' && COLLECTION_ITEMS[core.type]) return core.items ?? notLoaded(core.type, name);
    const spec = this.spec(core, name);
    if (spec.kind === 'prop') return core.loaded.has(name) ? core.loaded.get(name) : notLoaded(core.type, name);
    if (spec.kind === 'nav') {
      if (!core.navs.has(name)) core.navs.set(name, this.proxy(spec.type, () => this.host(core, spec, name).nav(name)));
      return core.navs.get(name);
    }
    return (...args: unknown[]) => this.call(core, name, spec, args);
  }

  private assign(core: Core, name: string | symbol, value: unknown): void {
    if (typeof name === 'symbol') fail('NotImplemented', 'Symbols are not API members.');
    const spec = this.spec(core, name);
    if (spec.kind !== 'prop' || !spec.settable) fail('InvalidArgument', `${core.type}.${name} is read-only.`);
    const copy = cloneData(value);
    const setting = spec.setSince ? { ...spec, since: spec.setSince } : spec;
    this.enqueue(payloadBytes(copy) + name.length + 16, () => this.host(core, setting, name).set(name, copy));
  }

  private call(core: Core, name: string, spec: MemberSpec, args: unknown[]): unknown {
    if (spec.kind !== 'method') return fail('InvalidArgument', `${core.type}.${name} is not a method.`);
    const bytes = args.reduce<number>((n, a) => n + payloadBytes(a), name.length + 16);
    if (spec.returns === 'ClientResult') return this.callForValue(core, name, spec, args, bytes);
    let result: Core | undefined;
    const resultProxy = spec.returns
      ? this.proxy(spec.returns, () => result?.host ?? fail('InvalidObjectPath', `${core.type}.${name}() has not run yet.`))
      : undefined;
    if (resultProxy) result = cores.get(resultProxy as object);
    const hostArgs = () => args.map((a) => this.hostArg(a));
    this.enqueue(bytes, () => {
      const out = this.host(core, spec, name).call(name, hostArgs());
      if (result && out) {
        result.host = out;
        result.isNull = out instanceof NullHost;
      }
    });
    return resultProxy;
  }

  /** A method returning OfficeExtension.ClientResult: its `value` can be read after the sync. */
  private callForValue(core: Core, name: string, spec: MemberSpec, args: unknown[], bytes: number): unknown {
    const result: { done: boolean; value?: unknown } = { done: false };
    this.enqueue(bytes, () => {
      const out = this.host(core, spec, name).call(name, args.map((a) => this.hostArg(a)));
      result.value = out instanceof ValueHost ? cloneData(out.value) : undefined;
      result.done = true;
    });
    return {
      get value() {
        return result.done ? result.value : notLoaded('ClientResult', 'value');
      },
    };
  }

  private hostArg(a: unknown): unknown {
    const argCore = typeof a === 'object' && a !== null ? cores.get(a) : undefined;
    return argCore ? this.host(argCore) : typeof a === 'function' ? a : this.hostArgObject(a);
  }

  /** Plain data is copied; client objects inside it (InsertWorksheetOptions.relativeTo) become their hosts. */
  private hostArgObject(a: unknown): unknown {
    if (typeof a !== 'object' || a === null || Array.isArray(a)) return cloneData(a);
    return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'object' && v !== null && cores.has(v) ? this.host(cores.get(v)!) : cloneData(v)]));
  }

  private load(core: Core, props: string | string[] | undefined, proxy: unknown): unknown {
    if (props !== undefined && typeof props !== 'string' && !Array.isArray(props)) {
      fail('NotImplemented', 'stand-in: load() takes a property list ("a, b" or ["a", "b"]).');
    }
    const names = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    const itemType = COLLECTION_ITEMS[core.type];
    const own = itemType ? [] : names.length ? names : Object.keys(SPECS[core.type]).filter((k) => SPECS[core.type][k].kind === 'prop');
    const itemProps = itemType ? names.map((n) => n.replace(/^items\//, '')) : [];
    if (itemType && names.some((n) => !n.startsWith('items/'))) fail('InvalidArgument', `Load a collection's properties as "items/name".`);
    for (const p of own) {
      const spec = this.spec(core, p);
      if (spec.kind !== 'prop') fail('InvalidArgument', `${core.type}.${p} is not a scalar property; load it on its own object.`);
    }
    for (const p of itemProps) if (this.spec({ ...core, type: itemType }, p).kind !== 'prop') fail('InvalidArgument', `${itemType}.${p} is not a property.`);
    this.enqueue(64, () => {
      const host = this.host(core);
      for (const p of own) {
        this.host(core, SPECS[core.type][p], p);
        core.loaded.set(p, cloneData(host.get(p)));
      }
      if (itemType) core.items = (host.items?.() ?? []).map((item) => this.loadedItem(itemType, item, itemProps));
    });
    return proxy;
  }

  private loadedItem(type: string, host: Host, props: string[]): unknown {
    const item = this.proxy(type, () => host);
    const core = cores.get(item as object)!;
    core.synced = true;
    for (const p of props) core.loaded.set(p, cloneData(host.get(p)));
    return item;
  }
}
