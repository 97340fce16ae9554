// The pane's body: header, message bars, then the start view or the open form's views.

import { makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Button, Spinner, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { WorkbookPort } from '../excel/port';
import { Header } from './components/Header';
import { useFormState } from './hooks/useFormState';
import { useRefreshTriggers } from './hooks/useRefreshTriggers';
import { useI18n } from './i18n/I18nProvider';
import { TestIds } from './test-ids';
import { AuthoringView } from './views/AuthoringView';
import { FormViews } from './views/FormViews';
import { StartView } from './views/StartView';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
});

export interface PaneProps {
  port: WorkbookPort;
  missingRequirements: string[];
  onToggleLanguage: () => void;
}

export function Pane({ port, missingRequirements, onToggleLanguage }: PaneProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const api = useFormState(port);
  useRefreshTriggers(port, api.refresh);
  const { state, error } = api;
  const caption = state.status === 'form' ? t('formCaption', { formName: state.form.set.formName, year: state.form.set.year }) : undefined;

  return (
    <main className={styles.pane} data-testid={TestIds.pane}>
      <Header caption={caption} saving={api.saving} onToggleLanguage={onToggleLanguage} onRefresh={() => void api.refresh()} />
      {missingRequirements.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid={TestIds.requirementsBar}>
          <MessageBarBody>
            <MessageBarTitle>{t('missingRequirementsTitle')}</MessageBarTitle>
            {t('missingRequirementsBody', { list: missingRequirements.join(', ') })}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid={TestIds.errorBar}>
          <MessageBarBody>
            <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
            {t(error.key, { detail: language === 'vi' ? error.detailVi : error.detailEn })}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t('dismiss')} icon={<DismissRegular />} onClick={api.dismissError} />}
          />
        </MessageBar>
      )}
      {state.status === 'loading' && <Spinner data-testid={TestIds.loading} size="small" label={t('loading')} />}
      {state.status === 'start' && <StartView port={port} notice={state.notice} openSheet={api.openSheet} />}
      {state.status === 'start' && <AuthoringView port={port} openSheet={api.openSheet} />}
      {state.status === 'form' && <FormViews key={state.form.sheet} port={port} form={state.form} api={api} />}
    </main>
  );
}
