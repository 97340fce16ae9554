// The built-in rosters: data files of the units a consolidator expects forms from, each with its
// sources, the years it describes (the structure before 1 July 2025, or after), and for merged
// units the units they were formed from.

import { groupOf } from '../../criteria/groups';
import type { CriteriaSet, Group, GroupId } from '../../criteria/model';
import { LocalizedError } from '../../messages/localized-error';
import { msg } from '../../messages/message';
import { cleanName } from '../names';
import type { Predecessor, RosterEntry } from '../types';
import type { RosterHeader } from './header';
import phutho2025So from './phutho-2025-so.json';
import phutho2025Xa from './phutho-2025-xa.json';
import phuthoHuyen from './phutho-huyen.json';
import phuthoSo from './phutho-so.json';
import viettriXa from './viettri-xa.json';

export interface RosterUnit {
  code: string;
  name: string;
  /** false = "evaluated, not ranked"; default true. */
  ranked?: boolean;
  predecessors?: Predecessor[];
  /** The clause of the act that formed the unit (NQ 1676/NQ-UBTVQH15, Điều 1). */
  clause?: number;
  /** Where this unit's facts come from, when not the roster's source. */
  source?: string;
  /** The unit's own governing body, when it differs from the roster's (see header.ts). */
  superior?: string;
}

export interface RosterFile {
  id: string;
  title: string;
  group: GroupId;
  /** The years the roster describes (inclusive); open-ended when absent. */
  validFrom?: number;
  validTo?: number;
  source: string;
  /** What the codes are (GSO codes, or local ones). */
  codes: string;
  provenance?: { official: string[]; reconstructed: string[] };
  /** How the units' forms head their documents (see header.ts). */
  header?: RosterHeader;
  units: RosterUnit[];
}

export const BUILTIN_ROSTERS: readonly RosterFile[] = [phuthoSo, phuthoHuyen, viettriXa, phutho2025So, phutho2025Xa] as RosterFile[];

export function findBuiltinRoster(id: string): RosterFile | undefined {
  return BUILTIN_ROSTERS.find((r) => r.id === id);
}

export function entriesOf(file: RosterFile): RosterEntry[] {
  return file.units.map((u) => ({
    code: u.code,
    name: cleanName(u.name),
    group: file.group,
    ranked: u.ranked ?? true,
    ...(u.predecessors?.length ? { predecessors: u.predecessors.map((p) => ({ ...p, name: cleanName(p.name) })) } : {}),
  }));
}

/** The entries of a built-in roster by id ("phutho-2025-xa"…); a LocalizedError naming the ids when unknown. */
export function builtinRoster(id: string): RosterEntry[] {
  const file = findBuiltinRoster(id);
  if (!file) throw new LocalizedError(msg('roster.unknownId', { id, ids: BUILTIN_ROSTERS.map((r) => r.id) }));
  return entriesOf(file);
}

/** True when the roster describes the units of `year`. */
export function rosterValidIn(file: RosterFile, year: number): boolean {
  return (file.validFrom === undefined || year >= file.validFrom) && (file.validTo === undefined || year <= file.validTo);
}

/** The built-in rosters describing the units of `year` (e.g. 2025: the two-level structure). */
export function builtinRostersFor(year: number): RosterFile[] {
  return BUILTIN_ROSTERS.filter((r) => rosterValidIn(r, year));
}

/**
 * The group of a roster's units as the sets name it: the group of the latest set of the roster's
 * years, else of any set with its code; the bare code when no set names it.
 */
export function rosterGroup(file: RosterFile, sets: readonly CriteriaSet[]): Group {
  const sameCode = sets.filter((s) => s.group === file.group);
  const ofItsYears = sameCode.filter((s) => rosterValidIn(file, s.year)).sort((a, b) => b.year - a.year);
  const named = ofItsYears[0] ?? sameCode[0];
  return named ? groupOf(named) : { code: file.group, name: file.group, level: 'tinh' };
}
