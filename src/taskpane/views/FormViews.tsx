// An open form: tabs for guided entry, the overview and the finish check, the current step, and
// the two-way link between the pane's step and the sheet's selection (useFormNavigation).

import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback } from 'react';
import type { WorkbookPort } from '../../excel/port';
import type { CellPos } from '../../form/api';
import type { FormStateApi } from '../hooks/useFormState';
import { useFormNavigation, type ViewId } from '../hooks/useFormNavigation';
import { useI18n } from '../i18n/I18nProvider';
import type { LoadedForm } from '../logic/load-form';
import { paneError } from '../logic/pane-error';
import { TestIds } from '../test-ids';
import { EntryView } from './EntryView';

// The overview and the finish step load when first opened: the pane's initial script has a size budget.
const OverviewView = lazy(() => import(/* webpackChunkName: "form-overview" */ './OverviewView').then((m) => ({ default: m.OverviewView })));
const FinishView = lazy(() => import(/* webpackChunkName: "form-finish" */ './FinishView').then((m) => ({ default: m.FinishView })));

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalM },
});

export interface FormViewsProps {
  port: WorkbookPort;
  form: LoadedForm;
  api: FormStateApi;
}

export function FormViews({ port, form, api }: FormViewsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { reportError } = api;
  const onSelectFailed = useCallback((e: unknown) => reportError(paneError('pane.frame.selectFailed', e)), [reportError]);
  const { view, setView, step, focus, goTo, toFinish } = useFormNavigation(port, form, onSelectFailed);

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
        aria-label={t('pane.frame.tabsLabel')}
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as ViewId)}
        size="small"
      >
        <Tab value="entry" id="tab-entry" data-testid={TestIds.tabEntry}>
          {t('pane.frame.tabEntry')}
        </Tab>
        <Tab value="overview" id="tab-overview" data-testid={TestIds.tabOverview}>
          {t('pane.frame.tabOverview')}
        </Tab>
        <Tab value="finish" id="tab-finish" data-testid={TestIds.tabFinish}>
          {t('pane.frame.tabFinish')}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${view}`}>
        {view === 'entry' && <EntryView form={form} step={step} focus={focus} goTo={goTo} onFinish={toFinish} write={api.write} />}
        <Suspense fallback={<Spinner size="small" label={t('pane.frame.loading')} />}>
          {view === 'overview' && <OverviewView form={form} goTo={goTo} />}
          {view === 'finish' && <FinishView form={form} focus={focus} goTo={goTo} selectCell={selectCell} />}
        </Suspense>
      </div>
    </>
  );
}
