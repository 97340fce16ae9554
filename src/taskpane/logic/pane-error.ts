// Failures shown to the user: a catalogue message (LocalizedError) rendered in the pane's
// language, or, for any other error, its text, under a message chosen by what was being done.

import { isLocalizedError, type Message, type MessageCode, type Params } from '../../messages';

/** Catalogue codes whose only parameter is {detail}: what was being done, e.g. 'pane.frame.readFailed'. */
export type DetailCode = { [C in MessageCode]: [keyof Params<C>] extends ['detail'] ? ('detail' extends keyof Params<C> ? C : never) : never }[MessageCode];

export interface PaneError {
  /** What was being done, as a catalogue code with a {detail} placeholder. */
  code: DetailCode;
  /** The detail as a catalogue message, when the error carries one. */
  detail?: Message;
  /** Otherwise the error's own text (a programming or platform error, shown as it is). */
  detailText: string;
}

export function paneError(code: DetailCode, error: unknown): PaneError {
  if (isLocalizedError(error)) return { code, detail: error.localized, detailText: '' };
  return { code, detailText: error instanceof Error ? error.message : String(error) };
}

/** The detail of a pane error in the pane's language. */
export function paneErrorDetail(error: PaneError, i18n: { render: (m: Message) => string }): string {
  return error.detail ? i18n.render(error.detail) : error.detailText;
}

/** The whole text of a pane error: what was being done, with its detail. */
export function paneErrorText(error: PaneError, i18n: { render: (m: Message) => string }): string {
  return i18n.render({ code: error.code, params: { detail: paneErrorDetail(error, i18n) } } as Message);
}
