// Rosters: the units a consolidator expects forms from. Built-in ones are data files
// (builtin.ts); a user's roster is a sheet (the master's "Danh sách", or a roster .xlsx) with
// the columns code, name, group, ranked and, optionally, last year's score.

import { BUILTIN_SETS } from '../../sets/builtin';
import { groupsOf } from '../../criteria/groups';
import type { Group, GroupId } from '../../criteria/model';
import type { CellValue, Grid } from '../../plan/grid';
import { cleanName, unitKey } from '../names';
import type { LastYear } from '../previous';
import type { RosterEntry } from '../types';
import { msg, type Message } from '../../messages';

export { BUILTIN_ROSTERS, builtinRoster, builtinRostersFor, entriesOf, findBuiltinRoster, rosterGroup, rosterValidIn } from './builtin';
export type { RosterFile, RosterUnit } from './builtin';

/** Column headers a roster sheet may use (Vietnamese as the master writes them, or English). */
export const ROSTER_HEADERS = {
  code: ['mã', 'mã đơn vị', 'code'],
  name: ['tên đơn vị', 'đơn vị', 'name', 'unit'],
  group: ['nhóm', 'group'],
  ranked: ['xếp hạng', 'ranked'],
  previous: ['điểm năm trước', 'previous', 'last year'],
  predecessors: ['đơn vị tiền thân', 'predecessors'],
  lastYearData: ['dữ liệu năm trước'],
} as const;

type Column = keyof typeof ROSTER_HEADERS;

/** Words rosters written before groups were data use for the so / huyen / xa groups. */
const LEGACY_GROUP_WORDS: Readonly<Record<string, GroupId>> = {
  so: 'so', 'sở': 'so', 'sở, ban, ngành': 'so', 'cấp tỉnh': 'so',
  huyen: 'huyen', 'huyện': 'huyen', 'cấp huyện': 'huyen',
  xa: 'xa', 'xã': 'xa', 'cấp xã': 'xa', 'phường, xã': 'xa',
};

/** The group a roster's "group" cell names: a group's code or name, or a legacy word. */
function groupWords(groups: readonly Group[]): Map<string, GroupId> {
  const words = new Map<string, GroupId>(Object.entries(LEGACY_GROUP_WORDS));
  for (const g of groups) {
    words.set(g.code, g.code);
    if (!words.has(cleanName(g.name).toLowerCase())) words.set(cleanName(g.name).toLowerCase(), g.code);
  }
  return words;
}

/** Last year's results a master keeps for a unit (written by --previous); undefined when absent or damaged. */
function lastYearFromCell(value: CellValue): LastYear | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<LastYear>;
    return Array.isArray(parsed.results) && Array.isArray(parsed.unmatched) && typeof parsed.merged === 'boolean' ? (parsed as LastYear) : undefined;
  } catch {
    return undefined;
  }
}

const NO_WORDS = new Set(['không', 'no', 'false', '0', 'n', 'k']);

function text(v: CellValue): string {
  return v === null ? '' : cleanName(String(v));
}

/** Where the header row is and which column holds what; undefined when the sheet has none. */
function findHeader(grid: Grid): { row: number; cols: Partial<Record<Column, number>> } | undefined {
  for (let row = 0; row < Math.min(grid.rowCount, 30); row++) {
    const cols: Partial<Record<Column, number>> = {};
    for (let col = 0; col < grid.colCount; col++) {
      const label = text(grid.value(row, col)).toLowerCase();
      for (const [column, labels] of Object.entries(ROSTER_HEADERS) as [Column, readonly string[]][]) {
        if (cols[column] === undefined && labels.includes(label)) cols[column] = col;
      }
    }
    if (cols.name !== undefined && cols.group !== undefined) return { row, cols };
  }
  return undefined;
}

export interface RosterProblem {
  row: number;
  /** Why the row (or the sheet) was not read. */
  message: Message;
}

export interface RosterRead {
  entries: RosterEntry[];
  problems: RosterProblem[];
}

/**
 * Reads a roster sheet; rows without a name are skipped, rows with an unknown group reported.
 * `groups` are the groups the roster may name (default: those of the built-in sets).
 */
export function rosterFromGrid(grid: Grid, groups: readonly Group[] = groupsOf(BUILTIN_SETS)): RosterRead {
  const header = findHeader(grid);
  if (!header) {
    return {
      entries: [],
      problems: [{
        row: 0,
        message: msg('roster.sheet.noHeader', { sheet: grid.name }),
      }],
    };
  }
  const { cols } = header;
  const cell = (row: number, column: Column) => (cols[column] === undefined ? null : grid.value(row, cols[column]!));
  const entries: RosterEntry[] = [];
  const problems: RosterProblem[] = [];
  const seen = new Set<string>();
  const words = groupWords(groups);
  const codes = [...new Set(words.values())];
  for (let row = header.row + 1; row < grid.rowCount; row++) {
    const name = text(cell(row, 'name'));
    if (!name || name.startsWith('#egov|')) continue;
    const groupText = text(cell(row, 'group')).toLowerCase();
    const group = words.get(groupText);
    if (!group) {
      problems.push({
        row,
        message: msg('roster.sheet.unknownGroup', { row: row + 1, group: groupText, name, codes }),
      });
      continue;
    }
    if (seen.has(unitKey(name))) {
      problems.push({ row, message: msg('roster.sheet.duplicate', { row: row + 1, name }) });
      continue;
    }
    seen.add(unitKey(name));
    const previous = cell(row, 'previous');
    const predecessors = text(cell(row, 'predecessors')).split(';').map(cleanName).filter((p) => p !== '');
    const lastYear = lastYearFromCell(cell(row, 'lastYearData'));
    entries.push({
      code: text(cell(row, 'code')) || String(entries.length + 1),
      name,
      group,
      ranked: !NO_WORDS.has(text(cell(row, 'ranked')).toLowerCase()),
      ...(typeof previous === 'number' ? { previousScore: previous } : {}),
      ...(predecessors.length ? { predecessors: predecessors.map((p) => ({ name: p })) } : {}),
      ...(lastYear ? { lastYear } : {}),
    });
  }
  return { entries, problems };
}
