// Agreement for a set a province authors itself: a definition workbook written in this test
// (several rule kinds, nested rules, a decimal comma, precision 2) is checked and compiled
// into its form; 100 random fills are recalculated by LibreOffice in one soffice call and
// the workbook's points must equal the engine's.
import { parseDefinition } from '../../src/authoring';
import type { CriteriaSet } from '../../src/criteria/model';
import { findFormIdentity } from '../../src/form';
import type { SheetPlan } from '../../src/plan/model';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';
import { compareWithEngine, errorCells } from '../support/agreement';
import { recalcWithLibreOffice } from '../support/libreoffice';
import { randomForms } from './random-forms';

jest.setTimeout(60 * 60_000); // above soffice's own hang guard (recalcTimeLimitMs, test/support/libreoffice.ts) on a busy machine
const FILLS = 100;

type Cell = string | number | null;

const INFO: Cell[][] = [
  ['key', 'value'],
  ['id', 'thu-nghiem-2025-huyen'],
  ['title', 'Bộ tiêu chí thử nghiệm cấp huyện'],
  ['year', 2025],
  ['province', 'Phú Thọ'],
  ['decision', '99/QĐ-UBND'],
  ['decision_date', '15/01/2025'],
  ['issuer', 'UBND tỉnh Phú Thọ'],
  ['group', 'huyen'],
  ['group_name', 'UBND cấp huyện'],
  ['form_name', 'Phụ lục II'],
  ['issuing_body', 'Sở Thông tin và Truyền thông'],
  ['period_from', '2024-10-01'],
  ['period_to', '2025-09-30'],
  ['max_total', 50],
  ['precision', 2],
  ['reconstructed', 'Bộ tiêu chí dựng cho kiểm thử.'],
  ['note', 'Chỉ dùng để kiểm thử.'],
];

const CRITERIA: Cell[][] = [
  ['type', 'code', 'name', 'guidance', 'max', 'evidence', 'depth', 'rule', 'field', 'num', 'den', 'points', 'steps', 'items', 'choice_points', 'each', 'cap', 'reference'],
  ['section', 'I', 'Hạ tầng', null, 20],
  ['criterion', '1.1', 'Máy tính', 'Tỷ lệ × 4,25', 4.25, 'không', null, 'ratio', null, 'so_may_tinh', 'tong_so_cbccvc', '4,25'],
  ['criterion', '1.2', 'Băng thông', 'So với đơn vị cao nhất', 3.75, 'không', null, 'cohort', 'bang_thong', null, null, null, null, null, null, null, null, 2],
  ['criterion', '1.3', 'Mạng', 'Cộng dồn, tối đa 5', 5, 'có', null, 'tiers', null, null, null, null, null, 'co_lan:3; co_wifi:1,5; co_tslcd:2', null, null, 5],
  ['criterion', '1.4', 'Phòng máy chủ', 'Khi có phòng máy chủ', 7, 'có', null, 'when', 'co_phong_may_chu'],
  ['rule', null, null, null, null, null, 1, 'ratio', null, 'so_may_chu_ao', 8, 7],
  ['section', 'II', 'Ứng dụng', null, 30],
  ['criterion', '2.1', 'Văn bản điện tử', 'Theo bậc tỷ lệ', 6, 'không', null, 'steps', 'ty_le_van_ban', null, null, null, '0,3:1; 0.5:2,5; 0,7:4; 0.9:6'],
  ['criterion', '2.2', 'Lãnh đạo phụ trách', 'Theo vai trò', 8, 'có', null, 'choice', 'lanh_dao', null, null, null, null, null, 'Chủ tịch:8; Phó chủ tịch:4,5'],
  ['criterion', '2.3', 'Cơ sở dữ liệu', 'Cao nhất của hai cách', 9, 'có', null, 'best'],
  ['rule', null, null, null, null, null, 1, 'sum', null, null, null, null, null, null, null, null, 9],
  ['rule', null, null, null, null, null, 2, 'count', 'so_csdl', null, null, null, null, null, null, 1.5, 6],
  ['rule', null, null, null, null, null, 2, 'yesno', 'co_csdl_dung_chung', null, null, 3],
  ['rule', null, null, null, null, null, 1, 'yesno', 'co_kho_du_lieu', null, null, 9],
  ['criterion', '2.4', 'Một cửa và dịch vụ công', 'Thấp hơn của hai tỷ lệ', 7, 'không', null, 'min'],
  ['rule', null, null, null, null, null, 1, 'ratio', null, 'so_xa_mot_cua', 'so_xa'],
  ['rule', null, null, null, null, null, 1, 'ratio', null, 'so_xa_dvc', 'so_xa'],
];

