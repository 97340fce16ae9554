// What this Excel skipped while the pane wrote a sheet (a form, a master): features of requirement
// sets an older Excel lacks (writer.skipped.*), one line each, in the pane's language, until dismissed.

import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Message } from '../../messages';
import { useI18n } from '../i18n/I18nProvider';
import { TestIds } from '../test-ids';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function SkippedBar({ skipped, onDismiss }: { skipped: readonly Message[]; onDismiss: () => void }) {
  const { t, render } = useI18n();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={TestIds.skippedBar}>
      <MessageBarBody>
        {t('writer.skippedTitle')}
        <ul className={styles.list}>
          {skipped.map((message, index) => (
            <li key={index}>{render(message)}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('pane.frame.dismiss')} icon={<DismissRegular />} onClick={onDismiss} />} />
    </MessageBar>
  );
}
