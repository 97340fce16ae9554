import { render } from '../../../src/messages/texts';
// Malformed definition workbooks: each gives its exact message at its exact cell.

import { parseDefinition } from '../../../src/authoring';
import { formatIssue } from '../../../src/authoring/issues';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { Definition, definitionOf } from './helpers';

interface Case {
  name: string;
  edit: (d: Definition) => void;
  /** A line of the report: "sheet!A1: vi / en". */
  expected: string;
  severity?: 'error' | 'warning';
}

const CASES: Case[] = [
  {
    name: 'unknown rule kind, with a suggestion',
    edit: (d) => d.set('tieu_chi!H3', 'ratoi'),
    expected: "tieu_chi!H3: quy tắc “ratoi” không tồn tại — có phải “ratio”? / unknown rule “ratoi”, did you mean “ratio”?",
  },
  {
    name: 'misspelt sheet name',
    edit: (d) => (d.sheet('tieu_chi').name = 'tieu_chii'),
    expected: "tieu_chi!A1: thiếu trang tính “tieu_chi” (trang “tieu_chii” có phải là nó không?) / missing sheet “tieu_chi” (is sheet “tieu_chii” meant to be it?)",
  },
  {
    name: 'misspelt sheet name is also pointed at',
    edit: (d) => (d.sheet('xep_loai').name = 'xep_loaj'),
    expected: "xep_loaj!A1: trang tính “xep_loaj” không thuộc mẫu và sẽ bị bỏ qua — có phải “xep_loai”? / sheet “xep_loaj” is not part of the format and is ignored, did you mean “xep_loai”?",
    severity: 'warning',
  },
  {
    name: 'misspelt column header',
    edit: (d) => d.set('tieu_chi!D1', 'guidnce'),
    expected: "tieu_chi!D1: cột “guidnce” không thuộc mẫu và sẽ bị bỏ qua — có phải “guidance”? / unknown column “guidnce” is ignored, did you mean “guidance”?",
    severity: 'warning',
  },
  {
    name: 'missing required column, reported where it belongs',
    edit: (d) => d.set('tieu_chi!D1', 'guidnce'),
    expected: "tieu_chi!W1: thiếu cột “guidance” (Cách tính điểm (lời văn, hiện trên biểu mẫu)) ở dòng tiêu đề / missing column “guidance” (Cách tính điểm (lời văn, hiện trên biểu mẫu)) in the header row",
  },
  {
    name: 'duplicate criterion code',
    edit: (d) => d.set('tieu_chi!B4', '1.1'),
    expected: "tieu_chi!B4: mã tiêu chí “1.1” bị trùng (đã dùng tại tieu_chi!B3) / duplicate criterion code “1.1” (already used at tieu_chi!B3)",
  },
  {
    name: 'rule on a field that does not exist',
    edit: (d) => d.set('tieu_chi!J3', 'so_cbccvc_co_may_tin'),
    expected: "tieu_chi!J3: trường “so_cbccvc_co_may_tin” không tồn tại trong bộ tiêu chí — có phải “so_cbccvc_co_may_tinh”? / field “so_cbccvc_co_may_tin” does not exist in the set, did you mean “so_cbccvc_co_may_tinh”?",
  },
  {
    name: 'field of the wrong type for the rule',
    edit: (d) => d.set('tieu_chi!I9', 'dia_chi'),
    expected: "tieu_chi!I9: trường “dia_chi” có kiểu “text”, cần kiểu số (integer, decimal, percent, count) / field “dia_chi” is of type “text”, expected a numeric type (integer, decimal, percent, count)",
  },
  {
    name: 'steps syntax error',
    edit: (d) => d.set('tieu_chi!M9', '1:2.5; 2 5; 3:7.5'),
    expected: "tieu_chi!M9: cột “steps”: mục thứ 2 “2 5” sai cú pháp (cần dạng “ngưỡng:điểm”, ví dụ 4:20; 3:15, các mục cách nhau bằng dấu “;”) / column “steps”: item 2 “2 5” is malformed (expected “threshold:points”, e.g. 4:20; 3:15, items separated by “;”)",
  },
  {
    name: 'duplicate step threshold',
    edit: (d) => d.set('tieu_chi!M9', '1:2.5; 1:5; 4:10'),
    expected: 'tieu_chi!M9: ngưỡng 1 xuất hiện nhiều lần / threshold 1 appears more than once',
  },
  {
    name: 'bands that do not start at 0',
    edit: (d) => d.set('xep_loai!B5', 10),
    expected: "xep_loai!B5: mức thấp nhất (“Yếu”) phải bắt đầu từ 0 để mọi tổng điểm đều được xếp loại (đang là 10) / the lowest band (“Yếu”) must start at 0 so every total gets a band (got 10)",
  },
  {
    name: 'section maximum the criteria cannot reach',
    edit: (d) => d.set('tieu_chi!E2', 25).set('thong_tin!B20', 65),
    expected: "tieu_chi!E2: tổng điểm tối đa các tiêu chí của nhóm “I” (20) nhỏ hơn điểm tối đa của nhóm (25): nhóm không thể đạt điểm tối đa / the criteria of section “I” add up to 20, below the section maximum 25: it cannot be reached",
  },
  {
    name: 'maximum total that is not the sum of the sections',
    edit: (d) => d.set('thong_tin!B20', 70),
    expected: 'thong_tin!B20: tổng điểm tối đa (70) khác tổng điểm tối đa của các nhóm (80) / the maximum total (70) differs from the sum of section maxima (80)',
  },
  {
    name: 'rule that can give more than the criterion max',
    edit: (d) => d.set('tieu_chi!N5', 'co_mang_lan:3; ket_noi_mang_tslcd:2'),
    expected: "tieu_chi!H5: quy tắc của tiêu chí “1.3” có thể cho tới 5 điểm, vượt điểm tối đa 4 / the rule of criterion “1.3” can give up to 5 points, above its maximum 4",
  },
  {
    name: 'comma in a choice',
    edit: (d) => d.set('truong!I13', 'Chưa triển khai; Triển khai một phần; Triển khai toàn bộ, liên thông'),
    expected: "truong!I13: lựa chọn “Triển khai toàn bộ, liên thông” không được chứa dấu phẩy (danh sách chọn của Excel phân tách bằng dấu phẩy) / choice “Triển khai toàn bộ, liên thông” must not contain a comma (Excel validation lists are comma-separated)",
  },
  {
    name: 'impossible date',
    edit: (d) => d.set('thong_tin!B7', '31/02/2025'),
    expected: "thong_tin!B7: cột “value”: ngày “31/02/2025” không hợp lệ (cần dạng YYYY-MM-DD hoặc dd/mm/yyyy, ví dụ 2018-07-05 hoặc 05/07/2018) / column “value”: invalid date “31/02/2025” (expected YYYY-MM-DD or dd/mm/yyyy, e.g. 2018-07-05 or 05/07/2018)",
  },
  {
    name: 'text that is not a number',
    edit: (d) => d.set('tieu_chi!E3', 'năm'),
    expected: "tieu_chi!E3: cột “max”: “năm” không phải là số / column “max”: “năm” is not a number",
  },
  {
    name: 'number with a thousands separator or a decimal mark',
    edit: (d) => d.set('tieu_chi!M9', '1:2.5; 2:5; 3:7.5; 4:10').set('truong!G12', '1.000'),
    expected: "truong!G12: cột “max”: “1.000” không rõ là số thập phân hay có dấu phân cách hàng nghìn; hãy nhập số không có dấu phân cách hàng nghìn (ví dụ 2500 hoặc 2,5) / column “max”: “1.000” could be a decimal or a number with a thousands separator; write it without thousands separators (e.g. 2500 or 2.5)",
  },
  {
    name: 'sub-rule under a rule that takes none',
    edit: (d) => d.set('tieu_chi!H6', 'yesno').set('tieu_chi!L6', 6),
    expected: "tieu_chi!G7: quy tắc “yesno” ở dòng 6 không nhận quy tắc con (các quy tắc có quy tắc con: best, sum, min, max, when, levels, deduct) / the “yesno” rule on row 6 takes no sub-rules (the rules that do: best, sum, min, max, when, levels, deduct)",
  },
  {
    name: 'sub-rule too deep for the rules above it',
    edit: (d) => d.set('tieu_chi!G7', 2),
    expected: 'tieu_chi!G7: quy tắc con cấp 2 không có quy tắc cấp 1 ở trên để chứa nó / a sub-rule of depth 2 has no rule of depth 1 above it to belong to',
  },
  {
    name: 'composite rule without sub-rules',
    edit: (d) => d.set('tieu_chi!G7', 2),
    expected: "tieu_chi!H6: quy tắc “when” cần đúng một dòng quy tắc con ngay bên dưới (type = rule) / a “when” rule needs exactly one sub-rule row right below it (type = rule)",
  },
  {
    name: 'when with two sub-rules',
    edit: (d) => d.sheet('tieu_chi').insert(7, { type: 'rule', depth: 1, rule: 'yesno', field: 'phong_may_chu_dat_chuan', points: 2 }),
    expected: "tieu_chi!H8: quy tắc “when” (dòng 6) chỉ nhận một quy tắc con; hãy gộp các quy tắc con bằng “sum” hoặc “best” / a “when” rule (row 6) takes exactly one sub-rule; combine them with “sum” or “best”",
  },
  {
    name: 'maximum with more decimals than the precision',
    edit: (d) => d.set('tieu_chi!E3', 4.25).set('tieu_chi!E4', 5.75),
    expected: "tieu_chi!E3: điểm tối đa 4,25 của tiêu chí “1.1” có nhiều chữ số thập phân hơn độ chính xác của bộ tiêu chí (1 chữ số): điểm làm tròn có thể vượt điểm tối đa / the maximum 4.25 of criterion “1.1” has more decimals than the set’s precision (1): rounded points can exceed it",
  },
  {
    name: 'empty required cell',
    edit: (d) => d.set('tieu_chi!C3', null),
    expected: "tieu_chi!C3: cột “name” (Tên nhóm hoặc tên tiêu chí) không được để trống / column “name” (Tên nhóm hoặc tên tiêu chí) must not be empty",
  },
  {
    name: 'rule parameter missing',
    edit: (d) => d.set('tieu_chi!K3', null),
    expected: "tieu_chi!K3: cột “den” (ratio: mẫu số — mã trường hoặc một số) không được để trống cho quy tắc “ratio” / column “den” (ratio: mẫu số — mã trường hoặc một số) must not be empty for rule “ratio”",
  },
  {
    name: 'group code that is not a code',
    edit: (d) => d.set('thong_tin!B12', 'Sở'),
    expected: "thong_tin!B12: mã “Sở” không hợp lệ: mã nhóm gồm tối đa 20 chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái, ví dụ so, huyen, xa / invalid identifier “Sở”: a group code of at most 20 lower-case ASCII letters, digits and underscores, starting with a letter, e.g. so, huyen, xa",
  },
  {
    name: 'new group without its level',
    edit: (d) => d.set('thong_tin!B12', 'tinh'),
    expected: "thong_tin!B25: thiếu thuộc tính bắt buộc “groupLevel” / missing required property “groupLevel”",
  },
  {
    name: 'unknown group level',
    edit: (d) => d.set('thong_tin!B12', 'tinh').set('thong_tin!B25', 'tỉnh'),
    expected: "thong_tin!B25: cấp của nhóm “tỉnh” không tồn tại — có phải “tinh”? / unknown group level “tỉnh”, did you mean “tinh”?",
  },
  {
    name: 'malformed aggregate',
    edit: (d) => d.set('truong!K4', 'xa'),
    expected: "truong!K4: cột “aggregate”: “xa” sai cú pháp (cần dạng nhóm:phép hoặc nhóm:phép:trường, ví dụ xa:count hoặc xa:countYes:co_cong_ttdt; có thể thêm :nhãn1; nhãn2 là các lựa chọn được đếm) / column “aggregate”: “xa” is malformed (expected group:op or group:op:field, e.g. xa:count or xa:countYes:co_cong_ttdt; optionally :label1; label2, the labels that count)",
  },
  {
    name: 'aggregate that needs a lower-level field',
    edit: (d) => d.set('truong!K4', 'xa:sum'),
    expected: "truong!K4: phép tổng hợp “sum” cần tên trường của cấp dưới (ví dụ xa:sum:ma_truong) / aggregate “sum” needs the lower-level field (e.g. xa:sum:field_id)",
  },
  {
    name: 'missing information row',
    edit: (d) => d.set('thong_tin!A7', null).set('thong_tin!B7', null),
    expected: "thong_tin!A27: thiếu dòng “decision_date” (Ngày ban hành (YYYY-MM-DD hoặc dd/mm/yyyy)) / missing row “decision_date” (Ngày ban hành (YYYY-MM-DD hoặc dd/mm/yyyy))",
  },
  {
    name: 'misspelt row type',
    edit: (d) => d.set('tieu_chi!A2', 'sectoin'),
    expected: "tieu_chi!A2: loại dòng “sectoin” không tồn tại — có phải “section”? / unknown row type “sectoin”, did you mean “section”?",
  },
  {
    name: 'field of a criterion that does not exist',
    edit: (d) => d.set('truong!A6', '1.9'),
    expected: "truong!A6: tiêu chí “1.9” không có trong trang tieu_chi — có phải “1.1”? / criterion “1.9” is not on the tieu_chi sheet, did you mean “1.1”?",
  },
  {
    name: 'có/không cell with another word',
    edit: (d) => d.set('tieu_chi!F5', 'có lẽ'),
    expected: "tieu_chi!F5: cột “evidence”: “có lẽ” không hợp lệ, hãy ghi “có” hoặc “không” / column “evidence”: “có lẽ” is not valid, write “có” (yes) or “không” (no)",
  },
  {
    name: 'parameter the rule does not read',
    edit: (d) => d.set('tieu_chi!P3', 2),
    expected: "tieu_chi!P3: quy tắc “ratio” không dùng cột “each”; giá trị sẽ bị bỏ qua / rule “ratio” does not use column “each”; the value is ignored",
    severity: 'warning',
  },
];

