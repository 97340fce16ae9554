// The master workbook plan: every sheet of docs/consolidation.md, written from the state.
// Applying it to a workbook (Office.js or .xlsx) gives live formulas throughout; reading the
// workbook back (read.ts) gives the state again.

import { groupsOf } from '../../criteria/groups';
import type { CriteriaSet } from '../../criteria/model';
import type { CellStyle, SheetPlan, WorkbookPlan } from '../../plan/model';
import type { MasterState } from '../types';
import { missingSheet, rosterSheet } from './admin-sheets';
import { appraisalSheet } from './appraisal';
import { masterContext, type MasterContext } from './context';
import { dataSheet } from './data-sheet';
import { logSheet } from './log-sheet';
import { publishSheet } from './publish';
import { masterStyles } from './styles';
import { summarySheet } from './summary';
import { unitSheetPlan } from './unit-sheet';

/** The state with each unit's sheet as the plan names it (what the data sheet keeps). */
function withSheets(ctx: MasterContext): MasterState {
  const sheetOf = new Map(ctx.groups.flatMap((g) => g.units.map((u) => [u.standing.unit.id, u.sheet] as const)));
  return { ...ctx.state, units: ctx.state.units.map((u) => (sheetOf.has(u.id) ? { ...u, sheet: sheetOf.get(u.id)! } : u)) };
}

export function masterPlan(state: MasterState, sets: readonly CriteriaSet[]): WorkbookPlan {
  const ctx = masterContext(state, sets);
  const styles: Record<string, CellStyle> = masterStyles(ctx.groups.map((g) => g.set.precision));
  const stale = new Set(state.appraisals.filter((a) => a.stale).map((a) => a.unitId));
  const sheets: SheetPlan[] = [];
  for (const g of ctx.groups) sheets.push(summarySheet(g, stale));
  for (const g of ctx.groups) sheets.push(publishSheet(g));
  const groups = groupsOf([...ctx.groups.map((g) => g.set), ...sets]);
  sheets.push(appraisalSheet(ctx.groups, state.appraisals), missingSheet(state, groups), rosterSheet(state, groups), logSheet(state.log));
  for (const g of ctx.groups) for (const u of g.units) sheets.push(unitSheetPlan({ ...u.standing.unit, sheet: u.sheet }, u.form, styles));
  sheets.push(dataSheet(withSheets(ctx)));
  return { sheets, styles };
}

/** Names of the sheets whose plan differs between two master plans (new ones included). */
export function changedSheets(before: WorkbookPlan | undefined, after: WorkbookPlan): string[] {
  const old = new Map((before?.sheets ?? []).map((s) => [s.name, JSON.stringify(s)]));
  return after.sheets.filter((s) => old.get(s.name) !== JSON.stringify(s)).map((s) => s.name);
}
