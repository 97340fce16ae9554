// Done / missing / invalid, as a coloured badge with its word (colour is never the only cue).

import { Badge } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import type { StepStatus } from '../logic/progress';

const LOOK: Record<StepStatus, { color: 'success' | 'warning' | 'danger'; key: MessageKey }> = {
  done: { color: 'success', key: 'statusDone' },
  missing: { color: 'warning', key: 'statusMissing' },
  invalid: { color: 'danger', key: 'statusInvalid' },
};

export function statusKey(status: StepStatus): MessageKey {
  return LOOK[status].key;
}

export function StatusBadge({ status }: { status: StepStatus }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={LOOK[status].color} shape="rounded">
      {t(LOOK[status].key)}
    </Badge>
  );
}
