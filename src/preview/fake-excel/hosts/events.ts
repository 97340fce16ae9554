// Event sources (onChanged, onSelectionChanged) and the registrations they hand out.

import { fail } from '../errors';
import type { EventName, HandlerRegistration } from '../workbook-state';
import { BaseHost, type Host, type HostEnv } from './base';

export class EventSourceHost extends BaseHost {
  readonly type = 'EventSource';

  constructor(private readonly env: HostEnv, private readonly target: string, private readonly event: EventName) {
    super();
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (name !== 'add') return super.call(name, args);
    if (typeof args[0] !== 'function') fail('InvalidArgument', 'An event handler must be a function.');
    return new EventHandlerResultHost(this.env.state.register(this.target, this.event, args[0] as HandlerRegistration['handler']));
  }
}

class EventHandlerResultHost extends BaseHost {
  readonly type = 'EventHandlerResult';

  constructor(private readonly registration: HandlerRegistration) {
    super();
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (name !== 'remove') return super.call(name, args);
    this.registration.removed = true;
    return undefined;
  }
}
