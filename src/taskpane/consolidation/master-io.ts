// The consolidation view's work on the workbook, over the WorkbookPort only (no React): read the
// master back from its sheets (the workbook is the state), set it up with a roster, merge
// submissions into it and write the sheets that change. Every merge starts from the state read
// from the workbook at that moment, so appraisals typed in "Thẩm định" are never lost.

import type { CriteriaSet } from '../../criteria/model';
import { emptyMaster, mergeSubmissions } from '../../consolidate/merge';
import { changedSheets, masterPlan } from '../../consolidate/master/plan';
import { readMasterState } from '../../consolidate/master/read';
import { isMasterWorkbook, masterMarkerOf, notSubmitted, readRankings, type GroupRanking } from '../../consolidate/master/read-ranking';
import { updatePlan } from '../../consolidate/master/rewrite';
import { SHEET, setGroup, summarySheetName } from '../../consolidate/master/layout';
import { submissionFromGrid } from '../../consolidate/sheet-submission';
import type { SubmissionOptions } from '../../consolidate/submission';
import type { MasterState, MergeChange, RosterEntry, SubmissionResult } from '../../consolidate/types';
import type { WorkbookPort } from '../../excel/port';
import { findFormIdentity } from '../../form/read';
import type { Grid } from '../../plan/grid';

export interface MasterSnapshot {
  /** True when the workbook holds a master (its "Danh sách" sheet carries the master's marker). */
  isMaster: boolean;
  state: MasterState;
  /** Each group's ranking as its summary sheet shows it (the workbook's own formulas). */
  rankings: GroupRanking[];
  notSubmitted: RosterEntry[];
  /** Form sheets moved or copied into the workbook that are not the master's own unit sheets. */
  formSheets: string[];
  /** Names of every sheet, in tab order. */
  sheetNames: string[];
}

function snapshotOf(grids: readonly Grid[], sets: readonly CriteriaSet[]): MasterSnapshot {
  const isMaster = isMasterWorkbook(grids);
  const state = isMaster ? readMasterState(grids, sets) : emptyMaster();
  const rankings = readRankings(grids, sets);
  const unitSheets = new Set(rankings.flatMap((g) => g.rows.map((r) => r.sheet.toLowerCase())));
  const formSheets = grids
    .filter((g) => !unitSheets.has(g.name.toLowerCase()) && !masterMarkerOf(g) && findFormIdentity(g) !== null)
    .map((g) => g.name);
  return { isMaster, state, rankings, notSubmitted: notSubmitted(state), formSheets, sheetNames: grids.map((g) => g.name) };
}

/** Reads every sheet (a constant number of syncs, not one per sheet) and what the master holds. */
export async function readMaster(port: WorkbookPort, sets: readonly CriteriaSet[]): Promise<MasterSnapshot> {
  const sheets = await port.listSheets();
  return snapshotOf(await port.readSheets(sheets.map((s) => s.name)), sets);
}

/** Where to take the user after an update: the first group's summary, else the roster. */
function landingSheet(state: MasterState, sets: readonly CriteriaSet[]): string {
  const set = sets.find((s) => s.id === state.units[0]?.setId);
  return set ? summarySheetName(setGroup(set)) : SHEET.roster;
}

/**
 * Writes `next` over the master the workbook holds now (`current`, or nothing): only the sheets
 * whose plan changed, and the sheets referring to them. Returns the names written.
 */
async function writeState(port: WorkbookPort, current: MasterSnapshot, next: MasterState, sets: readonly CriteriaSet[]): Promise<string[]> {
  const after = masterPlan(next, sets);
  const before = current.isMaster ? masterPlan(current.state, sets) : undefined;
  const update = updatePlan(after, changedSheets(before, after));
  if (update.sheets.length === 0) return [];
  await port.applyPlan(update, { activate: landingSheet(next, sets) });
  return update.sheets.map((s) => s.name);
}

/** Makes the workbook a master with this roster, or changes the roster of the master it holds. */
export async function setUpMaster(port: WorkbookPort, roster: RosterEntry[], sets: readonly CriteriaSet[]): Promise<string[]> {
  const current = await readMaster(port, sets);
  return writeState(port, current, { ...current.state, roster }, sets);
}

export interface MergeOutcome {
  changes: MergeChange[];
  /** Sheets written; empty when nothing changed (same files again, or only rejected files). */
  written: string[];
}

/**
 * Merges read submissions into the master as the workbook holds it right now (re-read here, so
 * appraisals typed since the last look are kept) and writes what changed. Rejected files are
 * reported and change nothing.
 */
export async function mergeIntoMaster(
  port: WorkbookPort,
  results: readonly SubmissionResult[],
  sets: readonly CriteriaSet[],
  now: string,
): Promise<MergeOutcome> {
  const current = await readMaster(port, sets);
  const merged = mergeSubmissions(current.state, results, now);
  const written = await writeState(port, current, merged.state, sets);
  return { changes: merged.changes, written };
}

/** The form sheets already in the workbook (see MasterSnapshot.formSheets) as submissions. */
export async function readFormSheets(
  port: WorkbookPort,
  names: readonly string[],
  sets: readonly CriteriaSet[],
  opts: SubmissionOptions = {},
): Promise<SubmissionResult[]> {
  const grids = await port.readSheets(names);
  return grids.map((grid) => submissionFromGrid(grid, sets, opts));
}
