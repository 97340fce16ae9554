// The fixed Vietnamese texts of the Phụ lục sheet and how dates, documents and field labels
// are written on it (Nghị định 30/2020/NĐ-CP conventions).

import { fieldById } from '../criteria/fields';
import { NOT_APPLICABLE, type CriteriaSet, type Criterion, type InputField, type LegalBasis, type Section } from '../criteria/model';
import { rescalesForNotApplicable, roleOf } from '../criteria/roles';
import { ruleSentence, vietnameseNumber } from '../rules/sentence';

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

// ---- generated "Cách tính điểm" --------------------------------------------------------

/** How a criterion is scored, generated from its rule (through its kind), role and not-applicable policy. */
export function criterionSentence(set: CriteriaSet, section: Section, criterion: Criterion): string {
  const rule = ruleSentence(criterion.rule, criterion.max, fieldById(set));
  const role = roleOf(section, criterion);
  const head = role === 'bonus' ? 'Điểm thưởng: ' : role === 'deduction' ? 'Điểm trừ (hiện số âm, trừ vào điểm nhóm): ' : '';
  const na = criterion.notApplicable;
  const tail = !na
    ? ''
    : na.policy === 'fixed'
      ? ` Nếu chọn “${NOT_APPLICABLE}”: được ${vietnameseNumber(na.points)} điểm.`
      : ` Nếu chọn “${NOT_APPLICABLE}”: điểm tối đa của tiêu chí được loại khỏi tổng và tổng điểm được quy đổi.`;
  return `${head}${rule}.${tail}`;
}

/** The guidance of a criterion on the form: the author's words, else the generated sentence. */
export function criterionGuidance(set: CriteriaSet, section: Section, criterion: Criterion): string {
  return criterion.guidance ?? criterionSentence(set, section, criterion);
}

/** How a section's sub-total is computed, when it is more than a capped sum. */
export function sectionGuidance(section: Section): string | undefined {
  if (section.role === 'bonus') return `Tổng điểm thưởng của nhóm, tối đa ${vietnameseNumber(section.max)} điểm.`;
  if (section.role === 'deduction') return `Tổng điểm trừ của nhóm, tối đa ${vietnameseNumber(section.max)} điểm.`;
  const roles = section.criteria.map((c) => roleOf(section, c));
  if (!roles.includes('bonus') && !roles.includes('deduction')) return undefined;
  const bonus = roles.includes('bonus') ? ` + điểm thưởng${section.bonusMax === undefined ? '' : ` (tối đa ${vietnameseNumber(section.bonusMax)})`}` : '';
  const deduction = roles.includes('deduction') ? ' − điểm trừ' : '';
  return `Điểm các tiêu chí (tối đa ${vietnameseNumber(section.max)})${bonus}${deduction}; không thấp hơn 0.`;
}

/** The order of operations of the total, when it is more than a sum of the sections. */
export function totalGuidance(set: CriteriaSet): string | undefined {
  const parts: string[] = [];
  if (rescalesForNotApplicable(set)) parts.push(`quy đổi theo điểm tối đa áp dụng (× ${vietnameseNumber(set.maxTotal)} ÷ điểm tối đa áp dụng)`);
  if (set.sections.some((s) => s.role === 'bonus')) parts.push('cộng điểm thưởng');
  if (set.maxBonus !== undefined) parts.push(`tối đa ${vietnameseNumber(set.maxTotal + set.maxBonus)} điểm`);
  if (set.sections.some((s) => s.role === 'deduction')) parts.push('trừ điểm trừ, không thấp hơn 0');
  return parts.length === 0 ? undefined : `Tổng điểm các nhóm, ${parts.join(', ')}.`;
}

/** The row of the applicable maximum (sets whose total is rescaled). */
export const APPLICABLE_MAX_TEXT = {
  label: 'Điểm tối đa áp dụng',
  guidance: 'Tổng điểm tối đa trừ điểm tối đa của các tiêu chí đơn vị chọn “Không áp dụng”.',
} as const;
