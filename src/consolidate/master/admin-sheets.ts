// The master's bookkeeping sheets: the roster (edited by the consolidator) and the units that
// have not submitted ("evaluated, not ranked" apart). The import log is log-sheet.ts.

import type { SheetPlan } from '../../plan/model';
import type { MasterState } from '../types';
import type { Group } from '../../criteria/model';
import { groupNameOf } from '../../criteria/groups';
import { FIRST_ROW, HEADER_ROW, ROSTER_COL, SHEET } from './layout';
import { lastYearText } from './last-year-text';
import { MasterSheet } from './sheet';
import { scoreStyle } from './styles';

/**
 * The roster, editable. Its group column shows each group's Vietnamese name (a code typed there
 * is read too); the names it offers, `groups`', sit in a hidden column its drop-down lists
 * (names such as "Sở, ban, ngành" hold commas, which an inline list cannot).
 */
export function rosterSheet(state: MasterState, groups: readonly Group[]): SheetPlan {
  const codes = [...new Set([...groups.map((g) => g.code), ...state.roster.map((r) => r.group)])];
  const names = codes.map((code) => groupNameOf(code, groups));
  const s = new MasterSheet(SHEET.roster, [10, 40, 24, 11, 14, 40, 50, 10, 10, 24], ROSTER_COL.key);
  s.value(0, 0, 'DANH SÁCH ĐƠN VỊ (sửa trực tiếp: chọn nhóm trong danh sách; Xếp hạng: Có/Không)', 'm.title');
  s.key(0, { master: 'roster' });
  ['Mã', 'Tên đơn vị', 'Nhóm', 'Xếp hạng', 'Điểm năm trước', 'Đơn vị tiền thân', 'Kết quả năm trước', 'Dữ liệu năm trước'].forEach((h, col) => s.value(HEADER_ROW, col, h, 'm.header'));
  state.roster.forEach((r, i) => {
    const row = FIRST_ROW + i;
    s.value(row, ROSTER_COL.code, r.code, 'm.edit');
    s.value(row, ROSTER_COL.name, r.name, 'm.edit');
    s.value(row, ROSTER_COL.group, groupNameOf(r.group, groups), 'm.edit');
    s.value(row, ROSTER_COL.ranked, r.ranked ? 'Có' : 'Không', 'm.edit');
    s.value(row, ROSTER_COL.previous, r.previousScore ?? null, scoreStyle(1));
    s.value(row, ROSTER_COL.predecessors, r.predecessors?.map((p) => p.name).join('; ') ?? null, 'm.edit');
    s.value(row, ROSTER_COL.lastYear, r.lastYear ? lastYearText(r.lastYear) : null, 'm.text');
    s.value(row, ROSTER_COL.lastYearData, r.lastYear ? JSON.stringify(r.lastYear) : null, 'm.key');
  });
  const rows = Math.max(state.roster.length + 200, 300);
  names.forEach((name, i) => s.value(FIRST_ROW + i, ROSTER_COL.groupNames, name, 'm.text'));
  const itemsAt = { row: FIRST_ROW, col: ROSTER_COL.groupNames, rows: Math.max(names.length, 1), cols: 1 };
  s.validations.push({ kind: 'list', range: { row: FIRST_ROW, col: ROSTER_COL.group, rows, cols: 1 }, items: names, itemsAt });
  s.validations.push({ kind: 'list', range: { row: FIRST_ROW, col: ROSTER_COL.ranked, rows, cols: 1 }, items: ['Có', 'Không'] });
  const plan = s.plan();
  plan.columns[ROSTER_COL.lastYearData] = { width: 10, hidden: true };
  plan.columns[ROSTER_COL.groupNames] = { width: 24, hidden: true };
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
