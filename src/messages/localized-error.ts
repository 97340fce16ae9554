// The one error type whose text a user may see: it carries a catalogue message (a code and its
// parameters), never prose; each surface (pane, command line, workbook) renders it in its own
// language. Subclasses may add what a program needs (a sheet and cell, a reject reason), not text.
//
//   throw new LocalizedError(msg('xlsx.notZip', { file }));

import type { Message, MessageCode } from './types';

export class LocalizedError<C extends MessageCode = MessageCode> extends Error {
  /** What to tell the user: render it with the surface's language. */
  readonly localized: Message<C>;

  constructor(message: Message<C>, options?: { cause?: unknown }) {
    // Error.message is for developers' logs only (code and parameters); users see a rendering.
    super(`${message.code} ${JSON.stringify(message.params)}`);
    this.name = 'LocalizedError';
    this.localized = message;
    if (options?.cause !== undefined) this.cause = options.cause;
  }

  /** What went wrong underneath (an Office.js or file-system error), for logs. */
  cause?: unknown;

  /** The catalogue code, stable for programs and documentation. */
  get code(): C {
    return this.localized.code as C;
  }
}

export function isLocalizedError(e: unknown): e is LocalizedError {
  return e instanceof LocalizedError;
}
