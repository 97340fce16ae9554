// Resolving a criteria set id given on the command line, with a suggestion when misspelt.

import type { CriteriaSet } from '../criteria/model';
import { BUILTIN_SETS, findBuiltinSet } from '../sets';
import { suggest } from '../util/suggest';
import { UsageError } from './io';

export function requireSet(id: string | undefined): CriteriaSet {
  if (!id) throw new UsageError('Missing argument: the criteria set id.', 'Run "egov-scorecard sets" to list them.');
  const set = findBuiltinSet(id);
  if (set) return set;
  const ids = BUILTIN_SETS.map((s) => s.id);
  const hint = suggest(id, ids);
  throw new UsageError(`Unknown criteria set: ${id}`, hint ? `Did you mean "${hint}"? (egov-scorecard sets lists them)` : `Known sets: ${ids.join(', ')}`);
}
