// The definition-workbook format as data: sheet names, their columns (ASCII keys in row 1),
// the keys of the information sheet, row types and which columns each rule kind reads. The
// parser, the exporter and the instructions sheet are all driven by these tables.

import type { RuleKind } from '../criteria/model';
import type { ParamKey, PropertySpec } from '../rules/kind';
import { KINDS } from '../rules/registry';
import { msg } from '../messages';

export type { ParamKey };

export const SHEETS = {
  info: 'thong_tin',
  criteria: 'tieu_chi',
  fields: 'truong',
  bands: 'xep_loai',
  checks: 'kiem_tra',
  help: 'huong_dan',
} as const;

/** Sheets the parser reads, in the order issues are listed. */
export const DATA_SHEETS: readonly string[] = [SHEETS.info, SHEETS.criteria, SHEETS.fields, SHEETS.bands, SHEETS.checks];
/** Sheets a definition must have (bands and checks may be left out when there are none). */
export const REQUIRED_SHEETS: readonly string[] = [SHEETS.info, SHEETS.criteria, SHEETS.fields];

export interface ColumnSpec {
  key: string;
  /** What the column holds, in Vietnamese (instructions, input prompts). */
  vi: string;
  en: string;
  width: number;
  /** The column must be present in row 1. */
  required?: boolean;
  /** Cells are text even when they look like numbers (codes such as "1.10"). */
  text?: boolean;
}

export const INFO_COLUMNS: readonly ColumnSpec[] = [
  { key: 'key', vi: 'Tên thông tin (không sửa)', en: 'Information key (do not change)', width: 24, required: true },
  { key: 'value', vi: 'Giá trị', en: 'Value', width: 70, required: true, text: true },
  { key: 'description', vi: 'Giải thích (không bắt buộc, không được đọc)', en: 'Explanation (optional, not read)', width: 60 },
];

export const CRITERIA_COLUMNS: readonly ColumnSpec[] = [
  { key: 'type', vi: 'Loại dòng: section (nhóm), criterion (tiêu chí) hoặc rule (quy tắc con)', en: 'Row type: section, criterion or rule (sub-rule)', width: 11, required: true },
  { key: 'code', vi: 'Mã nhóm (I, II…) hoặc mã tiêu chí (1.1, 1.2…)', en: 'Section code (I, II…) or criterion code (1.1, 1.2…)', width: 8, required: true, text: true },
  { key: 'name', vi: 'Tên nhóm hoặc tên tiêu chí', en: 'Section or criterion name', width: 40, required: true },
  { key: 'guidance', vi: 'Cách tính điểm (lời văn, hiện trên biểu mẫu)', en: 'How it is scored, in words (shown on the form)', width: 40, required: true },
  { key: 'max', vi: 'Điểm tối đa', en: 'Maximum points', width: 8, required: true },
  { key: 'evidence', vi: 'Bắt buộc tài liệu kiểm chứng: có / không (trống = không)', en: 'Evidence required: có / không (blank = không)', width: 10 },
  { key: 'depth', vi: 'Cấp của quy tắc con: 1 = thuộc quy tắc của tiêu chí, 2 = thuộc quy tắc con cấp 1 ngay trên… (trống = 1)', en: 'Depth of a sub-rule: 1 = under the criterion rule, 2 = under the sub-rule of depth 1 above… (blank = 1)', width: 7 },
  { key: 'rule', vi: 'Loại quy tắc tính điểm (ratio, steps, yesno, tiers, choice, count, best, sum, min, max, when, cohort)', en: 'Scoring rule kind', width: 10, required: true },
  { key: 'field', vi: 'Mã trường số liệu mà quy tắc dùng (steps: trường hoặc một số)', en: 'Field the rule reads (steps: a field or a number)', width: 26 },
  { key: 'num', vi: 'ratio: tử số — mã trường hoặc một số', en: 'ratio: numerator — a field or a number', width: 26 },
  { key: 'den', vi: 'ratio: mẫu số — mã trường hoặc một số', en: 'ratio: denominator — a field or a number', width: 22 },
  { key: 'points', vi: 'Số điểm (yesno: điểm khi “Có”; ratio, cohort: điểm khi đạt 100%, trống = điểm tối đa)', en: 'Points (yesno: when "Có"; ratio, cohort: at 100%, blank = the max)', width: 8 },
  { key: 'steps', vi: 'steps: các bậc “ngưỡng:điểm”, cách nhau bằng “;”, ví dụ 4:20; 3:15; 2:10; 1:5', en: 'steps: "threshold:points" pairs separated by ";"', width: 26 },
  { key: 'items', vi: 'tiers: các mục “mã_trường:điểm”, cách nhau bằng “;”', en: 'tiers: "field:points" pairs separated by ";"', width: 34 },
  { key: 'choice_points', vi: 'choice: điểm theo lựa chọn “nhãn:điểm”, cách nhau bằng “;”, ví dụ Chủ tịch:10; Phó chủ tịch:5', en: 'choice: "label:points" pairs separated by ";"', width: 34 },
  { key: 'each', vi: 'count: số điểm cho mỗi mục', en: 'count: points per item', width: 7 },
  { key: 'cap', vi: 'Mức trần: count (bắt buộc), tiers và sum (không bắt buộc)', en: 'Cap: count (required), tiers and sum (optional)', width: 7 },
  { key: 'reference', vi: 'cohort: giá trị tham chiếu khi chưa có số liệu của các đơn vị khác', en: 'cohort: reference best value before other units are known', width: 10 },
  { key: 'conditions', vi: 'level: các điều kiện, cách nhau bằng “;”: mã trường có/không (là “Có”), ma_truong>=số, ma_truong=nhãn lựa chọn', en: 'level: conditions separated by ";": a yes/no field id (is "Có"), field>=number, field=choice label', width: 34 },
  { key: 'label', vi: 'level: tên mức (không bắt buộc), ví dụ Hiện diện', en: 'level: name of the level (optional), e.g. Hiện diện', width: 14 },
  { key: 'role', vi: 'Dòng tiêu chí hoặc nhóm: bonus (điểm thưởng) hoặc deduction (điểm trừ); trống = bình thường', en: 'Criterion or section row: bonus or deduction; blank = normal', width: 10 },
  { key: 'not_applicable', vi: 'Tiêu chí được chọn “Không áp dụng”: rescale (quy đổi tổng điểm) hoặc một số điểm cố định; trống = luôn áp dụng', en: 'Criterion may be marked not applicable: rescale (the total is rescaled) or fixed points; blank = always applies', width: 12 },
];

