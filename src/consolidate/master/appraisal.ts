// The appraisal sheet: one row per unit × criterion. Recomputed points are a live formula
// to the unit sheet's score cell; the appraiser types appraised points (blank = use the
// recomputed ones) and a reason; the points used feed the summary's appraised totals. Each row's
// hidden key names the unit by its id, the criterion and the data version the appraisal was made
// on (the file's hash, kept out of sight). "Số liệu không hợp lệ" says why invalid data voids the
// criterion ("0 điểm — số liệu không hợp lệ: 25 > 20"), the appraiser's cue to check the unit's
// data: on the rows the engine voids when the master is written, as a live formula over the unit
// sheet's values, so a correction typed there clears it at once. Not on every row: 9,000 such
// formulas (300 units) would add 0.34 MB to a write that Excel on the web must take in 3 MB; data
// made invalid in a unit sheet later is flagged at the next write, which re-reads the sheet. Appraisals whose unit the master no longer holds are
// kept in a block at the end, and attach again when the unit's file is imported.

import type { SheetPlan } from '../../plan/model';
import { a1 } from '../../plan/address';
import { dataVersionOf } from '../merge';
import type { Appraisal } from '../types';
import { voidTextFormula } from '../../scoring/formula';
import { unitFormulaContext, type GroupPlace, type UnitPlace } from './context';
import { keyValue } from './keys';
import { APPRAISAL_COL as C, APPRAISAL_LABELS, FIRST_ROW, HEADER_ROW, SHEET, sheetRef } from './layout';
import { MasterSheet } from './sheet';
import { appraisedStyle, scoreStyle } from './styles';

export const STALE_TEXT = 'Số liệu của đơn vị đã thay đổi sau khi thẩm định: cần xem lại.';
const ORPHANS_TITLE = 'Điểm thẩm định chưa gắn được với đơn vị nào (đơn vị không còn trong tệp tổng hợp; sẽ gắn lại khi nhập lại tệp của đơn vị):';

const appraisalKey = (unitId: string, code: string, version: string) => ({ appr: keyValue(unitId), crit: keyValue(code), ver: version });

/** The codes of the unit's criteria voided by invalid data as it was read (the engine's). */
export function voidedCodes(u: UnitPlace): Set<string> {
  return new Set(u.standing.recomputed.criteria.filter((c) => c.voided).map((c) => c.code));
}

function unitRows(s: MasterSheet, g: GroupPlace, given: Map<string, Appraisal>): void {
  const p = g.set.precision;
  const criteria = new Map(g.set.sections.flatMap((sec) => sec.criteria.map((c) => [c.code, c] as const)));
  for (const u of g.units) {
    const unit = u.standing.unit;
    const voided = voidedCodes(u);
    for (const [code, row] of Object.entries(u.appraisalRow)) {
      const c = criteria.get(code)!;
      const a = given.get(`${unit.id}\u0000${code}`);
      const score = u.map.scoreCell[code];
      s.value(row, C.unit, unit.name, 'm.text');
      s.value(row, C.group, g.set.groupName, 'm.text');
      s.value(row, C.code, code, 'm.text');
      s.value(row, C.name, c.name, 'm.text');
      s.value(row, C.max, c.max, scoreStyle(p));
      const self = unit.selfScores[code];
      s.value(row, C.self, typeof self === 'number' ? self : null, scoreStyle(p));
      s.formula(row, C.recomputed, sheetRef(u.sheet, score.row, score.col), scoreStyle(p));
      if (voided.has(code)) s.formula(row, C.invalid, voidTextFormula(g.set, c, unitFormulaContext(g, u)), 'm.text');
      else s.value(row, C.invalid, null, 'm.text');
      s.value(row, C.appraised, a?.points ?? null, appraisedStyle(p));
      s.value(row, C.reason, a?.reason || null, 'm.edit');
      s.formula(row, C.effective, `IF(${a1(row, C.appraised)}="",${a1(row, C.recomputed)},${a1(row, C.appraised)})`, scoreStyle(p));
      s.value(row, C.flag, a?.stale ? STALE_TEXT : null, 'm.text');
      s.key(row, appraisalKey(unit.id, code, a?.dataVersion ?? dataVersionOf(unit.hash)));
      // A deduction item's points are negative, as recomputed: appraised from −max to 0.
      const deduction = u.standing.recomputed.criteria.find((x) => x.code === code)?.role === 'deduction';
      const [min, max] = deduction ? [-c.max, 0] : [0, c.max];
      s.validations.push({ kind: 'decimal', range: { row, col: C.appraised, rows: 1, cols: 1 }, min, max, message: `Điểm thẩm định từ ${min} đến ${max}.` });
    }
  }
}

/** The appraisals of units the master does not hold, below the table, as they were read. */
function orphanRows(s: MasterSheet, orphans: readonly Appraisal[], first: number): void {
  if (orphans.length === 0) return;
  s.value(first, C.unit, ORPHANS_TITLE, 'm.note');
  orphans.forEach((a, i) => {
    const row = first + 1 + i;
    s.value(row, C.unit, a.unitName, 'm.text');
    s.value(row, C.code, a.criterionCode, 'm.text');
    s.value(row, C.appraised, a.points, scoreStyle(4));
    s.value(row, C.reason, a.reason || null, 'm.text');
    s.key(row, { ...appraisalKey(a.unitId, a.criterionCode, a.dataVersion), orphan: '' });
  });
}

export function appraisalSheet(groups: readonly GroupPlace[], appraisals: readonly Appraisal[]): SheetPlan {
  const s = new MasterSheet(SHEET.appraisal, [30, 16, 8, 50, 9, 9, 9, 36, 11, 30, 10, 30, 10], C.key);
  s.value(0, 0, 'THẨM ĐỊNH KẾT QUẢ TỰ ĐÁNH GIÁ (ô màu vàng: nhập điểm thẩm định và lý do; để trống = dùng điểm tính lại)', 'm.title');
  s.key(0, { master: 'appraisal' });
  for (const [name, label] of Object.entries(APPRAISAL_LABELS)) s.value(HEADER_ROW, C[name as keyof typeof APPRAISAL_LABELS], label, 'm.header');
  const given = new Map(appraisals.map((a) => [`${a.unitId}\u0000${a.criterionCode}`, a]));
  for (const g of groups) unitRows(s, g, given);
  const held = new Set(groups.flatMap((g) => g.units.map((u) => u.standing.unit.id)));
  // A loop, not Math.max(...rows): a master of thousands of units has more rows than a call has arguments.
  let last = FIRST_ROW - 1;
  for (const g of groups) for (const u of g.units) for (const row of Object.values(u.appraisalRow)) last = Math.max(last, row);
  orphanRows(s, appraisals.filter((a) => !held.has(a.unitId)), last + 2);
  return s.plan({ protect: true, rowHeights: { [HEADER_ROW]: 32 }, freezeRows: FIRST_ROW });
}
