// The whole form at a glance: per section what is done, missing or invalid and its sub-total as
// the workbook computed it, the total and band, and a list to jump to any step.

import { Button, Caption1, Field, makeStyles, ProgressBar, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { StatusBadge } from '../components/StatusBadge';
import { TotalSummary } from '../components/TotalSummary';
import { useI18n } from '../i18n/I18nProvider';
import { scoreCellText } from '../logic/cell-text';
import type { LoadedForm } from '../logic/load-form';
import { formatNumber } from '../logic/number-text';
import { doneShare, problemsByStep, sectionProgress, statusOf, voidedSteps } from '../logic/progress';
import { criteriaOf, GENERAL_STEP, type StepId } from '../logic/steps';
import { jumpTestId, sectionTestId, subtotalTestId, TestIds } from '../test-ids';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  jump: { width: '100%', justifyContent: 'space-between', textAlign: 'start', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  jumpText: { flex: '1 1 auto', minWidth: 0 },
});

export interface OverviewViewProps {
  form: LoadedForm;
  goTo: (step: StepId) => void;
}

export function OverviewView({ form, goTo }: OverviewViewProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { set, filled } = form;
  const byStep = problemsByStep(form.engine.problems);
  const voided = voidedSteps(form.engine);
  const criteria = criteriaOf(set);
  const share = doneShare(set, byStep, voided);
  const done = Math.round(share * criteria.length);
  const progress = new Map(sectionProgress(set, byStep, voided).map((p) => [p.code, p]));

  const jump = (step: StepId, label: string) => {
    const status = statusOf(byStep.get(step), voided.has(step));
    return (
      <li key={step}>
        <Button
          className={styles.jump}
          appearance="subtle"
          data-testid={jumpTestId(step)}
          onClick={() => goTo(step)}
        >
          <span className={styles.jumpText}>{label}</span>
          <StatusBadge status={status} />
        </Button>
      </li>
    );
  };

  return (
    <div className={styles.view} data-testid={TestIds.overviewView}>
      <Subtitle1 as="h2" className={styles.heading}>
        {t('pane.overview.title')}
      </Subtitle1>
      <TotalSummary form={form} />
      <Field label={t('pane.overview.progressLabel', { done, count: criteria.length })} validationState="none">
        <ProgressBar data-testid={TestIds.progress} value={share} max={1} thickness="large" />
      </Field>
      <ul className={styles.list}>{jump(GENERAL_STEP, t('pane.entry.generalHeading'))}</ul>
      {set.sections.map((section) => {
        const counts = progress.get(section.code);
        const subtotal = scoreCellText(filled.cached.sections[section.code], language, set.precision);
        return (
          <section key={section.code} className={styles.section} data-testid={sectionTestId(section.code)} aria-labelledby={`section-${section.code}`}>
            <Subtitle2 as="h3" className={styles.heading} id={`section-${section.code}`}>
              {`${section.code}. ${section.name}`}
            </Subtitle2>
            <Caption1 data-testid={subtotalTestId(section.code)}>
              {t('pane.overview.subtotal', { points: subtotal, max: formatNumber(section.max, language, set.precision) })}
            </Caption1>
            {counts && <Caption1>{t('pane.overview.sectionCounts', { done: counts.done, missing: counts.missing, invalid: counts.invalid })}</Caption1>}
            <ul className={styles.list}>{section.criteria.map((c) => jump(c.code, `${c.code}. ${c.name}`))}</ul>
          </section>
        );
      })}
    </div>
  );
}
