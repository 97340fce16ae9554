// The pane's language: the option given at mount, else the one remembered in localStorage, else
// Vietnamese. Switching remembers the choice and sets <html lang> for screen readers.

import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../logic/number-text';

export const LANGUAGE_STORAGE_KEY = 'egov-scorecard.language';

function remembered(): Language | undefined {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return value === 'vi' || value === 'en' ? value : undefined;
  } catch {
    return undefined; // storage disabled (private mode, policy): the choice is just not remembered
  }
}

export function useLanguage(initial?: Language): { language: Language; toggleLanguage: () => void } {
  const [language, setLanguage] = useState<Language>(() => initial ?? remembered() ?? 'vi');

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const toggleLanguage = useCallback(() => {
    setLanguage((current) => {
      const next: Language = current === 'vi' ? 'en' : 'vi';
      try {
        window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // not remembered; the switch still applies to this session
      }
      return next;
    });
  }, []);

  return { language, toggleLanguage };
}
