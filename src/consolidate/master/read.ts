// Reading the master workbook back into a MasterState: the workbook is the state, and people
// edit it. Sheets are recognised by their hidden markers (whatever their names), columns by
// their header text, rows by their keys and what they show. A sheet that was deleted is rebuilt
// from the hidden data sheet's copy (or, for the summary, publish and "not submitted" sheets,
// from the units); everything that had to be rebuilt or could not be placed is said in notices.

import { groupsOf } from '../../criteria/groups';
import type { CriteriaSet } from '../../criteria/model';
import { msg } from '../../messages';
import type { Grid } from '../../plan/grid';
import { dataVersionOf } from '../merge';
import { rosterFromGrid } from '../rosters';
import type { Appraisal, MasterState, RosterEntry, Telling, UnitRecord } from '../types';
import { findColumns } from './columns';
import { readDataSheet, type DataCopy } from './data-sheet';
import { masterMarkerOf, type MasterMarker } from './keys';
import { APPRAISAL_LABELS, publishSheetName, setGroup, SHEET, summarySheetName, type MasterSheetKind } from './layout';
import { readLog } from './log-sheet';
import { readAppraisals } from './read-appraisals';
import { readUnits } from './read-units';
import { SUMMARY_LABELS } from './summary';
import { unitSheetOf } from './unit-sheet';

export interface MasterRead {
  state: MasterState;
  /** What had to be rebuilt, restored or could not be placed, by name (empty for an untouched master). */
  notices: Telling[];
  /** True when the workbook holds a master (any of its sheets or unit sheets). */
  isMaster: boolean;
  /** Sheets present but damaged (a unit sheet missing rows) or written by an earlier version: a write must rewrite them. */
  damaged: string[];
}

interface Marked {
  grid: Grid;
  marker: MasterMarker;
}

const EMPTY_COPY: DataCopy = { units: [], roster: [], log: [], appraisals: [], unreadable: 0 };

function rosterOf(sheet: Marked | undefined, copy: DataCopy, sets: readonly CriteriaSet[], notices: Telling[]): RosterEntry[] {
  if (!sheet) {
    if (copy.roster.length) notices.push(msg('master.read.rosterRestored', { sheet: SHEET.roster, count: copy.roster.length }));
    return copy.roster;
  }
  const read = rosterFromGrid(sheet.grid, groupsOf(sets));
  for (const p of read.problems) notices.push(p.message);
  return read.entries;
}

function appraisalsOf(sheet: Marked | undefined, copy: DataCopy, units: readonly UnitRecord[], sets: readonly CriteriaSet[], legacy: ReadonlyMap<string, string>, notices: Telling[]): Appraisal[] {
  if (sheet) {
    const read = readAppraisals(sheet.grid, sheet.marker, units, sets, legacy);
    notices.push(...read.notices);
    return read.appraisals;
  }
  if (copy.appraisals.length) notices.push(msg('master.read.appraisalsRestored', { sheet: SHEET.appraisal, count: copy.appraisals.length }));
  const hashOf = new Map(units.map((u) => [u.id, dataVersionOf(u.hash)]));
  return copy.appraisals.map((a) => ({ ...a, stale: hashOf.has(a.unitId) ? a.dataVersion !== hashOf.get(a.unitId) : a.stale }));
}

/** Notices for the master's own sheets a write will add back. */
function missingSheets(all: readonly Marked[], units: readonly UnitRecord[], sets: readonly CriteriaSet[], notices: Telling[]): void {
  const has = (kind: MasterSheetKind, group?: string) => all.some((m) => m.marker.kind === kind && (group === undefined || m.marker.key.group === group));
  for (const kind of ['log', 'missing'] as const) if (!has(kind)) notices.push(msg('master.read.sheetRebuilt', { sheet: SHEET[kind] }));
  const groups = new Set(units.map((u) => u.group));
  for (const set of groupsWithUnits(sets, groups)) {
    if (!has('summary', set.group)) notices.push(msg('master.read.sheetRebuilt', { sheet: summarySheetName(setGroup(set)) }));
    if (!has('publish', set.group)) notices.push(msg('master.read.sheetRebuilt', { sheet: publishSheetName(setGroup(set)) }));
  }
}

function groupsWithUnits(sets: readonly CriteriaSet[], groups: ReadonlySet<string>): CriteriaSet[] {
  const seen = new Set<string>();
  return sets.filter((s) => groups.has(s.group) && !seen.has(s.group) && seen.add(s.group));
}

/**
 * The master's own sheets written before a column they now have (the summary's "Tiêu chí không
 * hợp lệ", the appraisal sheet's "Số liệu không hợp lệ"): read as they are, rewritten at the next write.
 */
function outdatedSheets(all: readonly Marked[]): string[] {
  const lacks = (m: Marked) => {
    if (m.marker.kind === 'summary') return findColumns(m.grid, m.marker, SUMMARY_LABELS, ['unit', 'appraised'])?.col.voided === undefined;
    if (m.marker.kind === 'appraisal') return findColumns(m.grid, m.marker, APPRAISAL_LABELS, ['code', 'appraised'])?.col.invalid === undefined;
    return false;
  };
  return all.filter(lacks).map((m) => m.grid.name);
}

/** The state a master workbook's sheets hold, and what reading it had to rebuild or could not place. */
export function readMasterBook(sheets: readonly Grid[], sets: readonly CriteriaSet[]): MasterRead {
  const all: Marked[] = [];
  for (const grid of sheets) {
    const marker = masterMarkerOf(grid);
    if (marker) all.push({ grid, marker });
  }
  const isMaster = all.length > 0 || sheets.some((g) => unitSheetOf(g) !== undefined);
  const notices: Telling[] = [];
  const find = (kind: MasterSheetKind) => all.find((m) => m.marker.kind === kind);
  const data = find('data');
  const copy = data ? readDataSheet(data.grid, data.marker) : EMPTY_COPY;
  if (copy.unreadable) notices.push(msg('master.read.dataUnreadable', { sheet: SHEET.data, count: copy.unreadable }));
  const roster = rosterOf(find('roster'), copy, sets, notices);
  const summaries = all.filter((m) => m.marker.kind === 'summary');
  const read = readUnits({ grids: sheets, summaries, copies: copy.units, roster, sets });
  notices.push(...read.notices);
  const logSheet = find('log');
  if (!logSheet && copy.log.length) notices.push(msg('master.read.logRestored', { sheet: SHEET.log, count: copy.log.length }));
  const appraisals = appraisalsOf(find('appraisal'), copy, read.units, sets, read.legacySheets, notices);
  const held = new Set(read.units.map((u) => u.id));
  for (const a of appraisals) if (!held.has(a.unitId)) notices.push(msg('master.read.appraisalOrphan', { unit: a.unitName, criterion: a.criterionCode, sheet: SHEET.appraisal }));
  if (isMaster) missingSheets(all, read.units, sets, notices);
  const log = logSheet ? readLog(logSheet.grid, logSheet.marker) : copy.log;
  return { state: { roster, log, units: read.units, appraisals }, notices, isMaster, damaged: [...read.damaged, ...outdatedSheets(all)] };
}

/** The state held by a master workbook's sheets (values of formula cells are not needed). */
export function readMasterState(sheets: readonly Grid[], sets: readonly CriteriaSet[]): MasterState {
  return readMasterBook(sheets, sets).state;
}
