// The consolidation view's work on the workbook, over the WorkbookPort only (no React): read the
// master back from its sheets (the workbook is the state), set it up with a roster, merge
// submissions into it and write the sheets that change. Every merge starts from the state read
// from the workbook at that moment, so appraisals typed in "Thẩm định" are never lost.

import type { CriteriaSet } from '../../criteria/model';
import { acceptUnlisted, unlistedUnits } from '../../consolidate/accept';
import { emptyMaster, mergeSubmissions } from '../../consolidate/merge';
import { changedSheets, masterPlan } from '../../consolidate/master/plan';
import { readMasterBook } from '../../consolidate/master/read';
import { masterMarkerOf, notSubmitted, readRankings, type GroupRanking } from '../../consolidate/master/read-ranking';
import { updatePlan } from '../../consolidate/master/rewrite';
import { SHEET, setGroup, summarySheetName } from '../../consolidate/master/layout';
import { unitSheetOf } from '../../consolidate/master/unit-sheet';
import { submissionFromGrid } from '../../consolidate/sheet-submission';
import type { SubmissionOptions } from '../../consolidate/submission';
import type { MasterState, MergeChange, RosterEntry, SubmissionResult, Telling, UnitRecord } from '../../consolidate/types';
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
  /** What reading the master had to rebuild, restore or could not place (rebuilt in the workbook at the next write). */
  notices: Telling[];
  /** Sheets present but damaged, rewritten at the next write. */
  damaged: string[];
  /** Units received but not on the roster ("ngoài danh sách"): not ranked until accepted (acceptUnlistedUnits). */
  unlisted: UnitRecord[];
}

function snapshotOf(grids: readonly Grid[], sets: readonly CriteriaSet[]): MasterSnapshot {
  const read = readMasterBook(grids, sets);
  const state = read.isMaster ? read.state : emptyMaster();
  const rankings = readRankings(grids, sets);
  // Form sheets moved or copied in: not the master's own sheets, nor its unit sheets (known by their marker).
  const formSheets = grids.filter((g) => !masterMarkerOf(g) && !unitSheetOf(g) && findFormIdentity(g) !== null).map((g) => g.name);
  return {
    isMaster: read.isMaster, state, rankings, notSubmitted: notSubmitted(state), formSheets, sheetNames: grids.map((g) => g.name),
    notices: read.isMaster ? read.notices : [], damaged: read.damaged, unlisted: unlistedUnits(state),
  };
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
 * Writes `next` over the master the workbook holds now (`current`, or nothing): the sheets whose
 * plan changed, the master's sheets the workbook lacks (deleted: rebuilt) or holds damaged, and
 * the sheets referring to any of them. Returns the names written.
 */
async function writeState(port: WorkbookPort, current: MasterSnapshot, next: MasterState, sets: readonly CriteriaSet[]): Promise<string[]> {
  const after = masterPlan(next, sets);
  const before = current.isMaster ? masterPlan(current.state, sets) : undefined;
  const present = new Set(current.sheetNames.map((n) => n.toLowerCase()));
  const absent = after.sheets.filter((s) => !present.has(s.name.toLowerCase())).map((s) => s.name);
  const update = updatePlan(after, [...new Set([...changedSheets(before, after), ...absent, ...current.damaged])]);
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

export interface AcceptOutcome {
  /** The roster entries added (one per unit accepted, with the code given to it). */
  added: RosterEntry[];
  written: string[];
}

/**
 * Accepts units that are not on the roster ("ngoài danh sách") into the master's roster, so that
 * they are ranked: those with these ids (UnitRecord.id, as MasterSnapshot.unlisted lists them),
 * or every one when `ids` is omitted. Re-reads the workbook first and writes what changed.
 */
export async function acceptUnlistedUnits(port: WorkbookPort, sets: readonly CriteriaSet[], ids?: readonly string[]): Promise<AcceptOutcome> {
  const current = await readMaster(port, sets);
  const accepted = acceptUnlisted(current.state, ids);
  if (accepted.added.length === 0) return { added: [], written: [] };
  return { added: accepted.added, written: await writeState(port, current, accepted.state, sets) };
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
