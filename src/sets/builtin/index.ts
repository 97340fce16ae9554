// The criteria sets shipped with the add-in, as data files. Each is validated when this
// module loads: a malformed built-in is a packaging error and must fail loudly.

import { groupLevelOf } from '../../criteria/groups';
import type { CriteriaSet, GroupId, GroupLevel } from '../../criteria/model';
import { LocalizedError, msg } from '../../messages';
import { errorsOf, validateSet } from '../validate';
import phutho2016So from './phutho-2016-so.json';
import phutho2016Huyen from './phutho-2016-huyen.json';
import phutho2018So from './phutho-2018-so.json';
import phutho2018Huyen from './phutho-2018-huyen.json';
import phutho2018Xa from './phutho-2018-xa.json';
import phutho2025So from './phutho-2025-so.json';
import phutho2025Xa from './phutho-2025-xa.json';

const FILES: Record<string, unknown> = {
  'phutho-2016-so.json': phutho2016So,
  'phutho-2016-huyen.json': phutho2016Huyen,
  'phutho-2018-so.json': phutho2018So,
  'phutho-2018-huyen.json': phutho2018Huyen,
  'phutho-2018-xa.json': phutho2018Xa,
  'phutho-2025-so.json': phutho2025So,
  'phutho-2025-xa.json': phutho2025Xa,
};

/** Validates one built-in file; throws naming the file and its first errors when it is invalid. */
export function loadBuiltin(fileName: string, value: unknown): CriteriaSet {
  const { set, issues } = validateSet(value);
  if (!set) {
    const errors = errorsOf(issues)
      .slice(0, 5)
      .map((issue) => `${issue.path} (${issue.code})`);
    throw new LocalizedError(msg('setcheck.builtinInvalid', { file: fileName, errors }));
  }
  return set;
}

export const BUILTIN_SETS: CriteriaSet[] = Object.entries(FILES).map(([fileName, value]) => loadBuiltin(fileName, value));

export function findBuiltinSet(id: string): CriteriaSet | undefined {
  return BUILTIN_SETS.find((set) => set.id === id);
}

export interface BuiltinSummary {
  id: string;
  title: string;
  year: number;
  group: GroupId;
  groupName: string;
  groupLevel: GroupLevel;
  formName: string;
  maxTotal: number;
}

/** What a picker shows: one line per built-in set (year × group). */
export function listBuiltinSets(): BuiltinSummary[] {
  return BUILTIN_SETS.map((set) => {
    const { id, title, year, group, groupName, formName, maxTotal } = set;
    return { id, title, year, group, groupName, groupLevel: groupLevelOf(set) ?? 'tinh', formName, maxTotal };
  });
}
