// The pane's header: its title, the open form, the language switch and the refresh button.

import { Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, LocalLanguageRegular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nProvider';
import { TestIds } from '../test-ids';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

export interface HeaderProps {
  caption?: string;
  saving: boolean;
  onToggleLanguage: () => void;
  onRefresh: () => void;
}

export function Header({ caption, saving, onToggleLanguage, onRefresh }: HeaderProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header} data-testid={TestIds.header}>
      <div className={styles.titles}>
        <Subtitle2 as="h1" className={styles.title}>
          {t('pane.frame.appTitle')}
        </Subtitle2>
        {caption && <Caption1>{caption}</Caption1>}
      </div>
      <div className={styles.actions}>
        {saving && <Spinner size="extra-tiny" aria-label={t('pane.entry.saving')} />}
        <Button
          size="small"
          appearance="subtle"
          icon={<LocalLanguageRegular />}
          data-testid={TestIds.languageSwitch}
          title={t('pane.frame.switchLanguageLabel')}
          lang={language === 'vi' ? 'en' : 'vi'}
          onClick={onToggleLanguage}
        >
          {t('pane.frame.switchLanguage')}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowClockwiseRegular />}
          data-testid={TestIds.refresh}
          title={t('pane.frame.refreshLabel')}
          onClick={onRefresh}
        >
          {t('pane.frame.refresh')}
        </Button>
      </div>
    </header>
  );
}
