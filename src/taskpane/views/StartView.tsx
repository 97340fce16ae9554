// When the active sheet is not a form: choose a built-in criteria set (year × group), enter the
// unit's information (the set's general fields) and create the form sheet.

import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle1,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { YearDropdown } from '../components/YearDropdown';
import { useMemo, useState } from 'react';
import { groupsOf } from '../../criteria/groups';
import type { CriteriaSet, GroupId, Inputs } from '../../criteria/model';
import type { WorkbookPort } from '../../excel/port';
import { FieldInput } from '../components/field/FieldInput';
import { useCore } from '../hooks/useCore';
import { useCreateForm, type CreateState } from '../hooks/useCreateForm';
import type { StartNotice } from '../hooks/useFormState';
import { useI18n } from '../i18n/I18nProvider';
import { paneErrorDetail } from '../logic/pane-error';
import { groupLabel } from '../logic/group-label';
import { formatNumber } from '../logic/number-text';
import { TestIds } from '../test-ids';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS },
});

export interface StartViewProps {
  port: WorkbookPort;
  notice?: StartNotice;
  openSheet: (name: string) => Promise<void>;
}

/** The built-in set chosen by year and group (a group the year lacks falls back to its first). */
function useSetChoice() {
  const { findBuiltinSet, listBuiltinSets } = useCore();
  const sets = useMemo(() => listBuiltinSets(), [listBuiltinSets]);
  const years = useMemo(() => [...new Set(sets.map((s) => s.year))].sort((a, b) => b - a), [sets]);
  const [year, setYear] = useState(years[0]);
  const yearGroups = groupsOf(sets.filter((s) => s.year === year));
  const groups = yearGroups.map((g) => g.code);
  const [group, setGroup] = useState<GroupId>(groups[0]);
  const chosenGroup = groups.includes(group) ? group : groups[0];
  const summary = sets.find((s) => s.year === year && s.group === chosenGroup);
  const set = summary ? findBuiltinSet(summary.id) : undefined;
  return { years, year, setYear, yearGroups, chosenGroup, setGroup, summary, set };
}
type SetChoice = ReturnType<typeof useSetChoice>;

/** The unit's information as typed, and its problems: shown per field once touched, all after a try. */
function useUnitInfo(set: CriteriaSet | undefined) {
  const { checkInputs } = useCore();
  const [values, setValues] = useState<Inputs>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const generalIds = new Set(set?.generalFields.map((f) => f.id));
  const problems = set ? checkInputs(set, values).filter((p) => p.fieldId && generalIds.has(p.fieldId) && !p.criterionCode) : [];
  const shownProblems = problems.filter((p) => attempted || touched.has(p.fieldId ?? ''));
  const commit = (fieldId: string, value: Inputs[string]) => {
    setValues((old) => ({ ...old, [fieldId]: value }));
    setTouched((old) => new Set(old).add(fieldId));
  };
  return { values, problems, shownProblems, attempted, attempt: () => setAttempted(true), commit };
}
type UnitInfo = ReturnType<typeof useUnitInfo>;

export function StartView({ port, notice, openSheet }: StartViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const choice = useSetChoice();
  const { set } = choice;
  const info = useUnitInfo(set);
  const creation = useCreateForm(port, openSheet);
  const create = (replace: boolean) => {
    info.attempt();
    if (!set || info.problems.length > 0) return;
    void creation.create(set, info.values, replace);
  };
  return (
    <div className={styles.view} data-testid={TestIds.startView}>
      <Subtitle1 as="h2" className={styles.heading}>
        {t('pane.start.title')}
      </Subtitle1>
      {notice && <NoticeBar notice={notice} />}
      <Body1>{t('pane.start.intro')}</Body1>
      <SetPicker choice={choice} />
      {set && <UnitInfoFields set={set} info={info} />}
      {info.attempted && info.problems.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{t('pane.start.fixUnitInfo')}</MessageBarBody>
        </MessageBar>
      )}
      <CreationBars state={creation.state} onReplace={() => create(true)} />
      {creation.state.phase === 'creating' ? (
        <Spinner data-testid={TestIds.creating} size="small" label={t('pane.start.creating')} />
      ) : (
        <Button appearance="primary" data-testid={TestIds.createForm} disabled={!set} onClick={() => create(false)}>
          {t('pane.start.createForm')}
        </Button>
      )}
    </div>
  );
}

/** Why the open sheet, though it looks like a form, is not opened as one. */
function NoticeBar({ notice }: { notice: StartNotice }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {notice.kind === 'unknownSet'
          ? t('pane.start.unknownSet', { sheet: notice.sheet, setId: notice.setId })
          : t('pane.start.formUnreadable', { sheet: notice.sheet, detail: paneErrorDetail(notice.error, i18n) })}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Year and group pickers, and the chosen set's title and maximum. */
function SetPicker({ choice }: { choice: SetChoice }) {
  const { t, language } = useI18n();
  const { years, year, setYear, yearGroups, chosenGroup, setGroup, summary } = choice;
  return (
    <>
      <Field label={t('pane.start.yearLabel')}>
        <YearDropdown testId={TestIds.yearPicker} years={years} year={year} onYear={setYear} />
      </Field>
      <Field label={t('pane.start.groupLabel')}>
        <RadioGroup data-testid={TestIds.groupPicker} value={chosenGroup} onChange={(_, data) => setGroup(data.value as GroupId)}>
          {yearGroups.map((g) => (
            <Radio key={g.code} value={g.code} label={groupLabel({ language, t }, g)} data-testid={`${TestIds.groupPicker}-${g.code}`} />
          ))}
        </RadioGroup>
      </Field>
      {summary && (
        <div data-testid={TestIds.setSummary}>
          <Subtitle2 block>{summary.title}</Subtitle2>
          <Caption1>{t('pane.start.setSummary', { formName: summary.formName, max: formatNumber(summary.maxTotal, language) })}</Caption1>
        </div>
      )}
    </>
  );
}

/** The set's general fields (the unit's information), with their problems. */
function UnitInfoFields({ set, info }: { set: CriteriaSet; info: UnitInfo }) {
  const { t, render } = useI18n();
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>
        <Subtitle2>{t('pane.start.unitInfoTitle')}</Subtitle2>
      </legend>
      {set.generalFields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          value={info.values[field.id]}
          problems={info.shownProblems.filter((p) => p.fieldId === field.id).map((p) => render(p.message))}
          onCommit={(value) => info.commit(field.id, value)}
        />
      ))}
    </fieldset>
  );
}

/** Asking before a sheet of the same name is replaced, and why creating failed. */
function CreationBars({ state, onReplace }: { state: CreateState; onReplace: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (state.phase === 'confirmReplace') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('pane.start.sheetExists', { name: state.sheetName })}</MessageBarBody>
        <MessageBarActions>
          <Button data-testid={TestIds.replaceSheet} onClick={onReplace}>
            {t('pane.start.replaceSheet')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (state.phase !== 'failed') return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{t('pane.start.createFailed', { detail: paneErrorDetail(state.error, i18n) })}</MessageBarBody>
    </MessageBar>
  );
}
