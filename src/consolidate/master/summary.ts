// A group's summary sheet: one row per unit with live formulas (appraised section
// sub-totals from the appraisal sheet and the appraised total, in the form's order of operations, recomputed total from the unit's sheet, appraised
// total, difference, RANK.EQ over ranked units, band), the cohort bests the unit sheets
// divide by, and a bar chart of the appraised totals.

import { a1 } from '../../plan/address';
import type { ChartPlan, SheetPlan } from '../../plan/model';
import { bandFormula, rankFormula } from '../../scoring/formula';
import { sectionValueFormula, totalValueFormula } from '../../scoring/totals';
import { formulaString, numberRef } from '../../rules/formula-text';
import { voidFormula } from '../../scoring/formula';
import { cohortOwners } from '../../form/cohort-cells';
import type { Flag } from '../types';
import { voidedCodes } from './appraisal';
import { unitFormulaContext, type GroupPlace, type UnitPlace } from './context';
import { keyValue } from './keys';
import { APPRAISAL_COL, BEST_ROW, FIRST_ROW, HEADER_ROW, NOT_RANKED_TEXT, SHEET, UNLISTED_TEXT, sheetRef } from './layout';
import { lastYearCell } from './last-year-text';
import { MasterSheet } from './sheet';
import { scoreStyle } from './styles';

const FLAG_LABEL: Record<Flag['kind'], string> = {
  scoreMismatch: 'Lệch điểm tự chấm',
  formulaOverwritten: 'Công thức bị ghi đè',
  evidenceMissing: 'Thiếu tài liệu kiểm chứng',
  input: 'Lỗi số liệu',
  unknownUnit: 'Ngoài danh sách',
  appraisalStale: 'Thẩm định cần xem lại',
  legacyFont: 'Chữ gõ bảng mã cũ (TCVN3/VNI)',
};

/** One line summarising a unit's flags: "Lệch điểm tự chấm: 1.1, 2.3; Ngoài danh sách". */
export function flagSummary(flags: readonly Pick<Flag, 'kind' | 'criterionCode'>[]): string {
  const byKind = new Map<Flag['kind'], Set<string>>();
  for (const f of flags) {
    const codes = byKind.get(f.kind) ?? new Set<string>();
    if (f.criterionCode) codes.add(f.criterionCode);
    byKind.set(f.kind, codes);
  }
  return [...byKind]
    .map(([kind, codes]) => (codes.size ? `${FLAG_LABEL[kind]}: ${[...codes].join(', ')}` : FLAG_LABEL[kind]))
    .join('; ');
}

/** Header text of the summary's fixed columns (readers find the columns by it). */
export const SUMMARY_LABELS = {
  stt: 'STT', unit: 'Đơn vị', self: 'Tự đánh giá', recomputed: 'Tính lại', appraised: 'Sau thẩm định',
  difference: 'Chênh lệch', rank: 'Xếp hạng', band: 'Xếp loại', flags: 'Cần lưu ý', voided: 'Tiêu chí không hợp lệ', previous: 'Năm trước',
  rankScore: 'Điểm xếp hạng', order: 'Thứ tự công bố',
} as const;

function summaryWidths({ cols, set, units }: GroupPlace): number[] {
  const widths = Array.from({ length: cols.count }, () => 10);
  widths[cols.stt] = 5;
  widths[cols.unit] = 34;
  widths[cols.flags] = 40;
  widths[cols.voided] = 18;
  // Last year in words (merged units: each predecessor on its own scale) needs room.
  if (units.some((u) => u.standing.lastYear && typeof lastYearCell(u.standing.lastYear, set.maxTotal) === 'string')) widths[cols.previous] = 45;
  return widths;
}

type Unit = GroupPlace['units'][number];

