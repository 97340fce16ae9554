// The last step: every problem of the whole form (each one jumps to its step), how the sheet is
// set up for printing, and when and where to send the form.

import { Body1, Button, Link, makeStyles, MessageBar, MessageBarBody, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CellPos } from '../../form/api';
import { TotalSummary } from '../components/TotalSummary';
import { useCore } from '../hooks/useCore';
import { useI18n } from '../i18n/I18nProvider';
import { problemText } from '../i18n/translate';
import { isoToDayMonthYear } from '../logic/excel-date';
import type { LoadedForm } from '../logic/load-form';
import { stepOfProblem } from '../logic/progress';
import { GENERAL_STEP, type StepId } from '../logic/steps';
import { problemTestId, TestIds } from '../test-ids';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  problem: { textAlign: 'start' },
});

export interface FinishViewProps {
  form: LoadedForm;
  goTo: (step: StepId) => void;
  selectCell: (cell: CellPos) => void;
}

export function FinishView({ form, goTo, selectCell }: FinishViewProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { set, filled } = form;
  const problems = form.engine.problems;
  const { buildFormPlan } = useCore();
  const print = useMemo(() => buildFormPlan(set).plan.sheets[0]?.print, [buildFormPlan, set]);

  return (
    <div className={styles.view} data-testid={TestIds.finishView}>
      <Subtitle1 as="h2" className={styles.heading}>
        {t('finishTitle')}
      </Subtitle1>
      <TotalSummary form={form} />
      {problems.length === 0 ? (
        <MessageBar intent="success" data-testid={TestIds.checkOk}>
          <MessageBarBody>{t('checkOk')}</MessageBarBody>
        </MessageBar>
      ) : (
        <section aria-labelledby="finish-problems">
          <Body1 id="finish-problems" block>
            {t('problemsFound', { count: problems.length })}
          </Body1>
          <ol className={styles.list} data-testid={TestIds.problemList}>
            {problems.map((problem, index) => {
              const step = stepOfProblem(problem);
              const place = step === GENERAL_STEP ? t('generalHeading') : t('criterionHeading', { code: step });
              return (
                <li key={index}>
                  <Link as="button" className={styles.problem} data-testid={problemTestId(index)} onClick={() => goTo(step)}>
                    {`${place}: ${problemText(language, problem)}`}
                  </Link>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {print && (
        <section aria-labelledby="finish-print" data-testid={TestIds.printInfo}>
          <Subtitle2 as="h3" id="finish-print" className={styles.heading}>
            {t('printTitle')}
          </Subtitle2>
          <Body1 block>{t('printDescription', { paper: print.paper, orientation: t(`orientation_${print.orientation}`) })}</Body1>
          <Button onClick={() => selectCell(filled.map.totalCell)}>{t('selectTotal')}</Button>
        </section>
      )}
      {(set.deadline || set.sendTo) && (
        <section aria-labelledby="finish-send" data-testid={TestIds.deadline}>
          <Subtitle2 as="h3" id="finish-send" className={styles.heading}>
            {t('sendTitle')}
          </Subtitle2>
          <Body1 block>
            {[set.deadline && t('deadlineLine', { date: isoToDayMonthYear(set.deadline) }), set.sendTo && t('sendToLine', { to: set.sendTo })]
              .filter(Boolean)
              .join(' — ')}
          </Body1>
        </section>
      )}
    </div>
  );
}
