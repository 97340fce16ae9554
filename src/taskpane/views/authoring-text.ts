// The authoring view's text, Vietnamese and English (kept beside the view it belongs to).

import type { Language } from '../logic/number-text';

const vi = {
  open: 'Bộ tiêu chí tự soạn…',
  close: 'Đóng phần bộ tiêu chí',
  title: 'Bộ tiêu chí do tỉnh soạn',
  intro: 'Bộ tiêu chí được soạn trong một bảng tính định nghĩa (các trang thong_tin, tieu_chi, truong, xep_loai, kiem_tra; xem trang huong_dan). Phần bổ trợ kiểm tra nó rồi tạo biểu mẫu từ đó.',
  detected: 'Bảng tính đang mở có một bộ tiêu chí (trang thong_tin và tieu_chi).',
  useWorkbook: 'Dùng bộ tiêu chí trong bảng tính này',
  loadFile: 'Tải từ tệp .xlsx…',
  checking: 'Đang kiểm tra bộ tiêu chí…',
  failed: 'Không đọc được bộ tiêu chí: {detail}',
  issuesTitle: '{errors} lỗi, {warnings} cảnh báo',
  issuesHint: 'Bấm vào một dòng để chọn ô có vấn đề.',
  valid: 'Bộ tiêu chí hợp lệ.',
  invalid: 'Hãy sửa các lỗi rồi kiểm tra lại.',
  recheck: 'Kiểm tra lại',
  error: 'Lỗi',
  warning: 'Cảnh báo',
  preview: 'Xem trước biểu mẫu',
  summary: '{formName} · {groupName} · năm {year} · tổng điểm tối đa {maxTotal}',
  criteria: '{count} tiêu chí',
  fields: 'Số liệu: {list}',
  rule: 'quy tắc {kind}, tối đa {max}',
  create: 'Tạo biểu mẫu',
  creating: 'Đang tạo biểu mẫu…',
  replaceAsk: 'Đã có trang tính “{sheet}”. Thay thế trang đó?',
  replace: 'Thay thế',
  cancel: 'Huỷ',
  createFailed: 'Không tạo được biểu mẫu: {detail}',
};

const en: typeof vi = {
  open: 'Authored criteria set…',
  close: 'Close the criteria-set section',
  title: "The province's own criteria set",
  intro: 'A criteria set is written in a definition workbook (sheets thong_tin, tieu_chi, truong, xep_loai, kiem_tra; see huong_dan). The add-in checks it and builds the form from it.',
  detected: 'The open workbook holds a criteria set (sheets thong_tin and tieu_chi).',
  useWorkbook: 'Use the criteria set in this workbook',
  loadFile: 'Load from an .xlsx file…',
  checking: 'Checking the criteria set…',
  failed: 'Could not read the criteria set: {detail}',
  issuesTitle: '{errors} error(s), {warnings} warning(s)',
  issuesHint: 'Click a line to select its cell.',
  valid: 'The criteria set is valid.',
  invalid: 'Fix the errors, then check again.',
  recheck: 'Check again',
  error: 'Error',
  warning: 'Warning',
  preview: 'Form preview',
  summary: '{formName} · {groupName} · {year} · maximum total {maxTotal}',
  criteria: '{count} criteria',
  fields: 'Inputs: {list}',
  rule: 'rule {kind}, max {max}',
  create: 'Create the form',
  creating: 'Creating the form…',
  replaceAsk: 'Sheet “{sheet}” exists. Replace it?',
  replace: 'Replace',
  cancel: 'Cancel',
  createFailed: 'Could not create the form: {detail}',
};

export type AuthoringKey = keyof typeof vi;

export function authoringText(language: Language, key: AuthoringKey, params: Record<string, string | number> = {}): string {
  const template = (language === 'vi' ? vi : en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
