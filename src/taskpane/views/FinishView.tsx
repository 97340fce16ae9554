// The last step: every problem of the whole form, one numbered line each (each jumps to its step),
// every criterion that invalid data voids with its reason (each jumps to it), how the sheet is set
// up for printing, and when and where to send the form, with a notice when
// the deadline is near or has passed.

import { Body1, Button, Link, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import type { CellPos } from '../../form/api';
import type { Problem } from '../../scoring/types';
import { TotalSummary } from '../components/TotalSummary';
import { useCore } from '../hooks/useCore';
import { useI18n } from '../i18n/I18nProvider';
import { deadlineNotice, vietnamToday } from '../logic/deadline';
import { isoToDayMonthYear } from '../logic/excel-date';
import type { LoadedForm } from '../logic/load-form';
import { stepOfProblem } from '../logic/progress';
import { GENERAL_STEP, type StepId } from '../logic/steps';
import { voidedCriteria, type VoidedCriterion } from '../logic/voided';
import { problemTestId, TestIds, voidedTestId } from '../test-ids';
import type { FocusRequest } from '../hooks/useFormNavigation';

const ORIENTATION = { landscape: 'pane.finish.orientation.landscape', portrait: 'pane.finish.orientation.portrait' } as const;

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  title: { ...typographyStyles.subtitle1, margin: 0, outlineOffset: '2px' },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  number: { minWidth: '1.5em', textAlign: 'end', flexShrink: 0 },
  problem: { textAlign: 'start' },
});

export interface FinishViewProps {
  form: LoadedForm;
  /** Bumped when the pane moved here itself: the heading then takes the focus. */
  focus: FocusRequest;
  goTo: (step: StepId) => void;
  selectCell: (cell: CellPos) => void;
}

/** A problem's line: its place, unless the engine's text already starts with it. */
function problemLine(place: string, text: string): string {
  return text.startsWith(`${place}:`) ? text : `${place}: ${text}`;
}

export function FinishView({ form, focus, goTo, selectCell }: FinishViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus.seq > 0) heading.current?.focus();
  }, [focus]);
  const { set, filled } = form;
  const problems = form.engine.problems;
  const voided = voidedCriteria(form.engine);
  const { buildFormPlan } = useCore();
  const print = useMemo(() => buildFormPlan(set).plan.sheets[0]?.print, [buildFormPlan, set]);

  return (
    <div className={styles.view} data-testid={TestIds.finishView}>
      <h2 className={styles.title} ref={heading} tabIndex={-1}>
        {t('pane.finish.title')}
      </h2>
      <TotalSummary form={form} />
      {problems.length === 0 && voided.length === 0 && (
        <MessageBar intent="success" data-testid={TestIds.checkOk}>
          <MessageBarBody>{t('pane.finish.checkOk')}</MessageBarBody>
        </MessageBar>
      )}
      {voided.length > 0 && <VoidedList voided={voided} goTo={goTo} />}
      {problems.length > 0 && <ProblemList problems={problems} goTo={goTo} />}
      {print && (
        <section aria-labelledby="finish-print" data-testid={TestIds.printInfo}>
          <Subtitle2 as="h3" id="finish-print" className={styles.heading}>
            {t('pane.finish.printTitle')}
          </Subtitle2>
          <Body1 block>{t('pane.finish.printDescription', { paper: print.paper, orientation: t(ORIENTATION[print.orientation]) })}</Body1>
          <Button onClick={() => selectCell(filled.map.totalCell)}>{t('pane.finish.selectTotal')}</Button>
        </section>
      )}
      {(set.deadline || set.sendTo) && <SendSection deadline={set.deadline} sendTo={set.sendTo} />}
    </div>
  );
}

/** Every problem, one numbered line each, each a link to its step. */
function ProblemList({ problems, goTo }: { problems: readonly Problem[]; goTo: (step: StepId) => void }) {
  const { t, render } = useI18n();
  const styles = useStyles();
  return (
    <section aria-labelledby="finish-problems">
      <Body1 id="finish-problems" block>
        {t('pane.finish.problemsFound', { count: problems.length })}
      </Body1>
      <ol className={styles.list} data-testid={TestIds.problemList}>
        {problems.map((problem, index) => {
          const step = stepOfProblem(problem);
          const place = step === GENERAL_STEP ? t('pane.entry.generalHeading') : t('pane.entry.criterionHeading', { code: step });
          return (
            <li key={index} className={styles.line}>
              <span className={styles.number} aria-hidden="true">{`${index + 1}.`}</span>
              <Link as="button" className={styles.problem} data-testid={problemTestId(index)} onClick={() => goTo(step)}>
                {problemLine(place, render(problem.message))}
              </Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Every criterion that scores 0 because its data is invalid, with the reason, each a link to its step. */
function VoidedList({ voided, goTo }: { voided: readonly VoidedCriterion[]; goTo: (step: StepId) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section aria-labelledby="finish-voided">
      <Body1 id="finish-voided" block>
        {t('voided.listTitle', { count: voided.length })}
      </Body1>
      <ul className={styles.list} data-testid={TestIds.voidedList}>
        {voided.map(({ code, reason }) => (
          <li key={code} className={styles.line}>
            <Link as="button" className={styles.problem} data-testid={voidedTestId(code)} onClick={() => goTo(code)}>
              {t('voided.line', { place: t('pane.entry.criterionHeading', { code }), reason })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SendSection({ deadline, sendTo }: { deadline?: string; sendTo?: string }) {
  const { t, render } = useI18n();
  const styles = useStyles();
  const notice = deadline ? deadlineNotice(deadline, vietnamToday(Date.now())) : undefined;
  return (
    <section aria-labelledby="finish-send" data-testid={TestIds.deadline}>
      <Subtitle2 as="h3" id="finish-send" className={styles.heading}>
        {t('pane.finish.sendTitle')}
      </Subtitle2>
      {notice && (
        <MessageBar intent={notice.late ? 'warning' : 'info'} data-testid={TestIds.deadlineNotice}>
          <MessageBarBody>{render(notice.message)}</MessageBarBody>
        </MessageBar>
      )}
      {deadline && <Body1 block>{t('pane.finish.deadlineLine', { date: isoToDayMonthYear(deadline) })}</Body1>}
      {sendTo && <Body1 block>{t('pane.finish.sendToLine', { to: sendTo })}</Body1>}
    </section>
  );
}
