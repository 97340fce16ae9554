// A group as the pane names it: groups are data, so the Vietnamese pane shows the name the set
// gives; the English pane has its own words only for the so / huyen / xa groups of the
// built-in sets and shows the set's (Vietnamese) name for any other.

import type { Group } from '../../criteria/model';
import type { Language } from './number-text';
import { translate, type MessageKey } from '../i18n/translate';

const ENGLISH_KEYS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([['so', 'group_so'], ['huyen', 'group_huyen'], ['xa', 'group_xa']]);

export function groupLabel(language: Language, group: Pick<Group, 'code' | 'name'>): string {
  const key = ENGLISH_KEYS.get(group.code);
  return language === 'en' && key !== undefined ? translate('en', key) : group.name;
}
