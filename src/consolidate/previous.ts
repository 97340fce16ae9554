// Last year across a reorganisation: each unit of this year's roster continues the units its
// predecessor list names (a 2025 merger), or, when it has none, itself. Each is looked up by
// normalised name among last year's units of the same group, and keeps last year's total, rank
// and scale as they were: results on different scales are shown side by side, never added.

import type { CriteriaSet } from '../criteria/model';
import { nameIndex, type NameIndex } from './names';
import { groupStandings, type UnitStanding } from './standings';
import type { MasterState, RosterEntry } from './types';

/** Last year's result of one unit that this year's unit continues. */
export interface PreviousResult {
  /** Last year's name of the unit. */
  name: string;
  total: number;
  /** Competition rank in its group; absent for a unit evaluated, not ranked. */
  rank?: number;
  /** How many units were ranked in its group. */
  of: number;
  /** The scale: last year's maximum total and decimals, and the year. */
  maxTotal: number;
  precision: number;
  year: number;
}

/** What last year's master says of one unit of this year's roster. */
export interface LastYear {
  /** True when the unit lists predecessors; false when it was looked up by its own name. */
  merged: boolean;
  results: PreviousResult[];
  /** Predecessors (or the unit itself) that match no unit of last year's master. */
  unmatched: string[];
}

interface Found {
  standing: UnitStanding;
  set: CriteriaSet;
  of: number;
}

/** Last year's units by group, looked up by name (exact key, then the unique loose key). */
export interface LastYearIndex {
  find(group: string, name: string): Found | undefined;
}

export function lastYearIndex(state: MasterState, sets: readonly CriteriaSet[]): LastYearIndex {
  const byGroup = new Map<string, NameIndex<Found>>();
  const all: Found[] = [];
  for (const g of groupStandings(state, sets)) {
    const of = g.units.filter((u) => u.ranked).length;
    const found = g.units.map((standing) => ({ standing, set: g.set, of }));
    byGroup.set(g.group, nameIndex(found, (f) => f.standing.unit.name));
    all.push(...found);
  }
  const anyGroup = nameIndex(all, (f) => f.standing.unit.name);
  return {
    // A group that last year's master does not have (codes renamed) falls back to all its units.
    find: (group, name) => (byGroup.get(group) ?? anyGroup).find(name),
  };
}

function resultOf({ standing, set, of }: Found): PreviousResult {
  return {
    name: standing.unit.name,
    total: standing.total,
    ...(standing.rank === undefined ? {} : { rank: standing.rank }),
    of,
    maxTotal: set.maxTotal,
    precision: set.precision,
    year: set.year,
  };
}

/** What last year's master says of `entry`: its predecessors' results, or its own. */
export function lastYearOf(entry: RosterEntry, index: LastYearIndex): LastYear {
  const names = entry.predecessors?.length ? entry.predecessors.map((p) => p.name) : [entry.name];
  const results: PreviousResult[] = [];
  const unmatched: string[] = [];
  for (const name of names) {
    const found = index.find(entry.group, name);
    if (found) results.push(resultOf(found));
    else unmatched.push(name);
  }
  return { merged: Boolean(entry.predecessors?.length), results, unmatched };
}

/** The roster with what last year's master says of each unit. */
export function withLastYear(roster: readonly RosterEntry[], index: LastYearIndex): RosterEntry[] {
  return roster.map((r) => ({ ...r, lastYear: lastYearOf(r, index) }));
}
