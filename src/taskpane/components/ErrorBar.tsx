// A failure the user can dismiss: what was being done, with its detail, in the pane's language.

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nProvider';
import { paneErrorText, type PaneError } from '../logic/pane-error';

export function ErrorBar({ error, onDismiss, testId }: { error: PaneError; onDismiss: () => void; testId?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{t('pane.frame.errorTitle')}</MessageBarTitle>
        {paneErrorText(error, i18n)}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('pane.frame.dismiss')} icon={<DismissRegular />} onClick={onDismiss} />} />
    </MessageBar>
  );
}