export const FIELD_COLUMNS: readonly ColumnSpec[] = [
  { key: 'criterion', vi: 'Mã tiêu chí có trường này (trống = thông tin chung của đơn vị)', en: 'Criterion code (blank = general information)', width: 10, text: true },
  { key: 'id', vi: 'Mã trường: chữ thường không dấu, số, dấu gạch dưới, ví dụ so_may_tinh', en: 'Field id: lower-case ASCII, digits, underscores', width: 28, required: true },
  { key: 'label', vi: 'Nội dung cần nhập (hiện trên biểu mẫu)', en: 'What to enter (shown on the form)', width: 46, required: true },
  { key: 'type', vi: 'Kiểu: integer, decimal, percent, yesno, choice, count, text, date', en: 'Type', width: 10, required: true },
  { key: 'unit', vi: 'Đơn vị tính, ví dụ người, Mbps', en: 'Unit, e.g. người, Mbps', width: 10 },
  { key: 'min', vi: 'Giá trị nhỏ nhất (percent: 0–1)', en: 'Lowest value (percent: 0–1)', width: 7 },
  { key: 'max', vi: 'Giá trị lớn nhất (percent: 1 = 100%)', en: 'Highest value (percent: 1 = 100%)', width: 7 },
  { key: 'required', vi: 'Bắt buộc nhập: có / không (trống = không)', en: 'Required: có / không (blank = không)', width: 9 },
  { key: 'choices', vi: 'choice: các lựa chọn cách nhau bằng “;” (không dùng dấu phẩy trong lựa chọn)', en: 'choice: options separated by ";" (no commas)', width: 40 },
  { key: 'help', vi: 'Hướng dẫn thêm cho người nhập', en: 'Extra guidance for the person entering', width: 40 },
  { key: 'aggregate', vi: 'Tổng hợp từ cấp dưới “nhóm:phép:trường”, ví dụ xa:countYes:co_cong_ttdt; thêm “:nhãn1; nhãn2” để đếm các lựa chọn đó thay cho “Có”', en: 'Aggregate from a lower group "group:op:field"', width: 28 },
];

export const BAND_COLUMNS: readonly ColumnSpec[] = [
  { key: 'label', vi: 'Tên mức xếp loại', en: 'Band label', width: 20, required: true },
  { key: 'min', vi: 'Tổng điểm từ (mức thấp nhất phải là 0); xếp từ cao xuống thấp', en: 'Total from (the lowest must be 0); highest first', width: 12, required: true },
];

