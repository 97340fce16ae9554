// The pane's language as React context: components call useI18n() for t(code, params) and
// render(message), both from the message catalogue (src/messages), and the language. English
// texts are fetched the first time English is chosen; until they arrive the pane stays Vietnamese
// (language and texts switch together, so no view shows the two languages mixed).

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { msg, rendererFor, type Message, type MessageCode, type ParamArgs, type Texts } from '../../messages';
import { INITIAL_TEXTS, loadTexts } from '../../messages/load-texts';
import type { Language } from '../logic/number-text';

export interface I18n {
  /** The language the pane shows (the chosen one once its texts have loaded). */
  language: Language;
  /** A catalogue code's text in the pane's language: `t('pane.frame.refresh')`. */
  t: <C extends MessageCode>(code: C, ...params: ParamArgs<C>) => string;
  /** A catalogue message in the pane's language. */
  render: (message: Message) => string;
}

function i18nFor(texts: Texts, language: Language): I18n {
  const render = rendererFor(texts, language);
  return { language, render, t: (code, ...params) => render(msg(code, ...params) as Message) };
}

const I18nContext = createContext<I18n>(i18nFor(INITIAL_TEXTS, 'vi'));

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
  const value = useMemo(() => i18nFor(catalogue.texts, catalogue.language), [catalogue]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
