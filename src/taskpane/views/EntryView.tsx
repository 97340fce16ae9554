// Guided entry: one step at a time (the general information, then each criterion), writing each
// change into its cell of the form and showing what the workbook computed.

import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { CellPos } from '../../form/api';
import type { CellValue } from '../../plan/grid';
import type { CellPlan } from '../../plan/model';
import { StepNav } from '../components/StepNav';
import { useI18n } from '../i18n/I18nProvider';
import type { LoadedForm } from '../logic/load-form';
import { problemsByStep } from '../logic/progress';
import { criteriaOf, GENERAL_STEP, stepsOf, type StepId } from '../logic/steps';
import { TestIds } from '../test-ids';
import { CriterionStep } from './CriterionStep';
import type { FocusRequest } from '../hooks/useFormNavigation';
import { GeneralStep } from './GeneralStep';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle1, margin: 0, outlineOffset: '2px' },
});

export interface EntryViewProps {
  form: LoadedForm;
  step: StepId;
  /** Changes whenever the pane itself moved to `step`: the step's heading or first field then takes the focus. */
  focus: FocusRequest;
  goTo: (step: StepId) => void;
  /** On from the last step to the finish step. */
  onFinish: () => void;
  write: (cells: CellPlan[]) => Promise<void>;
}

/** The controls a keyboard move lands on: the step's first field. */
const FIELD_CONTROL = 'input:not([type="hidden"]):not([disabled]), textarea, button[role="combobox"]';

export function EntryView({ form, step, focus, goTo, onFinish, write }: EntryViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const { set, filled } = form;
  const steps = stepsOf(set);
  const index = Math.max(0, steps.indexOf(step));
  const criterion = criteriaOf(set).find((c) => c.code === step);
  const section = set.sections.find((s) => s.criteria.some((c) => c.code === step));
  const problems = problemsByStep(form.engine.problems).get(criterion ? criterion.code : GENERAL_STEP) ?? [];

  useEffect(() => {
    if (focus.seq === 0) return;
    const field = focus.target === 'field' ? body.current?.querySelector<HTMLElement>(FIELD_CONTROL) : null;
    (field ?? heading.current)?.focus();
  }, [focus]);

  const move = (delta: number) => goTo(steps[Math.min(steps.length - 1, Math.max(0, index + delta))]);

  const writeAt = (cell: CellPos | undefined, value: CellValue) => {
    if (cell) void write([{ row: cell.row, col: cell.col, value }]);
  };
  const writeValue = (fieldId: string, value: CellValue) => writeAt(filled.map.valueCell[fieldId], value);

  return (
    <div className={styles.view} data-testid={TestIds.entryView} ref={body}>
      {form.versionMismatch && (
        <MessageBar intent="warning" data-testid={TestIds.versionBar}>
          <MessageBarBody>
            <MessageBarTitle>{t('pane.frame.versionMismatchTitle')}</MessageBarTitle>
            {t('pane.frame.versionMismatchBody', form.versionMismatch)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        {section && <Caption1>{t('pane.entry.sectionCaption', { code: section.code, name: section.name })}</Caption1>}
        <h2 className={styles.heading} ref={heading} tabIndex={-1} data-testid={TestIds.stepHeading}>
          {criterion ? `${t('pane.entry.criterionHeading', { code: criterion.code })}. ${criterion.name}` : t('pane.entry.generalHeading')}
        </h2>
      </div>
      {criterion ? (
        <CriterionStep
          key={criterion.code}
          form={form}
          criterion={criterion}
          problems={problems}
          writeValue={writeValue}
          writeEvidence={(value) => writeAt(filled.map.evidenceCell[criterion.code], value)}
          writeNote={(value) => writeAt(filled.map.noteCell[criterion.code], value)}
        />
      ) : (
        <GeneralStep key={GENERAL_STEP} form={form} problems={problems} writeValue={writeValue} />
      )}
      <StepNav index={index} count={steps.length} onPrevious={() => move(-1)} onNext={() => move(1)} onFinish={onFinish} />
    </div>
  );
}
