// The ranking as the master workbook shows it: each group's summary sheet read back after the
// workbook recalculated (appraised totals, ranks and bands are the sheet's live formulas, so an
// appraisal typed into "Thẩm định" shows here). Columns are found by their headers and rows by
// their unit keys, so a consolidator's sorting and inserted columns do not matter.

import type { CriteriaSet, GroupId } from '../../criteria/model';
import type { CellValue, Grid } from '../../plan/grid';
import type { MasterState, RosterEntry } from '../types';
import { findColumns } from './columns';
import { cellText, fromKeyValue, keyedRows, masterMarkerOf, type MasterMarker } from './keys';
import { UNLISTED_TEXT } from './layout';
import { SUMMARY_LABELS } from './summary';
import { unitSheetOf } from './unit-sheet';

export { masterMarkerOf, type MasterMarker } from './keys';

/** True when the workbook holds a master: one of its marked sheets, or a unit sheet of one. */
export function isMasterWorkbook(grids: readonly Grid[]): boolean {
  return grids.some((g) => masterMarkerOf(g) !== undefined || unitSheetOf(g) !== undefined);
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
  /** Competition rank; null for a unit not ranked: "evaluated, not ranked", not on the roster, or a rank the sheet did not compute. */
  rank: number | null;
  /** False for a unit not on the roster ("ngoài danh sách"): not ranked until it is accepted. */
  listed: boolean;
  band: string;
  flags: string;
  /** Codes of the criteria invalid data voids ("1.1, 2.3"), as the summary shows them; absent when none (or an older master). */
  voided?: string;
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

const REQUIRED = ['unit', 'appraised', 'rank'] as const;

function rankingOf(grid: Grid, marker: MasterMarker, set: CriteriaSet, sheetOfUnit: ReadonlyMap<string, string>): GroupRanking | undefined {
  const found = findColumns(grid, marker, SUMMARY_LABELS, REQUIRED);
  if (!found) return undefined;
  const at = (row: number, name: keyof typeof SUMMARY_LABELS): CellValue => {
    const col = found.col[name];
    return col === undefined ? null : grid.value(row, col);
  };
  const rows: RankingRow[] = [];
  for (const { row, key } of keyedRows(grid, marker)) {
    if (!('unit' in key)) continue;
    const sheet = key.unit === '' ? key.sheet : sheetOfUnit.get(fromKeyValue(key.unit) ?? '');
    if (!sheet) continue;
    const rank = at(row, 'rank');
    const voided = cellText(at(row, 'voided'));
    rows.push({
      unit: cellText(at(row, 'unit')),
      sheet,
      row,
      self: at(row, 'self'),
      recomputed: at(row, 'recomputed'),
      appraised: at(row, 'appraised'),
      rank: typeof rank === 'number' ? rank : null,
      listed: rank !== UNLISTED_TEXT,
      band: cellText(at(row, 'band')),
      flags: cellText(at(row, 'flags')),
      ...(voided === '' ? {} : { voided }),
      previous: at(row, 'previous'),
    });
  }
  return { group: marker.key.group as GroupId, groupName: set.groupName, setId: set.id, sheet: grid.name, appraisedCol: found.col.appraised!, rows };
}

/** Every group's ranking as its summary sheet shows it, in the order of the sheets. */
export function readRankings(grids: readonly Grid[], sets: readonly CriteriaSet[]): GroupRanking[] {
  const sheetOfUnit = new Map<string, string>();
  for (const grid of grids) {
    const unit = unitSheetOf(grid);
    if (unit && !sheetOfUnit.has(unit.id)) sheetOfUnit.set(unit.id, grid.name);
  }
  const out: GroupRanking[] = [];
  for (const grid of grids) {
    const marker = masterMarkerOf(grid);
    if (marker?.kind !== 'summary') continue;
    const set = sets.find((s) => s.id === marker.key.set);
    const ranking = set && rankingOf(grid, marker, set, sheetOfUnit);
    if (ranking) out.push(ranking);
  }
  return out;
}

/** Roster units without a submission: ranked ones first, then "evaluated, not ranked" ones. */
export function notSubmitted(state: MasterState): RosterEntry[] {
  const received = new Set(state.units.map((u) => u.rosterCode).filter((c) => c !== undefined));
  const missing = state.roster.filter((r) => !received.has(r.code));
  return [...missing.filter((r) => r.ranked), ...missing.filter((r) => !r.ranked)];
}