/** A unit's value of a cohort field as the best row reads it: 0 while its criterion carrying the best is voided. */
function cohortValueFormula(g: GroupPlace, u: UnitPlace, field: string, owner: string | undefined): string {
  const ctx = unitFormulaContext(g, u);
  const criterion = g.set.sections.flatMap((s) => s.criteria).find((c) => c.code === owner);
  const voided = criterion && voidFormula(g.set, criterion, ctx);
  return voided ? `IF(${voided},0,${numberRef(ctx.fieldRef(field))})` : numberRef(ctx.fieldRef(field));
}

/**
 * The codes of the unit's voided criteria, live from the appraisal sheet's "Số liệu không hợp lệ"
 * cells (which the voided criteria carry: appraisal.ts): "1.1 2.3" (TRIM: the preview's formula
 * engine has no MID), blank once corrected; undefined when none is voided.
 */
export function voidedCodesFormula(u: UnitPlace): string | undefined {
  const parts = [...voidedCodes(u)].map((code) => `IF(${sheetRef(SHEET.appraisal, u.appraisalRow[code], APPRAISAL_COL.invalid, false)}<>"",${formulaString(` ${code}`)},"")`);
  return parts.length === 0 ? undefined : `TRIM(${parts.join('&')})`;
}

/** The title, the key row and the header row, with the cohort bests above the rows. */
function writeHeaders(s: MasterSheet, g: GroupPlace, column: (col: number) => string): void {
  const { cols, set } = g;
  s.value(0, 0, `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ — ${set.groupName.toUpperCase()} (${set.title}, ${set.year})`, 'm.title');
  s.key(0, { master: 'summary', group: g.standing.group, set: set.id });
  for (const [name, label] of Object.entries(SUMMARY_LABELS)) s.value(HEADER_ROW, cols[name as keyof typeof SUMMARY_LABELS], name === 'stt' ? 'STT' : label, 'm.header');
  set.sections.forEach((section, i) => s.value(HEADER_ROW, cols.sections[i], `${section.code} (${section.max})`, 'm.header'));
  for (const [field, col] of Object.entries(cols.cohort)) {
    s.value(HEADER_ROW, col, field, 'm.header');
    s.formula(BEST_ROW, col, `MAX(${column(col)})`, scoreStyle(4));
  }
}

/** A unit's scores: appraised section sub-totals, self, recomputed and appraised totals, difference. */
function writeScores(s: MasterSheet, g: GroupPlace, u: Unit): void {
  const { cols, set } = g;
  const p = set.precision;
  const r = u.summaryRow;
  const st = u.standing;
  const cell = (col: number) => a1(r, col);
  set.sections.forEach((section, i) => {
    const rows = section.criteria.map((c) => u.appraisalRow[c.code]);
    const refs = rows.map((row) => sheetRef(SHEET.appraisal, row, APPRAISAL_COL.effective, false));
    s.formula(r, cols.sections[i], sectionValueFormula(section, refs, p), scoreStyle(p));
  });
  const applicable = u.map.applicableCell && sheetRef(u.sheet, u.map.applicableCell.row, u.map.applicableCell.col);
  s.value(r, cols.self, typeof st.unit.selfTotal === 'number' ? st.unit.selfTotal : null, scoreStyle(p));
  s.formula(r, cols.recomputed, sheetRef(u.sheet, u.map.totalCell.row, u.map.totalCell.col), scoreStyle(p));
  s.formula(r, cols.appraised, totalValueFormula(set, cols.sections.map(cell), applicable, p), scoreStyle(p));
  if (typeof st.unit.selfTotal === 'number') s.formula(r, cols.difference, `ROUND(${cell(cols.appraised)}-${cell(cols.self)},${p})`, scoreStyle(p));
  else s.value(r, cols.difference, null, scoreStyle(p));
}

