// A group as the pane names it: groups are data, so the Vietnamese pane shows the name the set
// gives; the English pane has its own words only for the so / huyen / xa groups of the
// built-in sets and shows the set's (Vietnamese) name for any other.

import type { Group } from '../../criteria/model';
import type { I18n } from '../i18n/I18nProvider';

const ENGLISH_NAMES = new Map([
  ['so', 'pane.start.group.so'],
  ['huyen', 'pane.start.group.huyen'],
  ['xa', 'pane.start.group.xa'],
] as const);

export function groupLabel({ language, t }: Pick<I18n, 'language' | 't'>, group: Pick<Group, 'code' | 'name'>): string {
  const code = ENGLISH_NAMES.get(group.code as 'so' | 'huyen' | 'xa');
  return language === 'en' && code !== undefined ? t(code) : group.name;
}
