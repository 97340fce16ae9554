// Setting up the master in a workbook that has none: the roster is a built-in one (Việt Trì's
// wards and communes, Phú Thọ's districts, the province's departments) or the user's own sheet
// (columns "Tên đơn vị" and "Nhóm", as the master's "Danh sách" sheet has them).

import { Body1, Button, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { BUILTIN_ROSTERS, builtinRoster, rosterFromGrid } from '../../../consolidate/rosters';
import { SHEET } from '../../../consolidate/master/layout';
import type { RosterEntry } from '../../../consolidate/types';
import type { WorkbookPort } from '../../../excel/port';
import { useI18n } from '../../i18n/I18nProvider';
import { TestIds } from '../../test-ids';

const useStyles = makeStyles({
  setup: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const OWN = 'own-sheet';

export interface MasterSetupProps {
  port: WorkbookPort;
  sheetNames: string[];
  busy: boolean;
  onSetUp: (roster: RosterEntry[]) => void;
}

export function MasterSetup({ port, sheetNames, busy, onSetUp }: MasterSetupProps) {
  const { t, render } = useI18n();
  const styles = useStyles();
  const [choice, setChoice] = useState<string>(BUILTIN_ROSTERS[BUILTIN_ROSTERS.length - 1].id);
  const [sheet, setSheet] = useState<string | undefined>(sheetNames.find((n) => n === SHEET.roster) ?? sheetNames[0]);
  const [problem, setProblem] = useState<string>();

  const submit = async () => {
    setProblem(undefined);
    if (choice !== OWN) return onSetUp(builtinRoster(choice));
    if (!sheet) return;
    try {
      const read = rosterFromGrid(await port.readSheet(sheet));
      if (read.entries.length > 0) return onSetUp(read.entries);
      const detail = read.problems.map((p) => render(p.message)).join(' ');
      setProblem(t('pane.consolidation.rosterSheetEmpty', { sheet, detail }));
    } catch (e) {
      setProblem(t('pane.consolidation.rosterSheetEmpty', { sheet, detail: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section className={styles.setup} data-testid={TestIds.masterSetup} aria-labelledby="master-setup-title">
      <Subtitle2 block as="h3" id="master-setup-title">
        {t('pane.consolidation.setupTitle')}
      </Subtitle2>
      <Body1>{t('pane.consolidation.setupIntro')}</Body1>
      <Field label={t('pane.consolidation.rosterLabel')}>
        <RadioGroup data-testid={TestIds.rosterPicker} value={choice} onChange={(_, data) => setChoice(data.value)}>
          {BUILTIN_ROSTERS.map((r) => (
            <Radio key={r.id} value={r.id} label={t('pane.consolidation.rosterUnits', { title: r.title, count: r.units.length })} data-testid={`${TestIds.rosterPicker}-${r.id}`} />
          ))}
          <Radio value={OWN} label={t('pane.consolidation.rosterOwnSheet')} data-testid={`${TestIds.rosterPicker}-${OWN}`} />
        </RadioGroup>
      </Field>
      {choice === OWN && (
        <Field label={t('pane.consolidation.rosterSheetLabel')}>
          <Dropdown data-testid={TestIds.rosterSheet} value={sheet ?? ''} selectedOptions={sheet ? [sheet] : []} onOptionSelect={(_, data) => setSheet(data.optionValue)}>
            {sheetNames.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" data-testid={TestIds.setUpMaster} disabled={busy || (choice === OWN && !sheet)} onClick={() => void submit()}>
          {busy ? t('pane.consolidation.settingUp') : t('pane.consolidation.setUpMaster')}
        </Button>
      </div>
    </section>
  );
}
