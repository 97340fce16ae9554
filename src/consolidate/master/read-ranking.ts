// The ranking as the master workbook shows it: each group's summary sheet read back after the
// workbook recalculated (appraised totals, ranks and bands are the sheet's live formulas, so an
// appraisal typed into "Thẩm định" shows here), and which sheets are the master's own.

import type { CriteriaSet, GroupId } from '../../criteria/model';
import { parseKey, type KeyFields } from '../../form/layout';
import type { CellValue, Grid } from '../../plan/grid';
import type { MasterState, RosterEntry } from '../types';
import { summaryColumns, type MasterSheetKind } from './layout';

const MARKER = '#egov|master=';

export interface MasterMarker {
  kind: MasterSheetKind;
  key: KeyFields;
  /** Column of the hidden keys on this sheet (columns may have been inserted before it). */
  keyCol: number;
}

/** The "#egov|master=<kind>" marker in the sheet's first rows, if the sheet is one of the master's. */
export function masterMarkerOf(grid: Grid): MasterMarker | undefined {
  for (let row = 0; row < Math.min(grid.rowCount, 5); row++) {
    for (let col = 0; col < grid.colCount; col++) {
      const v = grid.value(row, col);
      if (typeof v !== 'string' || !v.startsWith(MARKER)) continue;
      const key = parseKey(v)!;
      return { kind: key.master as MasterSheetKind, key, keyCol: col };
    }
  }
  return undefined;
}

/** True when the workbook holds a master (its roster sheet carries the marker). */
export function isMasterWorkbook(grids: readonly Grid[]): boolean {
  return grids.some((g) => masterMarkerOf(g)?.kind === 'roster');
}

export interface RankingRow {
  unit: string;
  /** The unit's own sheet in the master. */
  sheet: string;
  /** 0-based row of the unit on the summary sheet. */
  row: number;
  self: CellValue;
  recomputed: CellValue;
  appraised: CellValue;
  /** Competition rank; null for a unit "evaluated, not ranked" (or a rank the sheet did not compute). */
  rank: number | null;
  band: string;
  flags: string;
  /** Last year as the summary shows it: a total on this year's scale, or words (merged units, other scales); null when none. */
  previous: CellValue;
}

export interface GroupRanking {
  group: GroupId;
  /** The group's Vietnamese name, as its set names it. */
  groupName: string;
  setId: string;
  /** The summary sheet's name. */
  sheet: string;
  /** Column of the appraised total and of the rank on the summary sheet (for links to the cells). */
  appraisedCol: number;
  rows: RankingRow[];
}

const text = (v: CellValue) => (v === null ? '' : String(v));

function rankingOf(grid: Grid, marker: MasterMarker, set: CriteriaSet): GroupRanking {
  const cols = summaryColumns(set);
  const offset = marker.keyCol - cols.key;
  const at = (row: number, col: number) => grid.value(row, col + offset);
  const rows: RankingRow[] = [];
  for (let row = 1; row < grid.rowCount; row++) {
    const key = parseKey(grid.value(row, marker.keyCol));
    if (!key || !('unit' in key) || !key.sheet) continue;
    const rank = at(row, cols.rank);
    rows.push({
      unit: text(at(row, cols.unit)),
      sheet: key.sheet,
      row,
      self: at(row, cols.self),
      recomputed: at(row, cols.recomputed),
      appraised: at(row, cols.appraised),
      rank: typeof rank === 'number' ? rank : null,
      band: text(at(row, cols.band)),
      flags: text(at(row, cols.flags)),
      previous: at(row, cols.previous),
    });
  }
  return { group: marker.key.group as GroupId, groupName: set.groupName, setId: set.id, sheet: grid.name, appraisedCol: cols.appraised + offset, rows };
}

/** Every group's ranking as its summary sheet shows it, in the order of the sheets. */
export function readRankings(grids: readonly Grid[], sets: readonly CriteriaSet[]): GroupRanking[] {
  const out: GroupRanking[] = [];
  for (const grid of grids) {
    const marker = masterMarkerOf(grid);
    if (marker?.kind !== 'summary') continue;
    const set = sets.find((s) => s.id === marker.key.set);
    if (set) out.push(rankingOf(grid, marker, set));
  }
  return out;
}

/** Roster units without a submission: ranked ones first, then "evaluated, not ranked" ones. */
export function notSubmitted(state: MasterState): RosterEntry[] {
  const received = new Set(state.units.map((u) => u.rosterCode).filter((c) => c !== undefined));
  const missing = state.roster.filter((r) => !received.has(r.code));
  return [...missing.filter((r) => r.ranked), ...missing.filter((r) => !r.ranked)];
}
