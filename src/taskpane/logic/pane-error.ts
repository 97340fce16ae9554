// Failures shown to the user: a catalogue message (LocalizedError) rendered in the pane's
// language, or, for any other error, its text, under a pane message chosen by what was being done.

import { isLocalizedError, type Message } from '../../messages';
import type { MessageKey } from '../i18n/translate';

export interface PaneError {
  /** What was being done, as a message with a {detail} placeholder. */
  key: MessageKey;
  /** The detail as a catalogue message, when the error carries one. */
  detail?: Message;
  detailVi: string;
  detailEn: string;
}

export function paneError(key: MessageKey, error: unknown): PaneError {
  if (isLocalizedError(error)) return { key, detail: error.localized, detailVi: '', detailEn: '' };
  const text = error instanceof Error ? error.message : String(error);
  return { key, detailVi: text, detailEn: text };
}

/** The detail of a pane error in the pane's language. */
export function paneErrorDetail(error: PaneError, i18n: { language: 'vi' | 'en'; render: (m: Message) => string }): string {
  if (error.detail) return i18n.render(error.detail);
  return i18n.language === 'vi' ? error.detailVi : error.detailEn;
}
