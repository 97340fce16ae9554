// The huong_dan sheet: how to write a criteria set in this workbook, in Vietnamese, built
// from the same format tables the parser reads (so it cannot fall out of date).

import type { CellPlan, SheetPlan } from '../plan/model';
import { BAND_COLUMNS, CHECK_COLUMNS, CRITERIA_COLUMNS, FIELD_COLUMNS, INFO_KEYS, SHEETS, type ColumnSpec } from './format';
import { guideRowText, RULE_GUIDE } from './rule-guide';

type Line = { cells: (string | undefined)[]; style: string };

const INTRO = [
  'Bảng tính này định nghĩa một bộ tiêu chí đánh giá. Phần bổ trợ egov-scorecard kiểm tra bảng tính và tạo biểu mẫu (Phụ lục) cho các đơn vị từ đó: trong Excel, mở ngăn “Bộ tiêu chí” và chọn “Dùng bộ tiêu chí trong bảng tính này”; hoặc chạy lệnh: egov-scorecard check-set bo-tieu-chi.xlsx.',
  'Mỗi trang có dòng 1 là tên cột (không dấu, giữ nguyên); mỗi dòng bên dưới là một mục; dòng trống được bỏ qua; thứ tự cột tuỳ ý. Mọi lỗi được báo kèm ô, ví dụ tieu_chi!H14.',
  'Số thập phân viết bằng dấu phẩy (1,5) hoặc dấu chấm (1.5); không dùng dấu phân cách hàng nghìn (viết 2500, không viết 2.500).',
  'Danh sách trong một ô: các mục cách nhau bằng dấu chấm phẩy “;”, ví dụ “Chưa triển khai; Một phần; Toàn bộ”. Cặp giá trị viết “khoá:số”, ví dụ bậc điểm “4:20; 3:15; 2:10; 1:5”.',
  'Có/không viết “có” hoặc “không” (để trống = không). Ngày viết YYYY-MM-DD (2018-07-05) hoặc dd/mm/yyyy (05/07/2018).',
  'Mã nhóm, mã tiêu chí ở dạng văn bản (I, 1.1, 1.10); ô cột code đã định dạng văn bản để Excel không đổi 1.10 thành 1.1.',
];

export function instructionsSheet(): SheetPlan {
  const lines: Line[] = [
    { cells: ['HƯỚNG DẪN SOẠN BỘ TIÊU CHÍ'], style: 'helpTitle' },
    ...INTRO.map((text) => ({ cells: [text], style: 'helpText' })),
    blank(),
    heading(`Trang ${SHEETS.info}: thông tin chung của bộ tiêu chí (cột key | value)`),
    ...INFO_KEYS.map((info) => ({ cells: [info.key, `${info.vi}${info.required ? ' (bắt buộc)' : ''}`], style: 'helpText' })),
    blank(),
    ...columnsBlock(`Trang ${SHEETS.criteria}: nhóm, tiêu chí và quy tắc tính điểm — mỗi nhóm một dòng section, mỗi tiêu chí một dòng criterion ngay dưới nhóm của nó`, CRITERIA_COLUMNS),
    blank(),
    heading('Quy tắc tính điểm (cột rule) và các cột mỗi quy tắc dùng'),
    ...RULE_GUIDE.flatMap((guide) => [
      { cells: [guide.kind, guide.vi, guideRowText(guide.rows[0])], style: 'helpText' },
      ...guide.rows.slice(1).map((row) => ({ cells: [undefined, undefined, guideRowText(row)], style: 'helpCode' })),
    ]),
    { cells: ['', 'Quy tắc best, sum, min, max, when lấy quy tắc con từ các dòng ngay bên dưới với type = rule và depth = 1; quy tắc con của một quy tắc con có depth = 2, và cứ thế (như dàn ý thụt lề). Dòng quy tắc con để trống các cột code, name, guidance, max.'], style: 'helpText' },
    blank(),
    ...columnsBlock(`Trang ${SHEETS.fields}: các trường số liệu đơn vị nhập — criterion trống là thông tin chung (phải có trường ten_don_vi kiểu text)`, FIELD_COLUMNS),
    blank(),
    ...columnsBlock(`Trang ${SHEETS.bands}: mức xếp loại, từ cao xuống thấp; mức cuối cùng có min = 0 (để trống trang nếu không xếp loại)`, BAND_COLUMNS),
    blank(),
    ...columnsBlock(`Trang ${SHEETS.checks}: kiểm tra số liệu, ví dụ số CBCCVC có máy tính <= tổng số CBCCVC`, CHECK_COLUMNS),
  ];
  const cells: CellPlan[] = [];
  lines.forEach((line, row) =>
    line.cells.forEach((value, col) => {
      if (value !== undefined && value !== '') cells.push({ row, col, value, style: line.style });
    }),
  );
  return { name: SHEETS.help, columns: [{ width: 22 }, { width: 90 }, { width: 60 }], cells, merges: [], validations: [], protect: false, tabColor: '#70AD47' };
}

function blank(): Line {
  return { cells: [], style: 'helpText' };
}

function heading(text: string): Line {
  return { cells: [text], style: 'helpHeading' };
}

function columnsBlock(title: string, columns: readonly ColumnSpec[]): Line[] {
  return [heading(title), ...columns.map((column) => ({ cells: [column.key, `${column.vi}${column.required ? ' (bắt buộc có cột)' : ''}`], style: 'helpText' }))];
}