describe('malformed definition workbooks', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const definition = definitionOf();
    c.edit(definition);
    const { set, issues } = definition.parse();
    const lines = issues.map((issue) => formatIssue(issue, render));
    expect(lines).toContain(c.expected);
    const issue = issues[lines.indexOf(c.expected)];
    expect(issue.severity).toBe(c.severity ?? 'error');
    if ((c.severity ?? 'error') === 'error') expect(set).toBeUndefined();
  });

  it('reports the same cell after the workbook goes through an .xlsx file', () => {
    const definition = definitionOf().set('tieu_chi!H3', 'ratoi');
    const plan = { sheets: definition.grids.map((g) => ({ name: g.name, columns: [], cells: g.rows.flatMap((row, r) => row.map((value, col) => ({ row: r, col, value }))), merges: [], validations: [], protect: false })), styles: {} };
    const { issues } = parseDefinition(readWorkbook(writeWorkbook(plan)));
    expect(issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`)).toEqual(['tieu_chi!H3 unknownRuleKind']);
  });
});

describe('numbers written as text', () => {
  it('accepts a decimal comma ("2,5" is 2.5) and a decimal point', () => {
    const definition = definitionOf().set('tieu_chi!M9', '1:2,5; 2:5; 3:7,5; 4:10').set('tieu_chi!E3', '5,0').set('tieu_chi!E4', '5.0');
    const { set, issues } = definition.parse();
    expect(issues).toEqual([]);
    expect(set?.sections[1].criteria[0].rule).toEqual({ kind: 'steps', of: { field: 'so_cuoc_hop_truc_tuyen' }, steps: [{ atLeast: 1, points: 2.5 }, { atLeast: 2, points: 5 }, { atLeast: 3, points: 7.5 }, { atLeast: 4, points: 10 }] });
    expect(set?.sections[0].criteria[0].max).toBe(5);
  });

  it('accepts dates as dd/mm/yyyy text and as Excel date serials', () => {
    const { set, issues } = definitionOf().set('thong_tin!B7', '15/01/2025').set('thong_tin!B16', 45566).parse();
    expect(issues).toEqual([]);
    expect(set?.legalBasis.date).toBe('2025-01-15');
    expect(set?.dataPeriod.from).toBe('2024-10-01');
  });
});
