// An open form: tabs for guided entry, the overview and the finish check, the current step, and
// the two-way link between the pane's step and the sheet's selection.

import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { WorkbookPort } from '../../excel/port';
import type { CellPos } from '../../form/api';
import type { FormStateApi } from '../hooks/useFormState';
import { useSheetSync } from '../hooks/useSheetSync';
import { useI18n } from '../i18n/I18nProvider';
import type { LoadedForm } from '../logic/load-form';
import { paneError } from '../logic/pane-error';
import { problemsByStep, statusOf } from '../logic/progress';
import { stepsOf, type StepId } from '../logic/steps';
import { TestIds } from '../test-ids';
import { EntryView } from './EntryView';
import { FinishView } from './FinishView';
import { OverviewView } from './OverviewView';

type ViewId = 'entry' | 'overview' | 'finish';

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalM },
});

/** Where guided entry opens: the first step with something missing or invalid, else the first. */
function firstOpenStep(form: LoadedForm): StepId {
  const byStep = problemsByStep(form.engine.problems);
  const steps = stepsOf(form.set);
  return steps.find((step) => statusOf(byStep.get(step)) !== 'done') ?? steps[0];
}

export interface FormViewsProps {
  port: WorkbookPort;
  form: LoadedForm;
  api: FormStateApi;
}

export function FormViews({ port, form, api }: FormViewsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [view, setView] = useState<ViewId>('entry');
  const [step, setStep] = useState<StepId>(() => firstOpenStep(form));
  const [focusRequest, setFocusRequest] = useState(0);
  const { reportError } = api;

  const followSheet = useCallback((next: StepId) => {
    setStep(next);
    setView('entry');
  }, []);
  const onSelectFailed = useCallback((e: unknown) => reportError(paneError('selectFailed', e)), [reportError]);
  const selectStep = useSheetSync(port, form, followSheet, onSelectFailed);

  const goTo = useCallback(
    (next: StepId) => {
      setStep(next);
      setView('entry');
      setFocusRequest((n) => n + 1);
      void selectStep(next);
    },
    [selectStep],
  );

  const selectCell = useCallback(
    (cell: CellPos) => {
      port.select({ sheet: form.sheet, row: cell.row, col: cell.col }).catch(onSelectFailed);
    },
    [port, form.sheet, onSelectFailed],
  );

  return (
    <>
      <TabList
        className={styles.tabs}
        data-testid={TestIds.tabs}
        aria-label={t('tabsLabel')}
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as ViewId)}
        size="small"
      >
        <Tab value="entry" id="tab-entry" data-testid={TestIds.tabEntry}>
          {t('tabEntry')}
        </Tab>
        <Tab value="overview" id="tab-overview" data-testid={TestIds.tabOverview}>
          {t('tabOverview')}
        </Tab>
        <Tab value="finish" id="tab-finish" data-testid={TestIds.tabFinish}>
          {t('tabFinish')}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${view}`}>
        {view === 'entry' && <EntryView form={form} step={step} focusRequest={focusRequest} goTo={goTo} write={api.write} />}
        {view === 'overview' && <OverviewView form={form} goTo={goTo} />}
        {view === 'finish' && <FinishView form={form} goTo={goTo} selectCell={selectCell} />}
      </div>
    </>
  );
}
