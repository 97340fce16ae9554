// The pane's root: Fluent UI theme (light or dark, following Office) and the pane's language.

import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { WorkbookPort } from '../excel/port';
import { useLanguage } from './hooks/useLanguage';
import { I18nProvider } from './i18n/I18nProvider';
import type { Language } from './logic/number-text';
import { Pane, type RequirementMessage } from './Pane';

export interface AppProps {
  port: WorkbookPort;
  missingRequirements: RequirementMessage[];
  language?: Language;
  dark: boolean;
}

export function App({ port, missingRequirements, language: initialLanguage, dark }: AppProps) {
  const { language, toggleLanguage } = useLanguage(initialLanguage);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
      <I18nProvider language={language}>
        <Pane port={port} missingRequirements={missingRequirements} onToggleLanguage={toggleLanguage} />
      </I18nProvider>
    </FluentProvider>
  );
}
