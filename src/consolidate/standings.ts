// The engine's view of each group: cohort bests across the group's units, every unit's
// recomputed and appraised scores, competition ranks among ranked units, bands. The master
// workbook computes the same numbers with live formulas; tests hold the two together.

import { compareGroups, groupOf } from '../criteria/groups';
import { LocalizedError, msg } from '../messages';
import type { CriteriaSet, GroupId } from '../criteria/model';
import { bandFor } from '../scoring/band';
import { numberOf } from '../rules/cell';
import { cohortFields } from '../scoring/cohort';
import { criterionVoid } from '../scoring/compiled-set';
import { cohortOwners } from '../form/cohort-cells';
import { scorePoints } from '../scoring/engine';
import { competitionRanks } from '../scoring/rank';
import { excelRound } from '../scoring/round';
import { sectionValue, totalValue } from '../scoring/totals';
import type { PointsResult } from '../scoring/types';
import type { LastYear } from './previous';
import type { Appraisal, MasterState, UnitRecord } from './types';

export interface UnitStanding {
  unit: UnitRecord;
  /** On the roster. A unit that is not ("ngoài danh sách") is not ranked until accepted. */
  listed: boolean;
  /** Ranked among its group: on the roster and not "evaluated, not ranked". */
  ranked: boolean;
  /** Recomputed with the group's cohort bests. */
  recomputed: PointsResult;
  /** Points used per criterion: appraised when given, else recomputed. */
  effective: Record<string, number>;
  /** Appraised section sub-totals (capped, rounded) by section code, and the appraised total. */
  sections: Record<string, number>;
  total: number;
  /** Appraised total minus the file's own total (undefined when the file shows none). */
  difference?: number;
  /** Competition rank among the group's ranked units; undefined for "evaluated, not ranked". */
  rank?: number;
  band?: string;
  previousScore?: number;
  /** Last year's results of the units it continues, from the roster (see previous.ts). */
  lastYear?: LastYear;
}

export interface GroupStanding {
  group: GroupId;
  set: CriteriaSet;
  /** Largest value of each cohort field among the group's units. */
  cohortBest: Record<string, number>;
  /** In the master's order (roster order, then units not on the roster). */
  units: UnitStanding[];
}

/**
 * The group's cohort bests: the largest value (read as a number) of each cohort field, leaving
 * out a unit whose criterion carrying the best (cohortOwners) is voided by invalid data, so that
 * one absurd entry cannot lower everyone else's points. The summary sheet's formulas do the same.
 */
export function groupCohortBest(set: CriteriaSet, units: readonly UnitRecord[]): Record<string, number> {
  const best: Record<string, number> = {};
  const owners = cohortOwners(set);
  for (const { field } of cohortFields(set)) {
    const owner = owners.get(field);
    const counted = units.filter((u) => owner === undefined || criterionVoid(set, owner, u.inputs) === undefined);
    best[field] = Math.max(0, ...counted.map((u) => numberOf(u.inputs[field])));
  }
  return best;
}

/** Units of the state in the master's order: roster order first, then the others by name. */
export function orderedUnits(state: MasterState): UnitRecord[] {
  const position = new Map(state.roster.map((r, i) => [r.code, i]));
  // One collator for the sort: localeCompare(…, 'vi') builds one per comparison.
  const byName = new Intl.Collator('vi').compare;
  return state.units
    .slice()
    .sort((a, b) => {
      const pa = a.rosterCode === undefined ? Infinity : position.get(a.rosterCode) ?? Infinity;
      const pb = b.rosterCode === undefined ? Infinity : position.get(b.rosterCode) ?? Infinity;
      return pa !== pb ? pa - pb : byName(a.name, b.name);
    });
}

/**
 * Points used per criterion (appraised when given, else recomputed; a deduction item's are
 * negative), and the sections and total from them in the form's order of operations (totals.ts:
 * bonus, deductions, the rescale for criteria marked not applicable), as the summary's formulas.
 */
function appraisedScores(set: CriteriaSet, recomputed: PointsResult, appraisals: readonly Appraisal[]) {
  const given = new Map(appraisals.filter((a) => a.points !== null).map((a) => [a.criterionCode, a.points as number]));
  const effective: Record<string, number> = {};
  for (const c of recomputed.criteria) effective[c.code] = given.get(c.code) ?? c.points;
  const sections: Record<string, number> = {};
  for (const section of set.sections) {
    sections[section.code] = sectionValue(section, section.criteria.map((c) => effective[c.code]), set.precision);
  }
  const total = totalValue(set, set.sections.map((sec) => sections[sec.code]), recomputed.applicableMax, set.precision);
  return { effective, sections, total };
}

/** The groups that have units, each with its units and their set, ordered by level (then code). */
function groupsOfUnits(units: readonly UnitRecord[], sets: readonly CriteriaSet[]) {
  const byGroup = new Map<GroupId, UnitRecord[]>();
  for (const u of units) {
    const list = byGroup.get(u.group);
    if (list) list.push(u);
    else byGroup.set(u.group, [u]);
  }
  const out = [...byGroup].map(([group, members]) => {
    const set = sets.find((s) => s.id === members[0].setId);
    if (!set) throw new LocalizedError(msg('master.standingsSetMissing', { set: members[0].setId }));
    return { group, members, set };
  });
  return out.sort((a, b) => compareGroups(groupOf(a.set), groupOf(b.set)) || a.group.localeCompare(b.group));
}

/** Standings of every group that has units, each with the set its units were made from. */
export function groupStandings(state: MasterState, sets: readonly CriteriaSet[]): GroupStanding[] {
  const out: GroupStanding[] = [];
  const units = orderedUnits(state);
  const rosterByCode = new Map(state.roster.map((r) => [r.code, r]));
  // Appraisals grouped by unit once: not one pass over all of them per unit.
  const appraisalsOf = new Map<string, Appraisal[]>();
  for (const a of state.appraisals) {
    const list = appraisalsOf.get(a.unitId);
    if (list) list.push(a);
    else appraisalsOf.set(a.unitId, [a]);
  }
  for (const { group, members, set } of groupsOfUnits(units, sets)) {
    const cohortBest = groupCohortBest(set, members);
    const standings: UnitStanding[] = members.map((unit) => {
      const entry = unit.rosterCode === undefined ? undefined : rosterByCode.get(unit.rosterCode);
      const recomputed = scorePoints(set, unit.inputs, { cohortBest });
      const appraised = appraisedScores(set, recomputed, appraisalsOf.get(unit.id) ?? []);
      const band = bandFor(appraised.total, set.bands);
      return {
        unit,
        listed: entry !== undefined,
        ranked: entry?.ranked ?? false,
        recomputed,
        ...appraised,
        ...(typeof unit.selfTotal === 'number' ? { difference: excelRound(appraised.total - unit.selfTotal, set.precision) } : {}),
        ...(band === undefined ? {} : { band }),
        ...(entry?.previousScore === undefined ? {} : { previousScore: entry.previousScore }),
        ...(entry?.lastYear === undefined ? {} : { lastYear: entry.lastYear }),
      };
    });
    const ranked = standings.filter((s) => s.ranked);
    competitionRanks(ranked.map((s) => s.total)).forEach((rank, i) => (ranked[i].rank = rank));
    out.push({ group, set, cohortBest, units: standings });
  }
  return out;
}
