// The total and band as the workbook computed them (read from the form's total and band cells).

import { Caption1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';
import { scoreCellText } from '../logic/cell-text';
import type { LoadedForm } from '../logic/load-form';
import { formatNumber } from '../logic/number-text';
import { TestIds } from '../test-ids';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalXL, flexWrap: 'wrap' },
  item: { display: 'flex', flexDirection: 'column' },
});

export function TotalSummary({ form }: { form: LoadedForm }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { cached } = form.filled;
  const band = typeof cached.band === 'string' && cached.band.trim() !== '' ? cached.band : t('pane.overview.bandNone');
  return (
    <div className={styles.row}>
      <div className={styles.item}>
        <Caption1>{t('pane.overview.totalLabel')}</Caption1>
        <Subtitle1>
          <span data-testid={TestIds.total}>{scoreCellText(cached.total, language, form.set.precision)}</span>
          {` / ${formatNumber(form.set.maxTotal, language, form.set.precision)}`}
        </Subtitle1>
      </div>
      {form.set.bands.length > 0 && (
        <div className={styles.item}>
          <Caption1>{t('pane.overview.bandLabel')}</Caption1>
          <Subtitle1 data-testid={TestIds.band}>{band}</Subtitle1>
        </div>
      )}
    </div>
  );
}
