// Excel on the web can leave context.sync() pending forever (OfficeDev/office-js#6678, #6150).
// The adapter time-boxes the first sync of a session, so the pane can say so instead of spinning.

import { LocalizedError, msg } from '../messages';

export const FIRST_SYNC_TIMEOUT_MS = 15_000;

/** Excel did not answer the first sync: the pane says what to do (code writer.excelNotResponding). */
export class ExcelNotRespondingError extends LocalizedError<'writer.excelNotResponding'> {
  constructor(readonly timeoutMs: number) {
    super(msg('writer.excelNotResponding', { seconds: Math.round(timeoutMs / 1000) }));
    this.name = 'ExcelNotRespondingError';
  }
}

/** Resolves or rejects like `promise`, or rejects with ExcelNotRespondingError after `timeoutMs`. */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExcelNotRespondingError(timeoutMs)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