export const CHECK_COLUMNS: readonly ColumnSpec[] = [
  { key: 'left', vi: 'Mã trường bên trái', en: 'Left field', width: 28, required: true },
  { key: 'op', vi: 'Phép so sánh: <=, >=, <, >, =', en: 'Operator', width: 6, required: true },
  { key: 'right', vi: 'Mã trường bên phải', en: 'Right field', width: 28, required: true },
  { key: 'message', vi: 'Thông báo khi số liệu không thỏa', en: 'Message when the check fails', width: 60, required: true },
  { key: 'voids', vi: 'Mã các tiêu chí được 0 điểm khi số liệu không thỏa, cách nhau bằng “;” (trống = các tiêu chí dùng trường bên trái)', en: 'Criteria that score 0 while the check fails, separated by ";" (blank = those reading the left field)', width: 16, text: true },
];

export type InfoKind = 'text' | 'integer' | 'number' | 'date';

export interface InfoKey {
  key: string;
  /** Where the value goes in the set, e.g. "legalBasis.date". */
  path: string;
  kind: InfoKind;
  required: boolean;
  /** The key may appear on several rows; values form a list in row order. */
  repeat?: boolean;
  vi: string;
  en: string;
}

export const INFO_KEYS: readonly InfoKey[] = [
  { key: 'id', path: 'id', kind: 'text', required: true, vi: 'Mã bộ tiêu chí: chữ thường không dấu, số, gạch ngang, ví dụ phutho-2018-xa', en: 'Set id' },
  { key: 'title', path: 'title', kind: 'text', required: true, vi: 'Tên bộ tiêu chí', en: 'Title' },
  { key: 'year', path: 'year', kind: 'integer', required: true, vi: 'Năm đánh giá', en: 'Year' },
  { key: 'province', path: 'province', kind: 'text', required: true, vi: 'Tỉnh', en: 'Province' },
  { key: 'decision', path: 'legalBasis.decision', kind: 'text', required: true, vi: 'Số quyết định ban hành, ví dụ 1609/QĐ-UBND', en: 'Decision number' },
  { key: 'decision_date', path: 'legalBasis.date', kind: 'date', required: true, vi: 'Ngày ban hành (YYYY-MM-DD hoặc dd/mm/yyyy)', en: 'Decision date' },
  { key: 'issuer', path: 'legalBasis.issuer', kind: 'text', required: true, vi: 'Cơ quan ban hành, ví dụ UBND tỉnh Phú Thọ', en: 'Issuer' },
  { key: 'guidance_letter', path: 'guidanceLetter.decision', kind: 'text', required: false, vi: 'Số văn bản hướng dẫn (nếu có)', en: 'Guidance letter number (optional)' },
  { key: 'guidance_letter_date', path: 'guidanceLetter.date', kind: 'date', required: false, vi: 'Ngày văn bản hướng dẫn', en: 'Guidance letter date' },
  { key: 'guidance_letter_issuer', path: 'guidanceLetter.issuer', kind: 'text', required: false, vi: 'Cơ quan ban hành văn bản hướng dẫn', en: 'Guidance letter issuer' },
  { key: 'group', path: 'group', kind: 'text', required: true, vi: 'Mã nhóm đơn vị: chữ thường không dấu, ví dụ so (sở, ban, ngành), huyen (cấp huyện), xa (cấp xã)', en: 'Group code, e.g. so, huyen, xa' },
  { key: 'group_name', path: 'groupName', kind: 'text', required: true, vi: 'Tên nhóm đơn vị, ví dụ Sở, ban, ngành', en: 'Group name' },
  { key: 'form_name', path: 'formName', kind: 'text', required: true, vi: 'Tên biểu mẫu, ví dụ Phụ lục I', en: 'Form name' },
  { key: 'issuing_body', path: 'issuingBody', kind: 'text', required: true, vi: 'Cơ quan nhận và tổng hợp biểu mẫu', en: 'Body that compiles the forms' },
  { key: 'period_from', path: 'dataPeriod.from', kind: 'date', required: true, vi: 'Kỳ số liệu từ ngày', en: 'Data period from' },
  { key: 'period_to', path: 'dataPeriod.to', kind: 'date', required: true, vi: 'Kỳ số liệu đến ngày', en: 'Data period to' },
  { key: 'deadline', path: 'deadline', kind: 'date', required: false, vi: 'Hạn gửi biểu mẫu (nếu có)', en: 'Deadline (optional)' },
  { key: 'send_to', path: 'sendTo', kind: 'text', required: false, vi: 'Nơi nhận và cách gửi (nếu có)', en: 'Where to send (optional)' },
  { key: 'max_total', path: 'maxTotal', kind: 'number', required: true, vi: 'Tổng điểm tối đa (bằng tổng điểm tối đa các nhóm, trừ nhóm điểm thưởng và nhóm điểm trừ)', en: 'Maximum total' },
  { key: 'precision', path: 'precision', kind: 'integer', required: true, vi: 'Số chữ số thập phân của điểm (0 đến 4)', en: 'Decimals of points (0 to 4)' },
  { key: 'official', path: 'provenance.official', kind: 'text', required: false, repeat: true, vi: 'Nguồn chính thức: mỗi dòng một thông tin kèm nguồn (lặp lại dòng được)', en: 'Official facts with sources, one per row' },
  { key: 'reconstructed', path: 'provenance.reconstructed', kind: 'text', required: false, repeat: true, vi: 'Phần dựng lại cần đối chiếu: mỗi dòng một nội dung (lặp lại dòng được)', en: 'Reconstructed parts to check, one per row' },
  { key: 'note', path: 'provenance.note', kind: 'text', required: true, vi: 'Ghi chú hiển thị cho người dùng', en: 'Note shown to users' },
  { key: 'group_level', path: 'groupLevel', kind: 'text', required: false, vi: 'Cấp của nhóm: tinh (cấp tỉnh), huyen (cấp huyện) hoặc xa (cấp xã); có thể bỏ trống khi mã nhóm là so, huyen hoặc xa', en: 'Group level: tinh, huyen or xa (optional for the codes so, huyen, xa)' },
  { key: 'max_bonus', path: 'maxBonus', kind: 'number', required: false, vi: 'Có điểm thưởng: tổng điểm được vượt điểm tối đa bao nhiêu điểm', en: 'With bonus points: how far above the maximum a total may go' },
];

