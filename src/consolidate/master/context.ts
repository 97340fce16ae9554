// Where every unit lands in the master: its sheet, its form map, its rows on the appraisal
// sheet, its row on its group's summary. Decided once, before any sheet is written, because
// the sheets refer to one another. A unit's form is laid out by its set alone (inputs fill
// cells, never move them), so the map is made once per group and each unit's form sheet is
// built only when it is written (unitForm): a master of thousands of units never holds them all.

import type { CriteriaSet } from '../../criteria/model';
import type { FormMap } from '../../form/api';
import type { WorkbookPlan } from '../../plan/model';
import type { FormulaContext } from '../../rules/formula-text';
import { buildFormPlan } from '../../form/plan';
import type { GroupStanding, UnitStanding } from '../standings';
import { groupStandings } from '../standings';
import type { Inputs } from '../../criteria/model';
import type { MasterState } from '../types';
import {
  BEST_ROW, DEFAULT_UNIT_SHEET, FIRST_ROW, SHEET, publishSheetName, setGroup, sheetRef, summaryColumns, summarySheetName,
  type SummaryColumns,
} from './layout';
import { SheetNamer } from './sheet-names';
import { fitCellText } from './sheet';

export interface UnitPlace {
  standing: UnitStanding;
  sheet: string;
  map: FormMap;
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
  /** Where the unit forms find the group's best values (the summary's best row). */
  cohortBestRef: Record<string, string>;
  units: UnitPlace[];
}

export interface MasterContext {
  state: MasterState;
  groups: GroupPlace[];
}

/** A file's name without its extension ("Xã A.xlsx" -> "Xã A"). */
const fileStem = (fileName: string) => fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '');

/**
 * Each unit's sheet: the one it has when that name is still valid and free (so sheets keep the
 * names people know), else a safe, unique name from the unit's name, its file's name or a default.
 */
function unitSheets(units: readonly UnitStanding[], taken: readonly string[]): Map<UnitStanding, string> {
  const namer = new SheetNamer(taken);
  const sheetOf = new Map<UnitStanding, string>();
  for (const u of units) if (u.unit.sheet !== undefined && namer.keep(u.unit.sheet)) sheetOf.set(u, u.unit.sheet);
  for (const u of units) if (!sheetOf.has(u)) sheetOf.set(u, namer.claim([u.unit.name, fileStem(u.unit.fileName), DEFAULT_UNIT_SHEET]));
  return sheetOf;
}

/** Text a cell cannot hold in full, cut with a visible mark. */
function fitted<T extends Inputs | Record<string, string>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'string' ? fitCellText(v) : v;
  return out as T;
}

/** Formulas over the unit's own sheet: its fields' cells, and the group's cohort bests. */
export function unitFormulaContext(g: GroupPlace, u: UnitPlace): FormulaContext {
  const ref = (id: string) => {
    const at = u.map.valueCell[id];
    return sheetRef(u.sheet, at.row, at.col, false);
  };
  return { fieldRef: ref, cohortBestRef: (id) => g.cohortBestRef[id] };
}

/** The layout of the group's form; a unit's map is this one with its own sheet name. */
function groupMap(set: CriteriaSet, cohortBestRef: Record<string, string>): FormMap {
  return buildFormPlan(set, { sheetName: DEFAULT_UNIT_SHEET, cohortBestRef }).map;
}

/** The unit's form sheet as its place says: its inputs (text cut to fit a cell) on its sheet. */
export function unitForm(g: GroupPlace, u: UnitPlace): WorkbookPlan {
  const unit = u.standing.unit;
  const { plan } = buildFormPlan(g.set, {
    sheetName: u.sheet,
    inputs: fitted(unit.inputs),
    evidence: fitted(unit.evidence),
    notes: fitted(unit.notes),
    cohortBestRef: g.cohortBestRef,
    checks: 'voided',
  });
  return plan;
}

export function masterContext(state: MasterState, sets: readonly CriteriaSet[]): MasterContext {
  const standings = groupStandings(state, sets);
  const fixed = [...Object.values(SHEET), ...standings.flatMap((g) => [summarySheetName(setGroup(g.set)), publishSheetName(setGroup(g.set))])];
  const sheetOf = unitSheets(standings.flatMap((g) => g.units), fixed);
  let appraisalRow = FIRST_ROW;
  const groups = standings.map((g): GroupPlace => {
    const summary = summarySheetName(setGroup(g.set));
    const cols = summaryColumns(g.set);
    const cohortBestRef: Record<string, string> = {};
    for (const [field, col] of Object.entries(cols.cohort)) cohortBestRef[field] = sheetRef(summary, BEST_ROW, col);
    const layout = groupMap(g.set, cohortBestRef);
    const units = g.units.map((standing, i): UnitPlace => {
      const sheet = sheetOf.get(standing)!;
      const rows: Record<string, number> = {};
      for (const c of standing.recomputed.criteria) rows[c.code] = appraisalRow++;
      return { standing, sheet, map: { ...layout, sheetName: sheet }, summaryRow: FIRST_ROW + i, appraisalRow: rows };
    });
    return { standing: g, set: g.set, summary, publish: publishSheetName(setGroup(g.set)), cols, cohortBestRef, units };
  });
  return { state, groups };
}