/** A unit's rank score, rank (or why it has none), publication order and band. */
function writeRank(s: MasterSheet, g: GroupPlace, u: Unit, column: (col: number) => string): void {
  const { cols, set } = g;
  const p = set.precision;
  const r = u.summaryRow;
  const st = u.standing;
  const cell = (col: number) => a1(r, col);
  if (st.ranked) {
    s.formula(r, cols.rankScore, cell(cols.appraised), scoreStyle(p));
    s.formula(r, cols.rank, rankFormula(cell(cols.appraised), column(cols.rankScore)), 'm.int');
    s.formula(r, cols.order, `${cell(cols.rank)}+COUNTIF(${a1(FIRST_ROW, cols.rankScore, true)}:${cell(cols.rankScore)},${cell(cols.rankScore)})-1`, 'm.int');
  } else {
    s.value(r, cols.rankScore, null, scoreStyle(p));
    s.value(r, cols.rank, st.listed ? NOT_RANKED_TEXT : UNLISTED_TEXT, 'm.text');
    s.value(r, cols.order, null, 'm.int');
  }
  s.formula(r, cols.band, set.bands.length ? bandFormula(cell(cols.appraised), set.bands) : '""', 'm.text');
}

/** A unit's row: number, name, scores, rank, flags, last year, cohort values and key. */
function writeUnitRow(s: MasterSheet, g: GroupPlace, u: Unit, staleUnits: ReadonlySet<string>, column: (col: number) => string): void {
  const { cols, set } = g;
  const p = set.precision;
  const r = u.summaryRow;
  const st = u.standing;
  s.value(r, cols.stt, r - FIRST_ROW + 1, 'm.int');
  s.value(r, cols.unit, st.unit.name, 'm.text');
  writeScores(s, g, u);
  writeRank(s, g, u, column);
  const derived = [...(st.listed ? [] : ['unknownUnit' as const]), ...(staleUnits.has(st.unit.id) ? ['appraisalStale' as const] : [])];
  s.value(r, cols.flags, flagSummary([...st.unit.flags, ...derived.map((kind) => ({ kind }))]), 'm.text');
  const voided = voidedCodesFormula(u);
  if (voided) s.formula(r, cols.voided, voided, 'm.text');
  else s.value(r, cols.voided, null, 'm.text');
  const previous = st.lastYear ? lastYearCell(st.lastYear, set.maxTotal) : st.previousScore ?? null;
  s.value(r, cols.previous, previous, typeof previous === 'string' ? 'm.text' : scoreStyle(p));
  const owners = cohortOwners(set);
  for (const [field, col] of Object.entries(cols.cohort)) s.formula(r, col, cohortValueFormula(g, u, field, owners.get(field)), scoreStyle(4));
  s.key(r, { unit: keyValue(st.unit.id) });
}

/** The bar chart of the appraised totals, below the rows (none for an empty group). */
function appraisedChart(g: GroupPlace, last: number): ChartPlan[] {
  const { cols } = g;
  return g.units.length
    ? [{
        kind: 'bar',
        title: `Điểm sau thẩm định — ${g.set.groupName}`,
        categories: { row: FIRST_ROW, col: cols.unit, rows: g.units.length, cols: 1 },
        values: { row: FIRST_ROW, col: cols.appraised, rows: g.units.length, cols: 1 },
        anchor: { row: last + 2, col: cols.unit, rows: Math.max(12, g.units.length + 4), cols: 8 },
      }]
    : [];
}

export function summarySheet(g: GroupPlace, staleUnits: ReadonlySet<string>): SheetPlan {
  const { cols } = g;
  const s = new MasterSheet(g.summary, summaryWidths(g), cols.key);
  const hidden = [cols.rankScore, cols.order, ...Object.values(cols.cohort)];
  const last = FIRST_ROW + Math.max(g.units.length, 1) - 1;
  const column = (col: number) => `${a1(FIRST_ROW, col, true)}:${a1(last, col, true)}`;
  writeHeaders(s, g, column);
  for (const u of g.units) writeUnitRow(s, g, u, staleUnits, column);
  const plan = s.plan({ rowHeights: { [HEADER_ROW]: 32 }, charts: appraisedChart(g, last) });
  for (const col of hidden) plan.columns[col] = { ...plan.columns[col], hidden: true };
  return plan;
}
