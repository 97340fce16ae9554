// The pane's language as React context: components call useI18n() for t() (the pane's own
// dictionary), render() (catalogue messages, src/messages) and the language. English catalogue
// texts are fetched the first time English is chosen; until then the Vietnamese ones show.

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { rendererFor, type Message, type Texts } from '../../messages';
import { INITIAL_TEXTS, loadTexts } from '../../messages/load-texts';
import type { Language } from '../logic/number-text';
import { translate, type MessageKey, type MessageParams } from './translate';

export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A catalogue message in the pane's language. */
  render: (message: Message) => string;
}

const I18nContext = createContext<I18n>({
  language: 'vi',
  t: (key, params) => translate('vi', key, params),
  render: rendererFor(INITIAL_TEXTS, 'vi'),
});

/** The catalogue texts of `language`, loaded on first use; the last loaded ones meanwhile. */
function useCatalogueTexts(language: Language): { texts: Texts; language: Language } {
  const [loaded, setLoaded] = useState<{ texts: Texts; language: Language }>({ texts: INITIAL_TEXTS, language: 'vi' });
  useEffect(() => {
    let current = true;
    void loadTexts(language).then((texts) => {
      if (current) setLoaded({ texts, language });
    });
    return () => {
      current = false;
    };
  }, [language]);
  return loaded;
}

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const catalogue = useCatalogueTexts(language);
  const value = useMemo<I18n>(
    () => ({
      language,
      t: (key, params) => translate(language, key, params),
      render: rendererFor(catalogue.texts, catalogue.language),
    }),
    [language, catalogue],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
