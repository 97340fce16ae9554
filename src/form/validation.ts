// Data validation of a field's input cell, with Vietnamese messages: whole numbers, decimals,
// percents (fractions 0..1), dates, and lists for yes/no and choice fields. Free text has none.

import type { InputField } from '../criteria/model';
import { NO, YES } from '../scoring';
import type { RangeRef, ValidationPlan } from '../plan/model';

const TITLE = 'Giá trị không hợp lệ';
/** Excel's inline list: no commas inside items, at most 255 characters in all. */
const MAX_LIST_TEXT = 255;
/** Excel serial numbers of 01/01/1900 and 31/12/9999. */
const FIRST_DATE = 1;
const LAST_DATE = 2958465;

/** "0", "12.5", "85%" for messages (decimal comma, as Vietnamese readers write it). */
function shown(n: number, percent: boolean): string {
  const value = percent ? Math.round(n * 100 * 1e6) / 1e6 : n;
  return `${String(value).replace('.', ',')}${percent ? '%' : ''}`;
}

function boundsText(min: number | undefined, max: number | undefined, percent: boolean): string {
  if (min !== undefined && max !== undefined) return ` từ ${shown(min, percent)} đến ${shown(max, percent)}`;
  if (min !== undefined) return ` không nhỏ hơn ${shown(min, percent)}`;
  if (max !== undefined) return ` không lớn hơn ${shown(max, percent)}`;
  return '';
}

function listable(items: string[]): boolean {
  return items.length > 0 && items.every((i) => !i.includes(',')) && items.join(',').length <= MAX_LIST_TEXT;
}

/** The validation of the field's input cell at `range`, or undefined for free text. */
export function fieldValidation(field: InputField, range: RangeRef): ValidationPlan | undefined {
  const title = TITLE;
  switch (field.type) {
    case 'integer':
    case 'count': {
      const min = field.min ?? 0;
      return { kind: 'whole', range, min, max: field.max, title, message: `Nhập số nguyên${boundsText(min, field.max, false)}.` };
    }
    case 'decimal': {
      const min = field.min;
      const max = field.max;
      if (min === undefined && max === undefined) {
        return { kind: 'decimal', range, min: -1e15, max: 1e15, title, message: 'Nhập một số.' };
      }
      return { kind: 'decimal', range, min, max, title, message: `Nhập một số${boundsText(min, max, false)}.` };
    }
    case 'percent': {
      const min = field.min ?? 0;
      const max = field.max ?? 1;
      const bounds = min === 0 && max === 1 ? '' : ` (${boundsText(min, max, true).trim()})`;
      return { kind: 'decimal', range, min, max, title, message: `Nhập tỉ lệ phần trăm, ví dụ 85%${bounds}.` };
    }
    case 'date':
      return { kind: 'decimal', range, min: FIRST_DATE, max: LAST_DATE, title, message: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/9/2018.' };
    case 'yesno':
      return { kind: 'list', range, items: [YES, NO], title, message: 'Chọn "Có" hoặc "Không".' };
    case 'choice': {
      const items = (field.choices ?? []).map((c) => c.label);
      if (!listable(items)) return undefined;
      return { kind: 'list', range, items, title, message: `Chọn một giá trị trong danh sách: ${items.join('; ')}.` };
    }
    case 'text':
      return undefined;
  }
}
