// The master's bookkeeping sheets: the roster (edited by the consolidator), the import log
// (append-only) and the units that have not submitted ("evaluated, not ranked" apart).

import type { SheetPlan } from '../../plan/model';
import type { LastYear, PreviousResult } from '../previous';
import type { LogEntry, LogResult, MasterState } from '../types';
import type { Group } from '../../criteria/model';
import { groupNameOf } from '../../criteria/groups';
import { FIRST_ROW, HEADER_ROW, LOG_COL, ROSTER_COL, SHEET } from './layout';
import { MasterSheet } from './sheet';
import { scoreStyle } from './styles';

/** The roster, editable; `groups` are those the consolidator may type in its group column. */
export function rosterSheet(state: MasterState, groups: readonly Group[]): SheetPlan {
  const codes = [...new Set([...groups.map((g) => g.code), ...state.roster.map((r) => r.group)])];
  const s = new MasterSheet(SHEET.roster, [10, 40, 10, 11, 14, 40, 50, 10, 10], ROSTER_COL.key);
  s.value(0, 0, `DANH SÁCH ĐƠN VỊ (sửa trực tiếp: nhóm ${codes.join('/')}; Xếp hạng: Có/Không)`, 'm.title');
  s.key(0, { master: 'roster' });
  ['Mã', 'Tên đơn vị', 'Nhóm', 'Xếp hạng', 'Điểm năm trước', 'Đơn vị tiền thân', 'Kết quả năm trước', 'Dữ liệu năm trước'].forEach((h, col) => s.value(HEADER_ROW, col, h, 'm.header'));
  state.roster.forEach((r, i) => {
    const row = FIRST_ROW + i;
    s.value(row, ROSTER_COL.code, r.code, 'm.edit');
    s.value(row, ROSTER_COL.name, r.name, 'm.edit');
    s.value(row, ROSTER_COL.group, r.group, 'm.edit');
    s.value(row, ROSTER_COL.ranked, r.ranked ? 'Có' : 'Không', 'm.edit');
    s.value(row, ROSTER_COL.previous, r.previousScore ?? null, scoreStyle(1));
    s.value(row, ROSTER_COL.predecessors, r.predecessors?.map((p) => p.name).join('; ') ?? null, 'm.edit');
    s.value(row, ROSTER_COL.lastYear, r.lastYear ? lastYearText(r.lastYear) : null, 'm.text');
    s.value(row, ROSTER_COL.lastYearData, r.lastYear ? JSON.stringify(r.lastYear) : null, 'm.key');
  });
  const rows = Math.max(state.roster.length + 200, 300);
  s.validations.push({ kind: 'list', range: { row: FIRST_ROW, col: ROSTER_COL.group, rows, cols: 1 }, items: codes });
  s.validations.push({ kind: 'list', range: { row: FIRST_ROW, col: ROSTER_COL.ranked, rows, cols: 1 }, items: ['Có', 'Không'] });
  const plan = s.plan();
  plan.columns[ROSTER_COL.lastYearData] = { width: 10, hidden: true };
  return plan;
}

const decimal = (value: number, precision: number) => value.toFixed(precision).replace('.', ',');

/** "49,9/100, hạng 3/3": a total on its own scale, never converted to another. */
function resultText(r: PreviousResult): string {
  const rank = r.rank === undefined ? 'không xếp hạng' : `hạng ${r.rank}/${r.of}`;
  return `${decimal(r.total, r.precision)}/${r.maxTotal}, ${rank}`;
}

/**
 * Last year in words, as the master shows it: each predecessor's total and rank on its own
 * scale (or the unit's own when it was not reorganised), the year, and those last year's
 * master does not have.
 */
