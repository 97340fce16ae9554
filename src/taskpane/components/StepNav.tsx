// Previous / Next buttons of guided entry and where the user is ("Bước 3/25"); on the last step,
// Next becomes "Hoàn tất" and leads to the finish step.

import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { msg } from '../../messages';
import { useI18n } from '../i18n/I18nProvider';
import { TestIds } from '../test-ids';

const useStyles = makeStyles({
  nav: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export interface StepNavProps {
  index: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  onFinish: () => void;
}

export function StepNav({ index, count, onPrevious, onNext, onFinish }: StepNavProps) {
  const { t, render } = useI18n();
  const last = index === count - 1;
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label={t('pane.entry.stepPosition', { index: index + 1, count })}>
      <Button
        data-testid={TestIds.previous}
        icon={<ChevronLeftRegular />}
        disabled={index === 0}
        title={t('pane.entry.previousLabel')}
        onClick={onPrevious}
      >
        {t('pane.entry.previous')}
      </Button>
      <Caption1 data-testid={TestIds.stepPosition}>{t('pane.entry.stepPosition', { index: index + 1, count })}</Caption1>
      <Button
        data-testid={TestIds.next}
        appearance="primary"
        icon={<ChevronRightRegular />}
        iconPosition="after"
        title={last ? render(msg('entry.toFinishHint')) : t('pane.entry.nextLabel')}
        onClick={last ? onFinish : onNext}
      >
        {last ? render(msg('entry.toFinish')) : t('pane.entry.next')}
      </Button>
    </nav>
  );
}
