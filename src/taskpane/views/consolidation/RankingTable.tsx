// One group's ranking as the workbook's summary sheet shows it (rank, unit, appraised total,
// band, flags), best first; each unit links to its own sheet.

import {
  Button, Caption1, makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import type { GroupRanking, RankingRow } from '../../../consolidate/master/read-ranking';
import type { CellAddress } from '../../../excel/port';
import { msg } from '../../../messages';
import { useI18n } from '../../i18n/I18nProvider';
import { formatNumber } from '../../logic/number-text';
import { groupLabel } from '../../logic/group-label';
import { rankingRowTestId, rankingTestId, TestIds } from '../../test-ids';

// At 320 px the columns share the width and long names wrap; what still does not fit scrolls
// inside the table's own box (focusable, so the keyboard scrolls it), never the whole pane.
const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'auto', minWidth: '260px' },
  rank: { width: '4.5em' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  wrap: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
  unit: { height: 'auto', minHeight: 0, padding: 0, textAlign: 'start', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular, whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0, maxWidth: '100%' },
});

/** Rank order; units without a rank (not ranked) last, in the sheet's order. */
export function rankOrder(rows: readonly RankingRow[]): RankingRow[] {
  return rows.slice().sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.row - b.row);
}

export interface RankingTableProps {
  ranking: GroupRanking;
  precision: number;
  onSelect: (address: CellAddress) => void;
}

export function RankingTable({ ranking, precision, onSelect }: RankingTableProps) {
  const { t, language, render } = useI18n();
  const styles = useStyles();
  const titleId = `ranking-title-${ranking.group}`;
  const rankText = (row: RankingRow) => (!row.listed ? render(msg('ranking.unlistedRank')) : row.rank === null ? t('pane.consolidation.notRanked') : String(row.rank));
  return (
    <section aria-labelledby={titleId}>
      <Subtitle2 block as="h3" id={titleId}>
        {t('pane.consolidation.rankingTitle', { group: groupLabel({ language, t }, { code: ranking.group, name: ranking.groupName }) })}
      </Subtitle2>
      <Caption1 as="p">{t('pane.consolidation.rankingCaption', { sheet: ranking.sheet })}</Caption1>
      <div className={styles.scroller} tabIndex={0} data-scrolls-sideways="">
        <Table className={styles.table} size="small" aria-labelledby={titleId} data-testid={rankingTestId(ranking.group)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.rank}>{t('pane.consolidation.colRank')}</TableHeaderCell>
              <TableHeaderCell>{t('pane.consolidation.colUnit')}</TableHeaderCell>
              <TableHeaderCell>{t('pane.consolidation.colTotal')}</TableHeaderCell>
              <TableHeaderCell>{t('pane.consolidation.colBand')}</TableHeaderCell>
              <TableHeaderCell>{t('pane.consolidation.colFlags')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rankOrder(ranking.rows).map((row) => (
              <TableRow key={row.sheet} data-testid={rankingRowTestId(row.sheet)}>
                <TableCell className={styles.wrap} data-testid={TestIds.rankingRank}>{rankText(row)}</TableCell>
                <TableCell className={styles.wrap}>
                  <Button appearance="transparent" size="small" className={styles.unit} title={t('pane.consolidation.openUnitSheet', { unit: row.unit })} onClick={() => onSelect({ sheet: row.sheet, row: 0, col: 0 })}>
                    {row.unit}
                  </Button>
                  {row.previous !== null && row.previous !== '' && (
                    <Caption1 block data-testid={TestIds.rankingPrevious}>
                      {render(msg('roster.pane.lastYear', { value: typeof row.previous === 'number' ? formatNumber(row.previous, language, precision) : String(row.previous) }))}
                    </Caption1>
                  )}
                </TableCell>
                <TableCell className={styles.number} data-testid={TestIds.rankingTotal}>
                  <Button appearance="transparent" size="small" className={styles.unit} onClick={() => onSelect({ sheet: ranking.sheet, row: row.row, col: ranking.appraisedCol })}>
                    {typeof row.appraised === 'number' ? formatNumber(row.appraised, language, precision) : String(row.appraised ?? '')}
                  </Button>
                </TableCell>
                <TableCell className={styles.wrap}>{row.band}</TableCell>
                <TableCell className={styles.wrap}>
                  <Caption1>{row.flags}</Caption1>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
