// The fixed Vietnamese texts of the Phụ lục sheet and how dates, documents and field labels
// are written on it (Nghị định 30/2020/NĐ-CP conventions).

import type { CriteriaSet, InputField, LegalBasis } from '../criteria/model';

export const FORM_TEXT = {
  superior: 'TÊN CƠ QUAN CHỦ QUẢN',
  unit: 'TÊN CƠ QUAN, ĐƠN VỊ',
  docNumber: 'Số: …/BC-…',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  placeDate: '……, ngày … tháng … năm …',
  reportTitle: 'BÁO CÁO TỰ ĐÁNH GIÁ',
  generalPart: 'I. THÔNG TIN CHUNG',
  resultPart: 'II. KẾT QUẢ TỰ ĐÁNH GIÁ',
  total: 'TỔNG ĐIỂM',
  band: 'Xếp loại',
  preparer: 'NGƯỜI LẬP PHIẾU',
  preparerNote: '(Ký, ghi rõ họ tên)',
  head: 'THỦ TRƯỞNG CƠ QUAN',
  headNote: '(Ký tên, đóng dấu)',
  reconstructedTitle:
    'Lưu ý: một số phần của bộ tiêu chí này được dựng lại, không phải nguyên văn phụ lục chính thức; cần đối chiếu với phụ lục chính thức trước khi dùng để chấm điểm, xếp hạng:',
} as const;

/** Pieces of the header lines that follow the unit's information (see header.ts). */
export const HEADER_WORDS = {
  docNumber: 'Số: ',
  placeBlank: '……',
  day: 'ngày ',
  month: ' tháng ',
  year: ' năm ',
  dateBlank: 'ngày … tháng … năm …',
} as const;

/** Labels and help of the general fields every form has, whatever its set (form-fields.ts). */
export const FORM_FIELD_TEXT = {
  governingBody: {
    label: 'Cơ quan chủ quản',
    help: 'Cơ quan cấp trên trực tiếp, ghi ở góc trái đầu biểu mẫu (ví dụ “UBND tỉnh Phú Thọ” với một sở). Để trống với UBND các cấp.',
  },
  place: {
    label: 'Địa danh',
    help: 'Nơi ban hành, ghi trước ngày tháng (Nghị định 30/2020): tên tỉnh với cơ quan cấp tỉnh, tên huyện, thành phố với cấp huyện, tên xã, phường với cấp xã. Ví dụ “Việt Trì”.',
  },
  reportDate: { label: 'Ngày lập phiếu' },
  documentNumber: {
    label: 'Số, ký hiệu báo cáo',
    help: 'Ví dụ “15/BC-UBND”. Để trống nếu văn thư ghi số khi phát hành.',
  },
} as const;

/** "- <part>": one reconstructed part of the set on the form. */
export function reconstructedLine(part: string): string {
  return `- ${part}`;
}

/**
 * An ISO date as official documents write it: "05/7/2018". Days below 10 and the months
 * January and February take a leading zero (Nghị định 30/2020, Phụ lục I).
 */
export function officialDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const monthNumber = Number(month);
  const monthText = monthNumber <= 2 ? month : String(monthNumber);
  return `${day}/${monthText}/${year}`;
}

/** "Quyết định số 1609/QĐ-UBND ngày 05/7/2018 của UBND tỉnh Phú Thọ" (a letter: "Văn bản số …"). */
export function documentReference(doc: LegalBasis): string {
  const kind = /\/QĐ/i.test(doc.decision) ? 'Quyết định' : 'Văn bản';
  return `${kind} số ${doc.decision} ngày ${officialDate(doc.date)} của ${doc.issuer}`;
}

export function legalBasisLine(set: CriteriaSet): string {
  return `(Kèm theo ${documentReference(set.legalBasis)})`;
}

export function guidanceLine(set: CriteriaSet): string | undefined {
  return set.guidanceLetter ? `Hướng dẫn tại ${documentReference(set.guidanceLetter)}` : undefined;
}

export function dataPeriodLine(set: CriteriaSet): string {
  return `Số liệu tính từ ngày ${officialDate(set.dataPeriod.from)} đến ngày ${officialDate(set.dataPeriod.to)}`;
}

/** Where and by when the form is sent, when the set says so. */
export function deadlineLine(set: CriteriaSet): string | undefined {
  const to = set.sendTo ? ` về ${set.sendTo}` : '';
  const by = set.deadline ? ` trước ngày ${officialDate(set.deadline)}` : '';
  return to || by ? `Đơn vị gửi báo cáo${to}${by}.` : undefined;
}

/** "Tổng số máy tính (chiếc)". */
export function labelWithUnit(field: InputField): string {
  return field.unit ? `${field.label} (${field.unit})` : field.label;
}

/** The text of a criterion's name cell; a single field's label is added when it says more. */
export function criterionNameText(name: string, singleField: InputField | undefined): string {
  if (!singleField || singleField.label.normalize('NFC') === name.normalize('NFC')) return name;
  return `${name}\nSố liệu: ${labelWithUnit(singleField)}`;
}

/** A field row under a criterion: "- Số máy tính (chiếc)". */
export function fieldRowText(field: InputField): string {
  return `- ${labelWithUnit(field)}`;
}

/** NFC, single spaces, trimmed, lower case: how header labels are compared. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