export function lastYearText(last: LastYear): string {
  const year = last.results.length ? ` (năm ${last.results[0].year})` : '';
  const found = last.merged
    ? last.results.map((r) => `${r.name}: ${resultText(r)}`).join('; ')
    : last.results.map(resultText).join('; ');
  const missing = last.unmatched.join(', ');
  if (!last.merged && !found) return 'Không có đơn vị tiền thân; không có trong tổng hợp năm trước';
  if (!found) return `Không đơn vị tiền thân nào có trong tổng hợp năm trước: ${missing}`;
  return missing ? `${found}${year}. Không có trong tổng hợp năm trước: ${missing}` : `${found}${year}`;
}

/** The "last year" cell of a unit: a number only when it is one unit's total on this year's scale. */
export function lastYearCell(last: LastYear, maxTotal: number): string | number {
  const [only] = last.results;
  return !last.merged && last.results.length === 1 && only.maxTotal === maxTotal ? only.total : lastYearText(last);
}

export const RESULT_LABEL: Record<LogResult, string> = {
  accepted: 'Đã nhận',
  replaced: 'Thay bản cũ',
  unchanged: 'Không thay đổi',
  rejected: 'Từ chối',
};

export function logSheet(log: readonly LogEntry[]): SheetPlan {
  const s = new MasterSheet(SHEET.log, [22, 30, 20, 30, 18, 14, 14, 60, 60, 10], LOG_COL.key);
  s.value(0, 0, 'NHẬT KÝ NHẬP TỆP', 'm.title');
  s.key(0, { master: 'log' });
  ['Thời gian', 'Tệp', 'SHA-256', 'Đơn vị', 'Bộ tiêu chí', 'Phiên bản', 'Kết quả', 'Nội dung', 'Message'].forEach((h, col) =>
    s.value(HEADER_ROW, col, h, 'm.header'),
  );
  log.forEach((e, i) => {
    const row = FIRST_ROW + i;
    s.value(row, LOG_COL.time, e.time, 'm.text');
    s.value(row, LOG_COL.file, e.fileName, 'm.text');
    s.value(row, LOG_COL.hash, e.hash, 'm.text');
    s.value(row, LOG_COL.unit, e.unit, 'm.text');
    s.value(row, LOG_COL.set, e.setId, 'm.text');
    s.value(row, LOG_COL.version, e.version, 'm.text');
    s.value(row, LOG_COL.result, RESULT_LABEL[e.result], 'm.text');
    s.value(row, LOG_COL.message, e.message, 'm.text');
    s.value(row, LOG_COL.messageEn, e.messageEn, 'm.text');
    s.key(row, { log: e.result });
  });
  const plan = s.plan({ protect: true });
  plan.columns[LOG_COL.messageEn] = { width: 60, hidden: true };
  return plan;
}

export function missingSheet(state: MasterState, groups: readonly Group[]): SheetPlan {
  const s = new MasterSheet(SHEET.missing, [10, 40, 16, 10], 3);
  s.value(0, 0, 'ĐƠN VỊ CHƯA NỘP BIỂU MẪU', 'm.title');
  s.key(0, { master: 'missing' });
  ['Mã', 'Tên đơn vị', 'Nhóm'].forEach((h, col) => s.value(HEADER_ROW, col, h, 'm.header'));
  const received = new Set(state.units.map((u) => u.rosterCode).filter((c) => c !== undefined));
  const missing = state.roster.filter((r) => !received.has(r.code));
  let row = FIRST_ROW;
  const put = (r: (typeof missing)[number]) => {
    s.value(row, 0, r.code, 'm.text');
    s.value(row, 1, r.name, 'm.text');
    s.value(row++, 2, groupNameOf(r.group, groups), 'm.text');
  };
  missing.filter((r) => r.ranked).forEach(put);
  const notRanked = missing.filter((r) => !r.ranked);
  if (notRanked.length) {
    row++;
    s.value(row++, 1, 'Đơn vị được đánh giá, không xếp hạng:', 'm.note');
    notRanked.forEach(put);
  }
  return s.plan({ protect: true });
}
