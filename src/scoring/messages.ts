// The Vietnamese and English text of input problems. Values are shown as the user typed
// them: numbers with a decimal comma in Vietnamese, percent fields as percentages.

import type { Check, InputField, InputValue } from '../criteria/model';

export interface ProblemText {
  message: string;
  messageEn: string;
}

type Language = 'vi' | 'en';

/** Where a field or criterion sits: a criterion code, or the general-information block. */
export type Place = { criterionCode?: string };

function prefix(place: Place, language: Language): string {
  if (place.criterionCode === undefined) return language === 'vi' ? 'Thông tin chung: ' : 'General information: ';
  return language === 'vi' ? `Tiêu chí ${place.criterionCode}: ` : `Criterion ${place.criterionCode}: `;
}

function formatNumber(n: number, percent: boolean, language: Language): string {
  const shown = percent ? `${Number((n * 100).toPrecision(12))}%` : String(n);
  return language === 'vi' ? shown.replace('.', ',') : shown;
}

/** A value as shown in a message: numbers bare, text quoted, booleans as TRUE/FALSE. */
export function formatValue(v: InputValue | undefined, field: Pick<InputField, 'type'> | undefined, language: Language): string {
  if (typeof v === 'number') return formatNumber(v, field?.type === 'percent', language);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `"${v ?? ''}"`;
}

function both(place: Place, vi: string, en: string): ProblemText {
  return { message: prefix(place, 'vi') + vi, messageEn: prefix(place, 'en') + en };
}

export function missingText(place: Place, field: InputField): ProblemText {
  return both(place, `chưa nhập "${field.label}".`, `"${field.label}" is required.`);
}

export function notANumberText(place: Place, field: InputField, v: InputValue): ProblemText {
  return both(
    place,
    `"${field.label}" phải là số, không phải ${formatValue(v, field, 'vi')}.`,
    `"${field.label}" must be a number, not ${formatValue(v, field, 'en')}.`,
  );
}

export function notWholeText(place: Place, field: InputField, v: number): ProblemText {
  return both(
    place,
    `"${field.label}" phải là số nguyên (đang nhập ${formatValue(v, field, 'vi')}).`,
    `"${field.label}" must be a whole number (entered ${formatValue(v, field, 'en')}).`,
  );
}

function rangeWords(field: InputField, min: number | undefined, max: number | undefined, language: Language): string {
  const show = (n: number): string => formatValue(n, field, language);
  if (language === 'vi') {
    if (min !== undefined && max !== undefined) return `từ ${show(min)} đến ${show(max)}`;
    return min !== undefined ? `từ ${show(min)} trở lên` : `không quá ${show(max ?? 0)}`;
  }
  if (min !== undefined && max !== undefined) return `between ${show(min)} and ${show(max)}`;
  return min !== undefined ? `at least ${show(min)}` : `at most ${show(max ?? 0)}`;
}

export function outOfBoundsText(
  place: Place,
  field: InputField,
  v: number,
  min: number | undefined,
  max: number | undefined,
): ProblemText {
  return both(
    place,
    `"${field.label}" (${formatValue(v, field, 'vi')}) phải ${rangeWords(field, min, max, 'vi')}.`,
    `"${field.label}" (${formatValue(v, field, 'en')}) must be ${rangeWords(field, min, max, 'en')}.`,
  );
}

export function invalidChoiceText(place: Place, field: InputField, v: InputValue, labels: string[]): ProblemText {
  const options = labels.map((label) => `"${label}"`).join(', ');
  return both(
    place,
    `"${field.label}" phải là một trong: ${options} (đang nhập ${formatValue(v, field, 'vi')}).`,
    `"${field.label}" must be one of: ${options} (entered ${formatValue(v, field, 'en')}).`,
  );
}

/** A ratio's part greater than its whole, e.g. staff with a computer > staff. */
export function partExceedsWholeText(
  place: Place,
  part: InputField,
  partValue: number,
  whole: InputField,
  wholeValue: number,
): ProblemText {
  const shown = (f: InputField, v: number, language: Language): string => `"${f.label}" (${formatValue(v, f, language)})`;
  return both(
    place,
    `${shown(part, partValue, 'vi')} lớn hơn ${shown(whole, wholeValue, 'vi')}.`,
    `${shown(part, partValue, 'en')} is greater than ${shown(whole, wholeValue, 'en')}.`,
  );
}

const OPERATOR_WORDS: Record<Check['op'], string> = {
  '<=': 'at most',
  '>=': 'at least',
  '<': 'less than',
  '>': 'greater than',
  '=': 'equal to',
};

/** A failed check of the set: the author's Vietnamese message, and an English one built from the check. */
export function failedCheckText(
  place: Place,
  check: Check,
  left: InputField | undefined,
  leftValue: number,
  right: InputField | undefined,
  rightValue: number,
): ProblemText {
  const shown = (f: InputField | undefined, id: string, v: number): string =>
    `"${f?.label ?? id}" (${formatValue(v, f, 'en')})`;
  return {
    message: check.message,
    messageEn:
      prefix(place, 'en') +
      `${shown(left, check.left, leftValue)} must be ${OPERATOR_WORDS[check.op]} ${shown(right, check.right, rightValue)}.`,
  };
}

export function evidenceMissingText(place: Place): ProblemText {
  return both(place, 'cần ghi tài liệu kiểm chứng.', 'evidence (Tài liệu kiểm chứng) must be cited.');
}
