// One criterion in guided entry: how it is scored, its points as the workbook computed them (with
// why they are 0 while invalid data voids the criterion), its fields with their problems, its
// evidence and note.

import { Body1, Body1Strong, Caption1, Card, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { criterionFields } from '../../criteria/fields';
import type { CriteriaSet, Criterion, InputField } from '../../criteria/model';
import { criterionGuidance } from '../../form/text';
import type { CellValue } from '../../plan/grid';
import type { Problem } from '../../scoring/types';
import { FieldInput } from '../components/field/FieldInput';
import { MultilineInput } from '../components/MultilineInput';
import { useI18n } from '../i18n/I18nProvider';
import { scoreCellText } from '../logic/cell-text';
import type { LoadedForm } from '../logic/load-form';
import { formatNumber } from '../logic/number-text';
import { voidReasonOf } from '../logic/voided';
import { TestIds } from '../test-ids';

const useStyles = makeStyles({
  points: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  guidance: { whiteSpace: 'pre-line' },
  card: { padding: tokens.spacingVerticalS },
  voided: { color: tokens.colorPaletteRedForeground1 },
});

export interface CriterionStepProps {
  form: LoadedForm;
  criterion: Criterion;
  problems: Problem[];
  writeValue: (fieldId: string, value: CellValue) => void;
  writeEvidence: (value: CellValue) => void;
  writeNote: (value: CellValue) => void;
}

/** The criterion's fields (with its "Không áp dụng" cell where allowed) and how it is scored. */
function whatToEnter(set: CriteriaSet, criterion: Criterion): { fields: InputField[]; guidance: string; fieldIds: Set<string> } {
  const section = set.sections.find((s) => s.criteria.includes(criterion)) ?? set.sections[0];
  const fields = criterionFields(criterion);
  return { fields, guidance: criterionGuidance(set, section, criterion), fieldIds: new Set(fields.map((f) => f.id)) };
}

/**
 * The criterion's points as the workbook computed them and, while invalid data voids it, the
 * engine's reason ("0 điểm — số liệu không hợp lệ: …"), announced as it appears, changes or clears.
 */
function PointsCard({ form, criterion }: { form: LoadedForm; criterion: Criterion }) {
  const { t, language, render } = useI18n();
  const styles = useStyles();
  const { filled, set } = form;
  const points = scoreCellText(filled.cached.criteria[criterion.code], language, set.precision);
  const reason = voidReasonOf(form.engine, criterion.code);
  return (
    <Card className={styles.card} appearance="filled-alternative">
      <div className={styles.points}>
        <Caption1>{t('pane.entry.pointsLabel')}</Caption1>
        <Subtitle2 data-testid={TestIds.criterionPoints}>
          {t('pane.entry.pointsOfMax', { points, max: formatNumber(criterion.max, language, set.precision) })}
        </Subtitle2>
      </div>
      <div role="status" data-testid={TestIds.voidReason}>
        {reason && (
          <Body1Strong className={styles.voided}>{render(reason)}</Body1Strong>
        )}
      </div>
    </Card>
  );
}

export function CriterionStep({ form, criterion, problems, writeValue, writeEvidence, writeNote }: CriterionStepProps) {
  const { t, render } = useI18n();
  const styles = useStyles();
  const { filled, set } = form;
  const textOf = (list: Problem[]) => list.map((p) => render(p.message));
  const { fields, guidance, fieldIds } = whatToEnter(set, criterion);
  const evidenceProblems = problems.filter((p) => p.kind === 'evidenceMissing');
  const otherProblems = problems.filter((p) => p.kind !== 'evidenceMissing' && (!p.fieldId || !fieldIds.has(p.fieldId)));
  return (
    <>
      <PointsCard form={form} criterion={criterion} />
      <section aria-label={t('pane.entry.guidanceLabel')}>
        <Text weight="semibold" block>
          {t('pane.entry.guidanceLabel')}
        </Text>
        <Body1 className={styles.guidance}>{guidance}</Body1>
      </section>
      {fields.length === 0 && <Body1>{t('pane.entry.noFields')}</Body1>}
      {otherProblems.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{textOf(otherProblems).join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      {fields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          value={filled.inputs[field.id]}
          problems={textOf(problems.filter((p) => p.fieldId === field.id))}
          onCommit={(value) => writeValue(field.id, value)}
        />
      ))}
      <MultilineInput
        label={t('pane.entry.evidenceLabel')}
        hint={criterion.evidenceRequired ? t('pane.entry.evidenceRequiredHint') : t('pane.entry.evidenceHint')}
        required={criterion.evidenceRequired}
        value={filled.evidence[criterion.code]}
        problems={textOf(evidenceProblems)}
        testId={TestIds.evidence}
        onCommit={writeEvidence}
      />
      <MultilineInput
        label={t('pane.entry.noteLabel')}
        required={false}
        value={filled.notes[criterion.code]}
        problems={[]}
        testId={TestIds.note}
        onCommit={writeNote}
      />
    </>
  );
}
