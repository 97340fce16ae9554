// Where things sit on the master workbook's own sheets: sheet names, columns, the first
// data row, and the hidden key column that lets readMasterState recognise every sheet and row.

import type { CriteriaSet, Group } from '../../criteria/model';
import { cohortFields } from '../../scoring/cohort';
import { a1 } from '../../plan/address';

export const SHEET = {
  roster: 'Danh sách',
  log: 'Nhật ký nhập',
  appraisal: 'Thẩm định',
  missing: 'Chưa nộp',
} as const;

/** Sheet names of the codes of the fixed so/huyen/xa list, kept so that masters keep theirs. */
const LEGACY_GROUP_WORD: ReadonlyMap<string, string> = new Map([['so', 'sở'], ['huyen', 'huyện'], ['xa', 'xã']]);

/** A group in a sheet name: its legacy word, else its name without the characters sheets refuse. */
function sheetWord(group: Pick<Group, 'code' | 'name'>): string {
  return LEGACY_GROUP_WORD.get(group.code) ?? (group.name.replace(BAD_SHEET_CHARS, ' ').replace(/\s+/g, ' ').trim() || group.code);
}

const sheetName = (prefix: string, group: Pick<Group, 'code' | 'name'>) => `${prefix} ${sheetWord(group)}`.slice(0, 31).trim();
export const summarySheetName = (group: Pick<Group, 'code' | 'name'>) => sheetName('Tổng hợp', group);
export const publishSheetName = (group: Pick<Group, 'code' | 'name'>) => sheetName('Công bố', group);

/** The group of a set, as the master's sheet names need it. */
export const setGroup = (set: CriteriaSet): Pick<Group, 'code' | 'name'> => ({ code: set.group, name: set.groupName });

/** Marker kinds in the hidden key column's first cell: "#egov|master=<kind>[;group=<g>]". */
export type MasterSheetKind = 'roster' | 'log' | 'summary' | 'publish' | 'appraisal' | 'missing';

/** Rows: 0 title, 1 cohort bests (summary), 2 header, 3… data. */
export const HEADER_ROW = 2;
export const FIRST_ROW = 3;
export const BEST_ROW = 1;

/** A cell of another sheet, absolute: 'Tổng hợp xã'!$L$2. */
export function sheetRef(sheet: string, row: number, col: number, absolute = true): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1(row, col, absolute)}`;
}

/** Columns of a group's summary sheet (they depend on the set's sections and cohort fields). */
export interface SummaryColumns {
  stt: number;
  unit: number;
  /** One per section, in set order: appraised sub-totals. */
  sections: number[];
  self: number;
  recomputed: number;
  appraised: number;
  difference: number;
  rank: number;
  band: number;
  flags: number;
  previous: number;
  /** Hidden: the appraised total of ranked units only (RANK.EQ's range). */
  rankScore: number;
  /** Hidden: the tie-broken rank that orders the publish table. */
  order: number;
  /** Hidden: import data (JSON) the unit sheet does not hold. */
  data: number;
  /** Hidden: each cohort field's value, by field id; their best sits in BEST_ROW. */
  cohort: Record<string, number>;
  key: number;
  count: number;
}

export function summaryColumns(set: CriteriaSet): SummaryColumns {
  let col = 2;
  const sections = set.sections.map(() => col++);
  const next = () => col++;
  const fixed = {
    self: next(), recomputed: next(), appraised: next(), difference: next(), rank: next(), band: next(),
    flags: next(), previous: next(), rankScore: next(), order: next(), data: next(),
  };
  const cohort: Record<string, number> = {};
  for (const { field } of cohortFields(set)) cohort[field] = next();
  const key = next();
  return { stt: 0, unit: 1, sections, ...fixed, cohort, key, count: col };
}

/** Columns of the appraisal sheet. */
export const APPRAISAL_COL = {
  unit: 0,
  code: 1,
  name: 2,
  max: 3,
  self: 4,
  recomputed: 5,
  appraised: 6,
  reason: 7,
  effective: 8,
  dataVersion: 9,
  flag: 10,
  key: 11,
} as const;

export const ROSTER_COL = { code: 0, name: 1, group: 2, ranked: 3, previous: 4, predecessors: 5, lastYear: 6, lastYearData: 7, key: 8 } as const;

export const LOG_COL = { time: 0, file: 1, hash: 2, unit: 3, set: 4, version: 5, result: 6, message: 7, messageEn: 8, key: 9 } as const;

/** Characters a sheet name may not hold (Excel's, plus the key separators ";" "=" and quotes). */
const BAD_SHEET_CHARS = /[[\]:*?/\\;='"]/g;

/** Unique sheet names (≤ 31 characters) for units, avoiding `taken`. */
export function unitSheetNames(names: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return names.map((name) => {
    const base = name.replace(BAD_SHEET_CHARS, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Đơn vị';
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = base.slice(0, 31 - suffix.length).trim() + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
