// The last import, file by file: accepted, replaced, unchanged or rejected, with the reason in
// the pane's language (a rejection names the file and, where known, the sheet and cell).

import { Badge, Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { tellingText } from '../../../consolidate/telling';
import type { LogResult } from '../../../consolidate/types';
import type { ImportReport } from '../../hooks/useConsolidation';
import { useI18n } from '../../i18n/I18nProvider';
import { importResultTestId, TestIds } from '../../test-ids';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxHeight: '240px', overflowY: 'auto' },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  badge: { flexShrink: 0 },
});

const RESULT = {
  accepted: 'pane.consolidation.result.accepted',
  replaced: 'pane.consolidation.result.replaced',
  unchanged: 'pane.consolidation.result.unchanged',
  rejected: 'pane.consolidation.result.rejected',
} as const satisfies Record<LogResult, string>;

const COLOR: Record<LogResult, 'success' | 'brand' | 'informative' | 'danger'> = {
  accepted: 'success',
  replaced: 'brand',
  unchanged: 'informative',
  rejected: 'danger',
};

export function ImportResults({ report }: { report: ImportReport }) {
  const { t, language, render } = useI18n();
  const styles = useStyles();
  const count = (result: LogResult) => report.changes.filter((c) => c.result === result).length;
  return (
    <section data-testid={TestIds.importResults} aria-labelledby="import-results-title">
      <Subtitle2 block as="h3" id="import-results-title">
        {t('pane.consolidation.resultsTitle', { count: report.changes.length })}
      </Subtitle2>
      <Body1 as="p" data-testid={TestIds.resultsSummary}>
        {t('pane.consolidation.resultsSummary', { accepted: count('accepted'), replaced: count('replaced'), unchanged: count('unchanged'), rejected: count('rejected') })}{' '}
        {report.written > 0 ? t('pane.consolidation.sheetsWritten', { count: report.written }) : t('pane.consolidation.nothingWritten')}
      </Body1>
      {/* Scrolls when long: focusable so the list can be scrolled with the keyboard. */}
      <ul className={styles.list} tabIndex={0} aria-labelledby="import-results-title">
        {report.changes.map((change, i) => (
          <li key={i} className={styles.item} data-testid={importResultTestId(i)} data-result={change.result}>
            <Badge className={styles.badge} appearance="tint" color={COLOR[change.result]}>
              {t(RESULT[change.result])}
            </Badge>
            <Caption1>
              <strong>{change.fileName}</strong>: {tellingText(change.message, language, render)}
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
