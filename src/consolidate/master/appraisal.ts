// The appraisal sheet: one row per unit × criterion. Recomputed points are a live formula
// to the unit sheet's score cell; the appraiser types appraised points (blank = use the
// recomputed ones) and a reason; the points used feed the summary's appraised totals.

import type { SheetPlan } from '../../plan/model';
import { a1 } from '../../plan/address';
import { dataVersionOf } from '../merge';
import type { Appraisal } from '../types';
import type { GroupPlace } from './context';
import { APPRAISAL_COL as C, FIRST_ROW, HEADER_ROW, SHEET, sheetRef } from './layout';
import { MasterSheet } from './sheet';
import { appraisedStyle, scoreStyle } from './styles';

const HEADERS: [number, string][] = [
  [C.unit, 'Đơn vị'], [C.code, 'Mã tiêu chí'], [C.name, 'Tiêu chí'], [C.max, 'Điểm tối đa'], [C.self, 'Tự chấm'],
  [C.recomputed, 'Tính lại'], [C.appraised, 'Điểm thẩm định'], [C.reason, 'Lý do điều chỉnh'], [C.effective, 'Điểm sử dụng'],
  [C.dataVersion, 'Phiên bản dữ liệu'], [C.flag, 'Cần lưu ý'],
];

export const STALE_TEXT = 'Số liệu của đơn vị đã thay đổi sau khi thẩm định: cần xem lại.';

export function appraisalSheet(groups: readonly GroupPlace[], appraisals: readonly Appraisal[]): SheetPlan {
  const s = new MasterSheet(SHEET.appraisal, [30, 8, 50, 9, 9, 9, 11, 30, 10, 15, 30, 10], C.key);
  s.value(0, 0, 'THẨM ĐỊNH KẾT QUẢ TỰ ĐÁNH GIÁ (ô màu vàng: nhập điểm thẩm định và lý do; để trống = dùng điểm tính lại)', 'm.title');
  s.key(0, { master: 'appraisal' });
  for (const [col, label] of HEADERS) s.value(HEADER_ROW, col, label, 'm.header');
  const given = new Map(appraisals.map((a) => [`${a.unitKey}\u0000${a.criterionCode}`, a]));
  for (const g of groups) {
    const p = g.set.precision;
    const criteria = new Map(g.set.sections.flatMap((sec) => sec.criteria.map((c) => [c.code, c] as const)));
    for (const u of g.units) {
      const unit = u.standing.unit;
      for (const [code, row] of Object.entries(u.appraisalRow)) {
        const c = criteria.get(code)!;
        const a = given.get(`${unit.key}\u0000${code}`);
        const score = u.map.scoreCell[code];
        s.value(row, C.unit, unit.name, 'm.text');
        s.value(row, C.code, code, 'm.text');
        s.value(row, C.name, c.name, 'm.text');
        s.value(row, C.max, c.max, scoreStyle(p));
        const self = unit.selfScores[code];
        s.value(row, C.self, typeof self === 'number' ? self : null, scoreStyle(p));
        s.formula(row, C.recomputed, sheetRef(u.sheet, score.row, score.col), scoreStyle(p));
        s.value(row, C.appraised, a?.points ?? null, appraisedStyle(p));
        s.value(row, C.reason, a?.reason || null, 'm.edit');
        s.formula(row, C.effective, `IF(${a1(row, C.appraised)}="",${a1(row, C.recomputed)},${a1(row, C.appraised)})`, scoreStyle(p));
        s.value(row, C.dataVersion, a?.dataVersion ?? dataVersionOf(unit.hash), 'm.text');
        s.value(row, C.flag, a?.stale ? STALE_TEXT : null, 'm.text');
        s.key(row, { appr: '', sheet: u.sheet, crit: code });
        s.validations.push({
          kind: 'decimal',
          range: { row, col: C.appraised, rows: 1, cols: 1 },
          min: 0,
          max: c.max,
          message: `Điểm thẩm định từ 0 đến ${c.max}.`,
        });
      }
    }
  }
  return s.plan({ protect: true, rowHeights: { [HEADER_ROW]: 32 }, freezeRows: FIRST_ROW });
}
