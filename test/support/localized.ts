// Asserting what a user reads from a LocalizedError: its code, and its text in each language.

import { isLocalizedError } from '../../src/messages';
import { render } from '../../src/messages/texts';

/** The error a promise rejects with, rendered in both languages. */
export async function rejectionText(promise: Promise<unknown>): Promise<{ code: string; vi: string; en: string }> {
  try {
    await promise;
  } catch (e) {
    if (!isLocalizedError(e)) throw e;
    return { code: e.code, vi: render('vi', e.localized), en: render('en', e.localized) };
  }
  throw new Error('expected the promise to reject');
}

/** The error a call throws, rendered in both languages (with the reader's reason when it has one). */
export function thrownText(call: () => unknown): { code: string; reason?: string; vi: string; en: string } {
  try {
    call();
  } catch (e) {
    if (!isLocalizedError(e)) throw e;
    const reason = (e as { reason?: unknown }).reason;
    return { code: e.code, ...(typeof reason === 'string' ? { reason } : {}), vi: render('vi', e.localized), en: render('en', e.localized) };
  }
  throw new Error('expected the call to throw');
}