const FIELDS: Cell[][] = [
  ['criterion', 'id', 'label', 'type', 'unit', 'min', 'max', 'required', 'choices'],
  [null, 'ten_don_vi', 'Tên đơn vị', 'text', null, null, null, 'có'],
  [null, 'tong_so_cbccvc', 'Tổng số CBCCVC', 'integer', 'người', 0, null, 'có'],
  [null, 'so_xa', 'Số xã', 'integer', 'xã', 0, null, 'có'],
  ['1.1', 'so_may_tinh', 'Số máy tính', 'integer', 'máy', 0, null, 'có'],
  ['1.2', 'bang_thong', 'Băng thông bình quân', 'decimal', 'Mbps', 0, null, 'có'],
  ['1.3', 'co_lan', 'Có mạng LAN', 'yesno', null, null, null, 'có'],
  ['1.3', 'co_wifi', 'Có Wi-Fi', 'yesno', null, null, null, 'không'],
  ['1.3', 'co_tslcd', 'Kết nối mạng chuyên dùng', 'yesno', null, null, null, 'có'],
  ['1.4', 'co_phong_may_chu', 'Có phòng máy chủ', 'yesno', null, null, null, 'có'],
  ['1.4', 'so_may_chu_ao', 'Số máy chủ ảo', 'count', 'máy', 0, null, 'có'],
  ['2.1', 'ty_le_van_ban', 'Tỷ lệ văn bản điện tử', 'percent', null, 0, 1, 'có'],
  ['2.2', 'lanh_dao', 'Lãnh đạo phụ trách CNTT', 'choice', null, null, null, 'có', 'Chủ tịch; Phó chủ tịch; Khác'],
  ['2.3', 'so_csdl', 'Số CSDL', 'count', 'CSDL', 0, null, 'có'],
  ['2.3', 'co_csdl_dung_chung', 'Có CSDL dùng chung', 'yesno', null, null, null, 'có'],
  ['2.3', 'co_kho_du_lieu', 'Có kho dữ liệu', 'yesno', null, null, null, 'có'],
  ['2.4', 'so_xa_mot_cua', 'Số xã có một cửa điện tử', 'integer', 'xã', 0, null, 'có'],
  ['2.4', 'so_xa_dvc', 'Số xã có dịch vụ công mức 3', 'integer', 'xã', 0, null, 'có'],
];

const BANDS: Cell[][] = [
  ['label', 'min'],
  ['Tốt', 42.5],
  ['Khá', 35],
  ['Trung bình', 25],
  ['Yếu', 0],
];

const CHECKS: Cell[][] = [
  ['left', 'op', 'right', 'message'],
  ['so_may_tinh', '<=', 'tong_so_cbccvc', 'Số máy tính không vượt số CBCCVC.'],
];

function sheet(name: string, rows: Cell[][]): SheetPlan {
  const cells = rows.flatMap((row, r) => row.flatMap((value, col) => (value === null || value === undefined ? [] : [{ row: r, col, value }])));
  return { name, columns: [], cells, merges: [], validations: [], protect: false };
}

function authoredSet(): CriteriaSet {
  const bytes = writeWorkbook({ styles: {}, sheets: [sheet('thong_tin', INFO), sheet('tieu_chi', CRITERIA), sheet('truong', FIELDS), sheet('xep_loai', BANDS), sheet('kiem_tra', CHECKS)] });
  const { set, issues } = parseDefinition(readWorkbook(bytes));
  expect(issues).toEqual([]);
  return set!;
}

test('an authored set: LibreOffice computes the same points as the engine for 100 random fills', async () => {
  const set = authoredSet();
  expect(set.sections.flatMap((s) => s.criteria.map((c) => c.rule.kind))).toEqual(['ratio', 'cohort', 'tiers', 'when', 'steps', 'choice', 'best', 'min']);
  const { cases, files } = randomForms(set, 20250115, FILLS, 'authored');
  const recalculated = await recalcWithLibreOffice(files);
  const mismatches: string[] = [];
  const errors: string[] = [];
  let compared = 0;
  for (const c of cases) {
    const form = readWorkbook(recalculated.get(c.name)!).sheets[0];
    expect(findFormIdentity(form)?.setId).toBe(set.id);
    errors.push(...errorCells(form).map((e) => `${c.name}: ${e}`));
    const result = compareWithEngine(set, form, c.inputs, c.evidence);
    mismatches.push(...result.mismatches.map((m) => `${c.name} ${m}`));
    compared += result.compared;
  }
  console.log(`Authored-set agreement: ${FILLS} fills, ${compared} cells compared, ${mismatches.length} mismatches`);
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(errors.slice(0, 20)).toEqual([]);
});
