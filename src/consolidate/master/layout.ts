// Where things sit on the master workbook's own sheets: sheet names, columns, the first
// data row, and the hidden key column that lets readMasterState recognise every sheet and row.

import type { CriteriaSet, Group } from '../../criteria/model';
import { cohortFields } from '../../scoring/cohort';
import { a1 } from '../../plan/address';
import { safeSheetName } from './sheet-names';

export const SHEET = {
  roster: 'Danh sách',
  log: 'Nhật ký nhập',
  appraisal: 'Thẩm định',
  missing: 'Chưa nộp',
  /** Hidden: a copy of everything the master knows, to rebuild deleted sheets from (data-sheet.ts). */
  data: 'Dữ liệu',
} as const;

/** The sheet of a unit whose name and file name leave nothing usable as a sheet name. */
export const DEFAULT_UNIT_SHEET = 'Đơn vị';
/** Where a unit's rank would be: not on the roster ("ngoài danh sách"), or "evaluated, not ranked". */
export const UNLISTED_TEXT = 'Ngoài danh sách';
export const NOT_RANKED_TEXT = 'Không xếp hạng';
/** Ends a text cut at Excel's 32,767 characters per cell. */
export const CUT_MARK = ' …[đã cắt bớt: quá 32.767 ký tự]';

/** Sheet names of the codes of the fixed so/huyen/xa list, kept so that masters keep theirs. */
const LEGACY_GROUP_WORD: ReadonlyMap<string, string> = new Map([['so', 'sở'], ['huyen', 'huyện'], ['xa', 'xã']]);

/** A group in a sheet name: its legacy word, else its name. */
function sheetWord(group: Pick<Group, 'code' | 'name'>): string {
  return LEGACY_GROUP_WORD.get(group.code) ?? (safeSheetName(group.name) || group.code);
}

/** "<prefix> <group>" as a valid sheet name (cut at 31 units without breaking a letter). */
const sheetName = (prefix: string, group: Pick<Group, 'code' | 'name'>) => safeSheetName(`${prefix} ${sheetWord(group)}`);
export const summarySheetName = (group: Pick<Group, 'code' | 'name'>) => sheetName('Tổng hợp', group);
export const publishSheetName = (group: Pick<Group, 'code' | 'name'>) => sheetName('Công bố', group);

/** The group of a set, as the master's sheet names need it. */
export const setGroup = (set: CriteriaSet): Pick<Group, 'code' | 'name'> => ({ code: set.group, name: set.groupName });

/** Marker kinds in the hidden key column's first cell: "#egov|master=<kind>[;group=<g>]". */
export type MasterSheetKind = 'roster' | 'log' | 'summary' | 'publish' | 'appraisal' | 'missing' | 'data';

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
  /** Codes of the criteria invalid data voids (from the appraisal sheet's "Số liệu không hợp lệ"). */
  voided: number;
  previous: number;
  /** Hidden: the appraised total of ranked units only (RANK.EQ's range). */
  rankScore: number;
  /** Hidden: the tie-broken rank that orders the publish table. */
  order: number;
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
    flags: next(), voided: next(), previous: next(), rankScore: next(), order: next(),
  };
  const cohort: Record<string, number> = {};
  for (const { field } of cohortFields(set)) cohort[field] = next();
  const key = next();
  return { stt: 0, unit: 1, sections, ...fixed, cohort, key, count: col };
}

/** Columns of the appraisal sheet as written; readers find them by their headers (APPRAISAL_LABELS). */
export const APPRAISAL_COL = {
  unit: 0,
  group: 1,
  code: 2,
  name: 3,
  max: 4,
  self: 5,
  recomputed: 6,
  invalid: 7,
  appraised: 8,
  reason: 9,
  effective: 10,
  flag: 11,
  key: 12,
} as const;

export const APPRAISAL_LABELS = {
  unit: 'Đơn vị',
  group: 'Nhóm',
  code: 'Mã tiêu chí',
  name: 'Tiêu chí',
  max: 'Điểm tối đa',
  self: 'Tự chấm',
  recomputed: 'Tính lại',
  /** Why invalid data voids the criterion (a live formula over the unit sheet), blank while valid. */
  invalid: 'Số liệu không hợp lệ',
  appraised: 'Điểm thẩm định',
  reason: 'Lý do điều chỉnh',
  effective: 'Điểm sử dụng',
  flag: 'Cần lưu ý',
} as const;

/** Columns of the roster sheet as written (readers find them by their headers); groupNames: hidden, the group column's choices. */
export const ROSTER_COL = { code: 0, name: 1, group: 2, ranked: 3, previous: 4, predecessors: 5, lastYear: 6, lastYearData: 7, key: 8, groupNames: 9 } as const;

/** Columns of the import log as written; readers find them by their headers (LOG_LABELS). */
export const LOG_COL = { time: 0, file: 1, unit: 2, set: 3, version: 4, result: 5, message: 6, hash: 7, key: 8 } as const;

export const LOG_TITLE = 'NHẬT KÝ NHẬP TỆP';

export const RESULT_LABEL = {
  accepted: 'Đã nhận',
  replaced: 'Thay bản cũ',
  unchanged: 'Không thay đổi',
  rejected: 'Từ chối',
} as const;

/** Headers of masters written before: the log's time, the appraisal's visible data version, the summary's import data. */
export const OLD_LABELS = { logTime: 'Thời gian', logEnglish: 'Message', dataVersion: 'Phiên bản dữ liệu', unitData: 'Dữ liệu nhập' } as const;

export const LOG_LABELS = {
  time: 'Thời gian (giờ Việt Nam)',
  file: 'Tệp',
  unit: 'Đơn vị',
  set: 'Bộ tiêu chí',
  version: 'Phiên bản',
  result: 'Kết quả',
  message: 'Nội dung',
  hash: 'SHA-256',
} as const;
