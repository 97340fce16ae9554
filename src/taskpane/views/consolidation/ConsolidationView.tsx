// The consolidator's view ("Tổng hợp & xếp hạng"), loaded on demand with everything it uses
// (xlsx reading, the consolidation core, the rosters): set up the master in this workbook, import
// submitted files or form sheets already in it, and see the per-file results, each group's ranking
// as the workbook computes it, and who has not submitted. Appraisals are typed in the sheet.

import {
  Body1, Button, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Subtitle1, Subtitle2, tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowClockwiseRegular, DismissRegular } from '@fluentui/react-icons';
import { findBuiltinSet } from '../../../sets/builtin';
import { SHEET } from '../../../consolidate/master/layout';
import type { CellAddress, WorkbookPort } from '../../../excel/port';
import { useConsolidation } from '../../hooks/useConsolidation';
import { useI18n } from '../../i18n/I18nProvider';
import { paneErrorText } from '../../logic/pane-error';
import { TestIds } from '../../test-ids';
import { ImportPanel } from './ImportPanel';
import { ImportResults } from './ImportResults';
import { MasterSetup } from './MasterSetup';
import { RankingTable } from './RankingTable';
import { UnlistedUnits } from './UnlistedUnits';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface ConsolidationViewProps {
  port: WorkbookPort;
  /** Bumped by the pane's refresh button. */
  refreshTick: number;
  onBack: () => void;
}

export function ConsolidationView({ port, refreshTick, onBack }: ConsolidationViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const api = useConsolidation(port, refreshTick);
  const { snapshot, busy } = api;
  const select = (address: CellAddress) => void port.select(address).catch(() => undefined);
  const open = (sheet: string) => select({ sheet, row: 0, col: 0 });
  const busyOther = busy !== undefined && busy.kind !== 'reading';

  return (
    <div className={styles.view} data-testid={TestIds.consolidationView}>
      <div className={styles.top}>
        <Subtitle1 as="h2" className={styles.heading}>
          {t('pane.consolidation.title')}
        </Subtitle1>
        <div>
          <Button appearance="subtle" size="small" icon={<ArrowClockwiseRegular />} aria-label={t('pane.consolidation.refreshMaster')} title={t('pane.consolidation.refreshMaster')} data-testid={TestIds.consolidationRefresh} disabled={busyOther} onClick={() => void api.reload()} />
          <Button appearance="subtle" size="small" icon={<ArrowLeftRegular />} data-testid={TestIds.consolidationBack} disabled={busyOther} onClick={onBack}>
            {t('pane.consolidation.back')}
          </Button>
        </div>
      </div>
      {api.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.frame.errorTitle')}</MessageBarTitle>
            {paneErrorText(api.error, i18n)}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('pane.frame.dismiss')} icon={<DismissRegular />} onClick={api.dismissError} />} />
        </MessageBar>
      )}
      {!snapshot && <Spinner size="small" label={t('pane.consolidation.reading')} />}
      {snapshot && !snapshot.isMaster && (
        <MasterSetup port={port} sheetNames={snapshot.sheetNames} busy={busy?.kind === 'settingUp'} onSetUp={(roster) => void api.setUp(roster)} />
      )}
      {snapshot?.isMaster && (
        <>
          <Body1 data-testid={TestIds.masterSummary}>
            {t('pane.consolidation.masterSummary', { roster: snapshot.state.roster.length, received: snapshot.state.units.length, missing: snapshot.notSubmitted.length })}
          </Body1>
          <div className={styles.links}>
            <Link as="button" onClick={() => open(SHEET.appraisal)}>
              {t('pane.consolidation.openAppraisal')}
            </Link>
            <Link as="button" onClick={() => open(SHEET.roster)}>
              {t('pane.consolidation.openRoster')}
            </Link>
          </div>
        </>
      )}
      {snapshot && (
        <ImportPanel
          busy={busy}
          years={api.years}
          year={api.year}
          group={api.group}
          groups={api.groups}
          formSheets={snapshot.formSheets}
          onYear={api.setYear}
          onGroup={api.setGroup}
          onFiles={(files) => void api.importFiles(files)}
          onMergeSheets={() => void api.mergeSheets()}
          onCancel={api.cancel}
        />
      )}
      {api.cancelled && <MessageBar intent="info"><MessageBarBody>{t('pane.consolidation.importCancelled')}</MessageBarBody></MessageBar>}
      {api.report && <ImportResults report={api.report} />}
      {snapshot?.isMaster && snapshot.unlisted.length > 0 && <UnlistedUnits units={snapshot.unlisted} groups={api.groups} busy={busy !== undefined} onAccept={(ids) => void api.accept(ids)} />}
      {snapshot?.isMaster && snapshot.rankings.length === 0 && <Body1>{t('pane.consolidation.noUnitsYet')}</Body1>}
      {snapshot?.rankings.map((ranking) => (
        <div key={ranking.sheet}>
          <RankingTable ranking={ranking} precision={findBuiltinSet(ranking.setId)?.precision ?? 2} onSelect={select} />
          <Link as="button" onClick={() => open(ranking.sheet)}>
            {t('pane.consolidation.openSummary')}
          </Link>
        </div>
      ))}
      {snapshot?.isMaster && (
        <section data-testid={TestIds.notSubmitted} aria-labelledby="not-submitted-title">
          <Subtitle2 block as="h3" id="not-submitted-title">
            {t('pane.consolidation.notSubmittedTitle', { count: snapshot.notSubmitted.length })}
          </Subtitle2>
          {snapshot.notSubmitted.length === 0 ? (
            <Body1>{t('pane.consolidation.notSubmittedNone')}</Body1>
          ) : (
            <ul className={styles.list}>
              {snapshot.notSubmitted.map((r) => (
                <li key={r.code}>
                  <Body1>{r.ranked ? r.name : t('pane.consolidation.notRankedUnit', { name: r.name })}</Body1>
                </li>
              ))}
            </ul>
          )}
          <Link as="button" onClick={() => open(SHEET.missing)}>
            {t('pane.consolidation.openMissing')}
          </Link>
        </section>
      )}
    </div>
  );
}
