// The master workbook plan: every sheet of docs/consolidation.md, written from the state.
// Applying it to a workbook (Office.js or .xlsx) gives live formulas throughout; reading the
// workbook back (read.ts) gives the state again.

import { groupsOf } from '../../criteria/groups';
import type { CriteriaSet } from '../../criteria/model';
import type { CellStyle, SheetPlan, WorkbookPlan } from '../../plan/model';
import type { MasterState } from '../types';
import { logSheet, missingSheet, rosterSheet } from './admin-sheets';
import { appraisalSheet } from './appraisal';
import { masterContext } from './context';
import { publishSheet } from './publish';
import { masterStyles } from './styles';
import { summarySheet } from './summary';

/** A form plan's styles renamed "<setId>:<name>" so that sets of different precision never clash. */
function prefixedForm(setId: string, form: WorkbookPlan, styles: Record<string, CellStyle>): SheetPlan {
  for (const [name, style] of Object.entries(form.styles)) styles[`${setId}:${name}`] = style;
  const sheet = form.sheets[0];
  return { ...sheet, cells: sheet.cells.map((c) => (c.style === undefined ? c : { ...c, style: `${setId}:${c.style}` })) };
}

export function masterPlan(state: MasterState, sets: readonly CriteriaSet[]): WorkbookPlan {
  const ctx = masterContext(state, sets);
  const styles: Record<string, CellStyle> = masterStyles(ctx.groups.map((g) => g.set.precision));
  const stale = new Set(state.appraisals.filter((a) => a.stale).map((a) => a.unitKey));
  const sheets: SheetPlan[] = [];
  for (const g of ctx.groups) sheets.push(summarySheet(g, stale));
  for (const g of ctx.groups) sheets.push(publishSheet(g));
  const groups = groupsOf([...ctx.groups.map((g) => g.set), ...sets]);
  sheets.push(appraisalSheet(ctx.groups, state.appraisals), missingSheet(state, groups), rosterSheet(state, groups), logSheet(state.log));
  for (const g of ctx.groups) for (const u of g.units) sheets.push(prefixedForm(g.set.id, u.form, styles));
  return { sheets, styles };
}

/** Names of the sheets whose plan differs between two master plans (new ones included). */
export function changedSheets(before: WorkbookPlan | undefined, after: WorkbookPlan): string[] {
  const old = new Map((before?.sheets ?? []).map((s) => [s.name, JSON.stringify(s)]));
  return after.sheets.filter((s) => old.get(s.name) !== JSON.stringify(s)).map((s) => s.name);
}
