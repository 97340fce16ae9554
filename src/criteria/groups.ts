// Groups are data: a set names its group (code, Vietnamese name, level). Sets written before
// groups were data have no level; the three codes they could use imply it. Everything that
// lists groups (the pane's pickers, the master's sheets, the CLI) orders them by level.

import type { CriteriaSet, Group, GroupId, GroupLevel } from './model';
import { GROUP_LEVELS } from './model';

/** The level each code of the fixed so/huyen/xa list implied before groups were data. */
export const LEGACY_GROUP_LEVELS: ReadonlyMap<GroupId, GroupLevel> = new Map([['so', 'tinh'], ['huyen', 'huyen'], ['xa', 'xa']]);

/** The set's level: its own, or the one its legacy code implies; undefined when neither. */
export function groupLevelOf(set: Pick<CriteriaSet, 'group' | 'groupLevel'>): GroupLevel | undefined {
  return set.groupLevel ?? LEGACY_GROUP_LEVELS.get(set.group);
}

/** The group a (valid) set is made for. */
export function groupOf(set: Pick<CriteriaSet, 'group' | 'groupName' | 'groupLevel'>): Group {
  return { code: set.group, name: set.groupName, level: groupLevelOf(set) ?? 'tinh' };
}

/** Province agencies first, then districts, then communes; equal levels keep their order. */
export function compareGroups(a: Group, b: Group): number {
  return GROUP_LEVELS.indexOf(a.level) - GROUP_LEVELS.indexOf(b.level);
}

/** The distinct groups of `sets` (first set naming a code wins), ordered by level. */
export function groupsOf(sets: readonly Pick<CriteriaSet, 'group' | 'groupName' | 'groupLevel'>[]): Group[] {
  const byCode = new Map<GroupId, Group>();
  for (const set of sets) if (!byCode.has(set.group)) byCode.set(set.group, groupOf(set));
  return [...byCode.values()].sort(compareGroups);
}

/** The Vietnamese name of a group code among `groups`; the code itself when none names it. */
export function groupNameOf(code: GroupId, groups: readonly Group[]): string {
  return groups.find((g) => g.code === code)?.name ?? code;
}
