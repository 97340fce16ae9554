// Done / missing / invalid, as a coloured badge with its word (colour is never the only cue).

import { Badge, makeStyles } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import type { StepStatus } from '../logic/progress';

const LOOK: Record<StepStatus, { color: 'success' | 'warning' | 'danger'; key: MessageKey }> = {
  done: { color: 'success', key: 'statusDone' },
  missing: { color: 'warning', key: 'statusMissing' },
  invalid: { color: 'danger', key: 'statusInvalid' },
};

const useStyles = makeStyles({ badge: { whiteSpace: 'nowrap', flexShrink: 0 } });

export function StatusBadge({ status }: { status: StepStatus }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={LOOK[status].color} shape="rounded">
      {t(LOOK[status].key)}
    </Badge>
  );
}
