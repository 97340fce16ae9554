// Which roster a command uses: `--roster` names built-in rosters by id and/or roster files,
// separated by commas (`--roster phutho-2025-so,phutho-2025-xa`); without it, the built-in
// rosters that describe the year of the forms being ranked.

import * as fs from 'node:fs';
import { BUILTIN_ROSTERS, builtinRoster, builtinRostersFor, findBuiltinRoster, type RosterEntry } from '../consolidate';
import type { SubmissionResult } from '../consolidate/types';
import { BUILTIN_SETS } from '../sets';
import { msg } from '../messages/message';
import { UsageError } from './io';

/**
 * The entries `--roster` names; `fromFile` reads a roster file. An existing file wins over an id;
 * a name that is neither is a usage error listing the built-in ids.
 */
export function rosterOption(value: string, fromFile: (file: string) => RosterEntry[]): RosterEntry[] {
  if (fs.existsSync(value)) return fromFile(value);
  const parts = value.split(',').map((p) => p.trim()).filter((p) => p !== '');
  return parts.flatMap((part) => {
    if (findBuiltinRoster(part)) return builtinRoster(part);
    if (fs.existsSync(part)) return fromFile(part);
    throw new UsageError(msg('roster.unknownId', { id: part, ids: BUILTIN_ROSTERS.map((r) => r.id) }));
  });
}

/**
 * The built-in rosters of the latest year among the accepted forms (2025 and later: the
 * two-level structure); the rosters of the structure before 2025 when no form was accepted.
 */
export function defaultRoster(results: readonly SubmissionResult[]): RosterEntry[] {
  const years = results.flatMap((r) => (r.ok ? [BUILTIN_SETS.find((s) => s.id === r.submission.setId)?.year ?? r.submission.year] : []));
  const year = years.length > 0 ? Math.max(...years) : undefined;
  const files = year === undefined ? BUILTIN_ROSTERS.filter((r) => r.validFrom === undefined) : builtinRostersFor(year);
  return files.flatMap((r) => builtinRoster(r.id));
}
