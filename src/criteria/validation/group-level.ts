// A set names its group's level, unless its code is one of so / huyen / xa, whose level sets
// written before groups were data imply (criteria/groups.ts).

import { groupLevelOf } from '../groups';
import type { CriteriaSet } from '../model';
import { GROUP_LEVELS } from '../model';
import type { IssueList } from './issues';

export function checkGroupLevel(set: CriteriaSet, issues: IssueList): void {
  if (groupLevelOf(set) !== undefined) return;
  const levels = GROUP_LEVELS.join(', ');
  issues.error(
    'groupLevel',
    'groupLevelMissing',
    `nhóm '${set.group}' cần ghi cấp của nhóm: ${levels} (cấp tỉnh, cấp huyện hoặc cấp xã)`,
    `group '${set.group}' needs its level: ${levels} (province, district or commune)`,
  );
}
