// The publish table of a group: ranked units ordered live by the summary's tie-broken rank
// (RANK.EQ + COUNTIF of equal scores above), so an appraisal edit re-orders it.

import { a1 } from '../../plan/address';
import type { SheetPlan } from '../../plan/model';
import type { GroupPlace } from './context';
import { FIRST_ROW, HEADER_ROW } from './layout';
import { MasterSheet } from './sheet';
import { scoreStyle } from './styles';

const COLS = { rank: 0, unit: 1, score: 2, band: 3, previous: 4, key: 5 } as const;

export function publishSheet(g: GroupPlace): SheetPlan {
  const p = g.set.precision;
  const s = new MasterSheet(g.publish, [9, 40, 12, 14, 12, 10], COLS.key);
  s.value(0, 0, `KẾT QUẢ XẾP HẠNG — ${g.set.groupName.toUpperCase()} (${g.set.year})`, 'm.title');
  s.key(0, { master: 'publish', group: g.standing.group });
  const headers = ['Xếp hạng', 'Đơn vị', 'Điểm', 'Xếp loại', 'Năm trước'];
  headers.forEach((h, col) => s.value(HEADER_ROW, col, h, 'm.header'));
  const ranked = g.units.filter((u) => u.standing.ranked);
  if (ranked.length > 0) {
    const first = FIRST_ROW;
    const last = FIRST_ROW + g.units.length - 1;
    const range = (col: number) => `'${g.summary}'!${a1(first, col, true)}:${a1(last, col, true)}`;
    const pick = (col: number, i: number) => `INDEX(${range(col)},MATCH(${i},${range(g.cols.order)},0))`;
    ranked.forEach((_, i) => {
      const row = FIRST_ROW + i;
      s.formula(row, COLS.rank, pick(g.cols.rank, i + 1), 'm.int');
      s.formula(row, COLS.unit, pick(g.cols.unit, i + 1), 'm.text');
      s.formula(row, COLS.score, pick(g.cols.appraised, i + 1), scoreStyle(p));
      s.formula(row, COLS.band, `${pick(g.cols.band, i + 1)}&""`, 'm.text');
      s.formula(row, COLS.previous, `IF(${pick(g.cols.previous, i + 1)}="","",${pick(g.cols.previous, i + 1)})`, scoreStyle(p));
    });
  }
  let row = FIRST_ROW + ranked.length + 1;
  const apart = (title: string, units: typeof g.units) => {
    if (units.length === 0) return;
    s.value(row++, COLS.unit, title, 'm.note');
    for (const u of units) s.value(row++, COLS.unit, u.standing.unit.name, 'm.text');
    row++;
  };
  apart('Đơn vị được đánh giá, không xếp hạng:', g.units.filter((u) => u.standing.listed && !u.standing.ranked));
  apart('Đơn vị ngoài danh sách (chưa xếp hạng cho đến khi được chấp nhận vào danh sách):', g.units.filter((u) => !u.standing.listed));
  return s.plan({ protect: true, print: {
    paper: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true,
    area: { row: 0, col: 0, rows: Math.max(row, FIRST_ROW + 1), cols: 5 }, repeatRows: { first: HEADER_ROW, last: HEADER_ROW }, pageNumbers: true,
  } });
}
