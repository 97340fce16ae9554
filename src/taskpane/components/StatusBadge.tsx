// Done / missing / invalid, as a coloured badge with its word (colour is never the only cue).

import { Badge, makeStyles } from '@fluentui/react-components';
import type { MessageCode } from '../../messages';
import { useI18n } from '../i18n/I18nProvider';
import type { StepStatus } from '../logic/progress';

const LOOK: Record<StepStatus, { color: 'success' | 'warning' | 'danger'; code: MessageCode }> = {
  done: { color: 'success', code: 'pane.overview.statusDone' },
  missing: { color: 'warning', code: 'pane.overview.statusMissing' },
  invalid: { color: 'danger', code: 'pane.overview.statusInvalid' },
};

const useStyles = makeStyles({ badge: { whiteSpace: 'nowrap', flexShrink: 0 } });

export function StatusBadge({ status }: { status: StepStatus }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={LOOK[status].color} shape="rounded">
      {t(LOOK[status].code)}
    </Badge>
  );
}
