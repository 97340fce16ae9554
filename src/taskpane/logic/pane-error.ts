// Failures shown to the user: a catalogue message (LocalizedError) rendered in the pane's
// language, or, for any other error, its text, under a pane message chosen by what was being done.

import { isLocalizedError, msg, type Message } from '../../messages';
import type { MessageKey, MessageParams } from '../i18n/translate';

/** Catalogue codes that say what was being done, with a {detail} placeholder. */
type CatalogueKey = 'ranking.acceptFailed';

export interface PaneError {
  /** What was being done, as a message with a {detail} placeholder (the pane's dictionary or the catalogue). */
  key: MessageKey | CatalogueKey;
  /** The detail as a catalogue message, when the error carries one. */
  detail?: Message;
  detailVi: string;
  detailEn: string;
}

export function paneError(key: PaneError['key'], error: unknown): PaneError {
  if (isLocalizedError(error)) return { key, detail: error.localized, detailVi: '', detailEn: '' };
  const text = error instanceof Error ? error.message : String(error);
  return { key, detailVi: text, detailEn: text };
}

/** The detail of a pane error in the pane's language. */
export function paneErrorDetail(error: PaneError, i18n: { language: 'vi' | 'en'; render: (m: Message) => string }): string {
  if (error.detail) return i18n.render(error.detail);
  return i18n.language === 'vi' ? error.detailVi : error.detailEn;
}

/** The whole text of a pane error: what was being done, with its detail. */
export function paneErrorText(error: PaneError, i18n: { language: 'vi' | 'en'; render: (m: Message) => string; t: (key: MessageKey, params?: MessageParams) => string }): string {
  const detail = paneErrorDetail(error, i18n);
  return error.key === 'ranking.acceptFailed' ? i18n.render(msg(error.key, { detail })) : i18n.t(error.key, { detail });
}