export const ROW_TYPES = ['section', 'criterion', 'rule'] as const;
export type RowType = (typeof ROW_TYPES)[number];
/** Vietnamese names accepted for row types. */
export const ROW_TYPE_ALIASES: Record<string, RowType> = { nhom: 'section', tieu_chi: 'criterion', quy_tac: 'rule' };

/** Words of the role column (bonus / deduction), Vietnamese ones too. */
export const ROLE_WORDS: Record<string, 'bonus' | 'deduction'> = { bonus: 'bonus', thuong: 'bonus', 'thưởng': 'bonus', deduction: 'deduction', tru: 'deduction', 'trừ': 'deduction' };
/** Words of the not_applicable column that mean "the total is rescaled" (a number means fixed points). */
export const RESCALE_WORDS: readonly string[] = ['rescale', 'quy_doi', 'quy đổi'];

export const YES_TEXT = 'có';
export const NO_TEXT = 'không';
/** What a có/không cell may hold (lower case): the workbook's words, and their ASCII and English forms. */
export const YES_WORDS: readonly string[] = ['có', 'co', 'x', 'yes', 'true', '1'];
export const NO_WORDS: readonly string[] = ['không', 'khong', 'no', 'false', '0'];

/** The prompt of a column's drop-down list in the definition workbook (the workbook's own text). */
export function pickOneOf(items: readonly string[]): string {
  return `Chọn một trong: ${items.join(', ')}`;
}

/** How the list cells are written, for the messages about a malformed one. */
export const CELL_FORMS = {
  steps: msg('authoring.form.steps'),
  yesnoItems: msg('authoring.form.yesnoItems'),
  choicePoints: msg('authoring.form.choicePoints'),
  conditions: msg('authoring.form.conditions'),
  subindexItems: msg('authoring.form.subindexItems'),
} as const;

export const PARAM_KEYS: readonly ParamKey[] = ['field', 'num', 'den', 'points', 'steps', 'items', 'choice_points', 'each', 'cap', 'reference', 'conditions', 'label'];

/** A rule parameter on the rule's own row: the model property, its type, whether required. */
export interface ParamSpec extends PropertySpec {
  property: string;
  column: ParamKey;
}

/** A place for sub-rules (the rows below): one sub-rule, or a list. */
export interface ChildSlot {
  property: string;
  many: boolean;
}

/** The columns a rule of `kind` reads on its row, from its kind's property declarations. */
export function ruleParams(kind: RuleKind): ParamSpec[] {
  const out: ParamSpec[] = [];
  for (const [property, spec] of Object.entries(KINDS[kind].properties as Record<string, PropertySpec>)) {
    if (spec.column) out.push({ ...spec, property, column: spec.column });
  }
  return out;
}

/**
 * Where a rule of `kind` takes sub-rules from the rows below it, in order: the rows fill the
 * slots one after the other (a single slot takes one row, a list takes the rest).
 */
export function childSlots(kind: RuleKind): ChildSlot[] {
  const out: ChildSlot[] = [];
  for (const [property, spec] of Object.entries(KINDS[kind].properties as Record<string, PropertySpec>)) {
    if (spec.type === 'rule' || spec.type === 'rules') out.push({ property, many: spec.type === 'rules' });
  }
  return out;
}
