// The master workbook plan: every sheet of docs/consolidation.md, written from the state.
// Applying it to a workbook (Office.js or .xlsx) gives live formulas throughout; reading the
// workbook back (read.ts) gives the state again. masterSheets gives the sheets one at a time
// (a unit's form sheet is built only when it is asked for), so the .xlsx writer can serialise
// and drop each before the next: memory stays flat in the number of units.

import { groupsOf } from '../../criteria/groups';
import type { CriteriaSet } from '../../criteria/model';
import { formStyles } from '../../form/styles';
import { LocalizedError, msg } from '../../messages';
import type { CellStyle, SheetPlan, WorkbookPlan } from '../../plan/model';
import { MASTER_MAX_UNITS } from '../../xlsx';
import type { MasterState } from '../types';
import { missingSheet, rosterSheet } from './admin-sheets';
import { appraisalSheet } from './appraisal';
import { masterContext, unitForm, type MasterContext } from './context';
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

/**
 * Refuses, before anything is planned or written, a master the project could not read back:
 * MASTER_MAX_UNITS is the one limit of the writer and the reader (MASTER_READ_LIMITS).
 */
export function checkMasterSize(state: MasterState): void {
  if (state.units.length > MASTER_MAX_UNITS) throw new LocalizedError(msg('master.tooManyUnits', { units: state.units.length, max: MASTER_MAX_UNITS }));
}

/** Every style the master uses: its own, and each set's form styles named "<setId>:<name>". */
function allStyles(ctx: MasterContext): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = masterStyles(ctx.groups.map((g) => g.set.precision));
  for (const g of ctx.groups) {
    const form = formStyles(g.set.precision);
    const setIds = new Set([g.set.id, ...g.units.map((u) => u.standing.unit.setId)]);
    for (const setId of setIds) for (const [name, style] of Object.entries(form)) styles[`${setId}:${name}`] = style;
  }
  return styles;
}

function* sheetsOf(ctx: MasterContext, sets: readonly CriteriaSet[]): Generator<SheetPlan> {
  const state = ctx.state;
  const stale = new Set(state.appraisals.filter((a) => a.stale).map((a) => a.unitId));
  for (const g of ctx.groups) yield summarySheet(g, stale);
  for (const g of ctx.groups) yield publishSheet(g);
  const groups = groupsOf([...ctx.groups.map((g) => g.set), ...sets]);
  yield appraisalSheet(ctx.groups, state.appraisals);
  yield missingSheet(state, groups);
  yield rosterSheet(state, groups);
  yield logSheet(state.log);
  for (const g of ctx.groups) for (const u of g.units) yield unitSheetPlan({ ...u.standing.unit, sheet: u.sheet }, unitForm(g, u));
  yield dataSheet(withSheets(ctx));
}

/** The master's styles, and its sheets produced one at a time (for the .xlsx writer). */
export function masterSheets(state: MasterState, sets: readonly CriteriaSet[]): { styles: Record<string, CellStyle>; sheets: Iterable<SheetPlan> } {
  checkMasterSize(state);
  const ctx = masterContext(state, sets);
  return { styles: allStyles(ctx), sheets: { [Symbol.iterator]: () => sheetsOf(ctx, sets) } };
}

/** The whole master plan at once (the pane applies it; tests compare it). */
export function masterPlan(state: MasterState, sets: readonly CriteriaSet[]): WorkbookPlan {
  const { styles, sheets } = masterSheets(state, sets);
  return { sheets: [...sheets], styles };
}

/** Names of the sheets whose plan differs between two master plans (new ones included). */
export function changedSheets(before: WorkbookPlan | undefined, after: WorkbookPlan): string[] {
  const old = new Map((before?.sheets ?? []).map((s) => [s.name, JSON.stringify(s)]));
  return after.sheets.filter((s) => old.get(s.name) !== JSON.stringify(s)).map((s) => s.name);
}
