// The pane's language as React context: components call useI18n() for t() and the language.

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../logic/number-text';
import { translate, type MessageKey, type MessageParams } from './translate';

export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n>({ language: 'vi', t: (key, params) => translate('vi', key, params) });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ language, t: (key, params) => translate(language, key, params) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
