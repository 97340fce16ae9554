// Failures shown to the user in both languages: the form reader's own bilingual errors, or any
// other error's text under a pane message chosen by what was being done.

import { isFormReadError } from '../../form/errors';
import type { MessageKey } from '../i18n/translate';

export interface PaneError {
  /** What was being done, as a message with a {detail} placeholder. */
  key: MessageKey;
  detailVi: string;
  detailEn: string;
}

export function paneError(key: MessageKey, error: unknown): PaneError {
  if (isFormReadError(error)) return { key, detailVi: error.message, detailEn: error.messageEn };
  const text = error instanceof Error ? error.message : String(error);
  return { key, detailVi: text, detailEn: text };
}
