// Units received but not on the roster ("ngoài danh sách"): listed apart, not ranked until the
// consolidator accepts them into the roster here (one by one, or all at once). Accepting gives a
// unit a roster code of its own; its appraisals stay attached.

import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Group } from '../../../criteria/model';
import type { UnitRecord } from '../../../consolidate/types';
import { msg } from '../../../messages';
import { useI18n } from '../../i18n/I18nProvider';
import { groupLabel } from '../../logic/group-label';
import { TestIds, unlistedUnitTestId } from '../../test-ids';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

export interface UnlistedUnitsProps {
  units: readonly UnitRecord[];
  groups: readonly Group[];
  busy: boolean;
  onAccept: (ids?: readonly string[]) => void;
}

export function UnlistedUnits({ units, groups, busy, onAccept }: UnlistedUnitsProps) {
  const { language, render, t } = useI18n();
  const styles = useStyles();
  const groupName = (code: string) => groupLabel({ language, t }, groups.find((g) => g.code === code) ?? { code, name: code });
  return (
    <section data-testid={TestIds.unlisted} aria-labelledby="unlisted-title">
      <Subtitle2 block as="h3" id="unlisted-title">
        {render(msg('ranking.unlisted.title', { count: units.length }))}
      </Subtitle2>
      <Body1 as="p">{render(msg('ranking.unlisted.explain'))}</Body1>
      <ul className={styles.list}>
        {units.map((unit, index) => (
          <li key={unit.id} className={styles.item} data-testid={unlistedUnitTestId(unit.name)}>
            <span className={styles.name} id={`unlisted-unit-${index}`}>
              <Body1>{unit.name}</Body1>
              <Caption1>{render(msg('ranking.unlisted.from', { group: groupName(unit.group), file: unit.fileName }))}</Caption1>
            </span>
            <Button size="small" disabled={busy} aria-describedby={`unlisted-unit-${index}`} onClick={() => onAccept([unit.id])}>
              {render(msg('ranking.unlisted.accept'))}
            </Button>
          </li>
        ))}
      </ul>
      {units.length > 1 && (
        <Button appearance="primary" disabled={busy} data-testid={TestIds.acceptAllUnlisted} onClick={() => onAccept()}>
          {render(msg('ranking.unlisted.acceptAll', { count: units.length }))}
        </Button>
      )}
    </section>
  );
}
