// The pane's body: header, message bars, then the start view or the open form's views.

import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Button, Spinner, tokens } from '@fluentui/react-components';
import { DataBarVerticalRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { WorkbookPort } from '../excel/port';
import type { Message } from '../messages';
import { ErrorBar } from './components/ErrorBar';
import { Header } from './components/Header';
import { SkippedBar } from './components/SkippedBar';
import { CoreContext } from './hooks/useCore';
import { useFormState, type FormStateApi } from './hooks/useFormState';
import { useRefreshTriggers } from './hooks/useRefreshTriggers';
import { useI18n } from './i18n/I18nProvider';
import { reportingSkipped } from './logic/reporting-port';
import { TestIds } from './test-ids';
import { FormViews } from './views/FormViews';
import { StartView } from './views/StartView';

// Authoring is for the few who write criteria sets: its code loads only when the start view shows.
const AuthoringView = lazy(() => import('./views/AuthoringView').then((m) => ({ default: m.AuthoringView })));
// Consolidation is for the few offices that compile the forms: it loads (with the xlsx reader,
// the consolidation core and the rosters) only when the user opens it.
const ConsolidationView = lazy(() => import('./views/consolidation/ConsolidationView').then((m) => ({ default: m.ConsolidationView })));

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  requirements: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** A missing requirement set: what is lost without it. */
export type RequirementMessage = { message: Message };

export interface PaneProps {
  port: WorkbookPort;
  missingRequirements: RequirementMessage[];
  onToggleLanguage: () => void;
}

export function Pane({ port: workbook, missingRequirements, onToggleLanguage }: PaneProps) {
  const { t } = useI18n();
  const styles = useStyles();
  // What this Excel skipped writing the last sheet the pane wrote (a form, a master): shown until dismissed.
  const [skipped, setSkipped] = useState<readonly Message[]>([]);
  const port = useMemo(() => reportingSkipped(workbook, setSkipped), [workbook]);
  const api = useFormState(port);
  useRefreshTriggers(port, api.refresh);
  const { state, error } = api;
  const [consolidating, setConsolidating] = useState(false);
  const [consolidationTick, setConsolidationTick] = useState(0);
  const caption = consolidating
    ? t('pane.consolidation.title')
    : state.status === 'form' ? t('pane.frame.formCaption', { formName: state.form.set.formName, year: state.form.set.year }) : undefined;
  const refresh = consolidating ? () => setConsolidationTick((n) => n + 1) : () => void api.refresh();

  return (
    <section className={styles.pane} data-testid={TestIds.pane} aria-label={t('pane.frame.appTitle')}>
      <Header caption={caption} saving={api.saving} onToggleLanguage={onToggleLanguage} onRefresh={refresh} />
      {missingRequirements.length > 0 && <RequirementsBar missing={missingRequirements} />}
      {error && <ErrorBar error={error} onDismiss={api.dismissError} testId={TestIds.errorBar} />}
      {skipped.length > 0 && <SkippedBar skipped={skipped} onDismiss={() => setSkipped([])} />}
      {state.status === 'loading' && <Spinner data-testid={TestIds.loading} size="small" label={t('pane.frame.loading')} />}
      {consolidating && (
        <Suspense fallback={<Spinner size="small" label={t('pane.consolidation.reading')} />}>
          <ConsolidationView port={port} refreshTick={consolidationTick} onBack={() => setConsolidating(false)} />
        </Suspense>
      )}
      {!consolidating && state.status === 'start' && (
        <Button appearance="secondary" icon={<DataBarVerticalRegular />} data-testid={TestIds.consolidationEntry} title={t('pane.consolidation.entryHint')} onClick={() => setConsolidating(true)}>
          {t('pane.consolidation.entry')}
        </Button>
      )}
      {!consolidating && <FormBody port={port} api={api} />}
    </section>
  );
}

/** What this Excel lacks of the add-in's requirement sets. */
function RequirementsBar({ missing }: { missing: RequirementMessage[] }) {
  const { t, render } = useI18n();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={TestIds.requirementsBar}>
      <MessageBarBody>
        <MessageBarTitle>{t('pane.frame.missingRequirementsTitle')}</MessageBarTitle>
        {t('pane.frame.missingRequirementsBody')}
        <ul className={styles.requirements}>
          {missing.map((item, index) => (
            <li key={index}>{render(item.message)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The start view (with authoring) when the sheet is not a form, else the form's views. */
function FormBody({ port, api }: { port: WorkbookPort; api: FormStateApi }) {
  const { state } = api;
  return (
    <CoreContext.Provider value={api.core}>
      {state.status === 'start' && <StartView port={port} notice={state.notice} openSheet={api.openSheet} />}
      {state.status === 'start' && (
        <Suspense fallback={null}>
          <AuthoringView port={port} openSheet={api.openSheet} />
        </Suspense>
      )}
      {state.status === 'form' && <FormViews key={state.form.sheet} port={port} form={state.form} api={api} />}
    </CoreContext.Provider>
  );
}
