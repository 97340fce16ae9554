// The consolidator's view ("Tổng hợp & xếp hạng"), loaded on demand with everything it uses
// (xlsx reading, the consolidation core, the rosters): set up the master in this workbook, import
// submitted files or form sheets already in it, and see the per-file results, each group's ranking
// as the workbook computes it, and who has not submitted. Appraisals are typed in the sheet.

import { Body1, Button, Link, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowClockwiseRegular } from '@fluentui/react-icons';
import { findBuiltinSet } from '../../../sets/builtin';
import { SHEET } from '../../../consolidate/master/layout';
import type { CellAddress, WorkbookPort } from '../../../excel/port';
import { ErrorBar } from '../../components/ErrorBar';
import type { MasterSnapshot } from '../../consolidation/master-io';
import { useConsolidation } from '../../hooks/useConsolidation';
import { useI18n } from '../../i18n/I18nProvider';
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
  const { t } = useI18n();
  const styles = useStyles();
  const api = useConsolidation(port, refreshTick);
  const { snapshot, busy } = api;
  const select = (address: CellAddress) => void port.select(address).catch(() => undefined);
  const open = (sheet: string) => select({ sheet, row: 0, col: 0 });
  const master = snapshot?.isMaster ? snapshot : undefined;

  return (
    <div className={styles.view} data-testid={TestIds.consolidationView}>
      <ViewTop busy={busy !== undefined && busy.kind !== 'reading'} onReload={() => void api.reload()} onBack={onBack} />
      {api.error && <ErrorBar error={api.error} onDismiss={api.dismissError} />}
      {!snapshot && <Spinner size="small" label={t('pane.consolidation.reading')} />}
      {snapshot && !snapshot.isMaster && (
        <MasterSetup port={port} sheetNames={snapshot.sheetNames} busy={busy?.kind === 'settingUp'} onSetUp={(roster) => void api.setUp(roster)} />
      )}
      {master && <MasterLinks master={master} open={open} />}
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
      {master && master.unlisted.length > 0 && <UnlistedUnits units={master.unlisted} groups={api.groups} busy={busy !== undefined} onAccept={(ids) => void api.accept(ids)} />}
      {master && master.rankings.length === 0 && <Body1>{t('pane.consolidation.noUnitsYet')}</Body1>}
      {snapshot && <Rankings snapshot={snapshot} select={select} open={open} />}
      {master && <NotSubmitted master={master} open={open} />}
    </div>
  );
}

/** The view's title, with re-reading the master and the way back to the form. */
function ViewTop({ busy, onReload, onBack }: { busy: boolean; onReload: () => void; onBack: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.top}>
      <Subtitle1 as="h2" className={styles.heading}>
        {t('pane.consolidation.title')}
      </Subtitle1>
      <div>
        <Button appearance="subtle" size="small" icon={<ArrowClockwiseRegular />} aria-label={t('pane.consolidation.refreshMaster')} title={t('pane.consolidation.refreshMaster')} data-testid={TestIds.consolidationRefresh} disabled={busy} onClick={onReload} />
        <Button appearance="subtle" size="small" icon={<ArrowLeftRegular />} data-testid={TestIds.consolidationBack} disabled={busy} onClick={onBack}>
          {t('pane.consolidation.back')}
        </Button>
      </div>
    </div>
  );
}

/** The master's counts, and links to the sheets where appraisals and the roster are typed. */
function MasterLinks({ master, open }: { master: MasterSnapshot; open: (sheet: string) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <>
      <Body1 data-testid={TestIds.masterSummary}>
        {t('pane.consolidation.masterSummary', { roster: master.state.roster.length, received: master.state.units.length, missing: master.notSubmitted.length })}
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
  );
}

/** Each group's ranking as the workbook computes it, with a link to its summary sheet. */
function Rankings({ snapshot, select, open }: { snapshot: MasterSnapshot; select: (address: CellAddress) => void; open: (sheet: string) => void }) {
  const { t } = useI18n();
  return (
    <>
      {snapshot.rankings.map((ranking) => (
        <div key={ranking.sheet}>
          <RankingTable ranking={ranking} precision={findBuiltinSet(ranking.setId)?.precision ?? 2} onSelect={select} />
          <Link as="button" onClick={() => open(ranking.sheet)}>
            {t('pane.consolidation.openSummary')}
          </Link>
        </div>
      ))}
    </>
  );
}

/** The units on the roster that have not submitted. */
function NotSubmitted({ master, open }: { master: MasterSnapshot; open: (sheet: string) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section data-testid={TestIds.notSubmitted} aria-labelledby="not-submitted-title">
      <Subtitle2 block as="h3" id="not-submitted-title">
        {t('pane.consolidation.notSubmittedTitle', { count: master.notSubmitted.length })}
      </Subtitle2>
      {master.notSubmitted.length === 0 ? (
        <Body1>{t('pane.consolidation.notSubmittedNone')}</Body1>
      ) : (
        <ul className={styles.list}>
          {master.notSubmitted.map((r) => (
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
  );
}
