// Resolving a criteria set id given on the command line, with a suggestion when misspelt.

import type { CriteriaSet } from '../criteria/model';
import { msg } from '../messages';
import { BUILTIN_SETS, findBuiltinSet } from '../sets';
import { suggest } from '../util/suggest';
import { UsageError } from './io';

export function requireSet(id: string | undefined): CriteriaSet {
  if (!id) throw new UsageError(msg('cli.missingSetId'), msg('cli.listSetsHint'));
  const set = findBuiltinSet(id);
  if (set) return set;
  const ids = BUILTIN_SETS.map((s) => s.id);
  const hint = suggest(id, ids);
  throw new UsageError(msg('cli.unknownSet', { set: id }), hint ? msg('cli.didYouMeanSet', { suggestion: hint }) : msg('cli.knownSets', { sets: ids }));
}
