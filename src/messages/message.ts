// Making a message: msg('xlsx.notZip', { file }) — the code's parameters are checked by the compiler.

import type { Message, MessageCode, ParamArgs, Params } from './types';

export function msg<C extends MessageCode>(code: C, ...args: ParamArgs<C>): Message<C> {
  const params = (args[0] ?? {}) as Params<C>;
  return { code, params } as Message<C>;
}

/** True for a value shaped as a message (e.g. one sent back from a Web Worker). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as { code?: unknown; params?: unknown };
  return typeof code === 'string' && typeof params === 'object' && params !== null;
}
