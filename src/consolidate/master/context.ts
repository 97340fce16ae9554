// Where every unit lands in the master: its sheet, its form map, its rows on the appraisal
// sheet, its row on its group's summary. Decided once, before any sheet is written, because
// the sheets refer to one another.

import type { CriteriaSet } from '../../criteria/model';
import type { FormMap } from '../../form/api';
import type { WorkbookPlan } from '../../plan/model';
import { buildFormPlan } from '../../form/plan';
import type { GroupStanding, UnitStanding } from '../standings';
import { groupStandings } from '../standings';
import type { MasterState } from '../types';
import {
  BEST_ROW, FIRST_ROW, SHEET, publishSheetName, setGroup, sheetRef, summaryColumns, summarySheetName, unitSheetNames,
  type SummaryColumns,
} from './layout';

export interface UnitPlace {
  standing: UnitStanding;
  sheet: string;
  map: FormMap;
  form: WorkbookPlan;
  summaryRow: number;
  /** Row on the appraisal sheet of each criterion, by code. */
  appraisalRow: Record<string, number>;
}

export interface GroupPlace {
  standing: GroupStanding;
  set: CriteriaSet;
  summary: string;
  publish: string;
  cols: SummaryColumns;
  units: UnitPlace[];
}

export interface MasterContext {
  state: MasterState;
  groups: GroupPlace[];
}

export function masterContext(state: MasterState, sets: readonly CriteriaSet[]): MasterContext {
  const standings = groupStandings(state, sets);
  const fixed = [...Object.values(SHEET), ...standings.flatMap((g) => [summarySheetName(setGroup(g.set)), publishSheetName(setGroup(g.set))])];
  const all = standings.flatMap((g) => g.units);
  const names = unitSheetNames(all.map((u) => u.unit.name), fixed);
  const sheetOf = new Map(all.map((u, i) => [u, names[i]]));
  let appraisalRow = FIRST_ROW;
  const groups = standings.map((g): GroupPlace => {
    const summary = summarySheetName(setGroup(g.set));
    const cols = summaryColumns(g.set);
    const cohortBestRef: Record<string, string> = {};
    for (const [field, col] of Object.entries(cols.cohort)) cohortBestRef[field] = sheetRef(summary, BEST_ROW, col);
    const units = g.units.map((standing, i): UnitPlace => {
      const sheet = sheetOf.get(standing)!;
      const { plan, map } = buildFormPlan(g.set, {
        sheetName: sheet,
        inputs: standing.unit.inputs,
        evidence: standing.unit.evidence,
        notes: standing.unit.notes,
        cohortBestRef,
      });
      const rows: Record<string, number> = {};
      for (const c of standing.recomputed.criteria) rows[c.code] = appraisalRow++;
      return { standing, sheet, map, form: plan, summaryRow: FIRST_ROW + i, appraisalRow: rows };
    });
    return { standing: g, set: g.set, summary, publish: publishSheetName(setGroup(g.set)), cols, units };
  });
  return { state, groups };
}
