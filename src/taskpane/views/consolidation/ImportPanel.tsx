// Where forms come in: the year and group accepted, a multi-file picker opened by a click in the
// pane, "merge the form sheets already in this workbook", and the reading progress with cancel.

import { Button, Caption1, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, ProgressBar, Subtitle2, tokens } from '@fluentui/react-components';
import { YearDropdown } from '../../components/YearDropdown';
import { useRef } from 'react';
import type { Group, GroupId } from '../../../criteria/model';
import type { Busy } from '../../hooks/useConsolidation';
import { useI18n } from '../../i18n/I18nProvider';
import { groupLabel } from '../../logic/group-label';
import { TestIds } from '../../test-ids';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
});

const ALL = 'all';

export interface ImportPanelProps {
  busy?: Busy;
  years: number[];
  year: number;
  group: GroupId | undefined;
  /** The groups of the year's sets, in order. */
  groups: Group[];
  formSheets: string[];
  onYear: (year: number) => void;
  onGroup: (group: GroupId | undefined) => void;
  onFiles: (files: File[]) => void;
  onMergeSheets: () => void;
  onCancel: () => void;
}

export function ImportPanel(props: ImportPanelProps) {
  const { busy, formSheets } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const working = busy !== undefined && busy.kind !== 'reading';
  return (
    <section className={styles.panel} aria-labelledby="import-title">
      <Subtitle2 block as="h3" id="import-title">
        {t('pane.consolidation.importTitle')}
      </Subtitle2>
      <AcceptedForms {...props} working={working} />
      <div className={styles.actions}>
        <FilePicker working={working} onFiles={props.onFiles} />
        {formSheets.length > 0 && (
          <Button data-testid={TestIds.mergeSheets} disabled={working} onClick={props.onMergeSheets} title={t('pane.consolidation.mergeSheetsHint', { list: formSheets.join(', ') })}>
            {t('pane.consolidation.mergeSheets', { count: formSheets.length })}
          </Button>
        )}
      </div>
      {busy?.kind === 'parsing' && <ReadingProgress busy={busy} onCancel={props.onCancel} />}
      {busy?.kind === 'merging' && <Caption1>{t('pane.consolidation.merging')}</Caption1>}
    </section>
  );
}

/** The year and group whose forms are accepted. */
function AcceptedForms({ years, year, group, groups, working, onYear, onGroup }: ImportPanelProps & { working: boolean }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const groupValue = group ?? ALL;
  const labelOf = (code: string) => {
    const g = groups.find((x) => x.code === code);
    return code === ALL || !g ? t('pane.consolidation.acceptAllGroups') : groupLabel({ language, t }, g);
  };
  return (
    <div className={styles.row}>
      <Field label={t('pane.consolidation.acceptYear')}>
        <YearDropdown testId={TestIds.acceptYear} years={years} year={year} disabled={working} onYear={onYear} />
      </Field>
      <Field label={t('pane.consolidation.acceptGroup')}>
        <Dropdown
          data-testid={TestIds.acceptGroup}
          value={labelOf(groupValue)}
          selectedOptions={[groupValue]}
          disabled={working}
          onOptionSelect={(_, d) => onGroup(d.optionValue === ALL || !d.optionValue ? undefined : (d.optionValue as GroupId))}
        >
          {[ALL, ...groups.map((g) => g.code)].map((g) => (
            <Option key={g} value={g}>
              {labelOf(g)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}

/** A button that opens the browser's multi-file picker for submitted .xlsx forms. */
function FilePicker({ working, onFiles }: { working: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance="primary" data-testid={TestIds.pickFiles} disabled={working} onClick={() => input.current?.click()}>
        {t('pane.consolidation.pickFiles')}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        data-testid={TestIds.fileInput}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('pane.consolidation.pickFilesLabel')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

/** Files read so far (and the one being read), with cancel. */
function ReadingProgress({ busy, onCancel }: { busy: Extract<Busy, { kind: 'parsing' }>; onCancel: () => void }) {
  const { t } = useI18n();
  const { done, total, current } = busy.progress;
  return (
    <div data-testid={TestIds.importProgress}>
      {busy.inPane && (
        <MessageBar intent="warning" layout="multiline" data-testid={TestIds.inPaneNotice}>
          <MessageBarBody>{t('pane.consolidation.parsingInPane')}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        validationState="none"
        validationMessage={current ? t('pane.consolidation.parsingFile', { done, total, name: current }) : t('pane.consolidation.parsingProgress', { done, total })}
      >
        <ProgressBar value={done} max={Math.max(1, total)} aria-label={t('pane.consolidation.parsingProgress', { done, total })} />
      </Field>
      <Button data-testid={TestIds.cancelImport} onClick={onCancel}>
        {t('pane.consolidation.cancelImport')}
      </Button>
    </div>
  );
}
