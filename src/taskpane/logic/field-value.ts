// How a field's workbook cell is shown in the pane's input, and how what the user typed becomes
// the cell's value: numbers as numbers, percents as fractions, yes/no and choices as their labels,
// dates as serial day numbers, text as NFC text. The workbook is the source of truth.

import type { FieldType, InputField } from '../../criteria/model';
import { msg, type Message } from '../../messages';
import type { CellValue } from '../../plan/grid';
import { NO, YES } from '../../rules/cell';
import { isoToDayMonthYear, isoToSerial, serialToIso, typedDateToIso } from './excel-date';
import { numberToInputText, parseNumberText, type Language } from './number-text';
import { fractionToPercentText, percentTextToFraction } from './percent';

/** The labels a yes/no cell holds: the form's own words, as the formulas compare them. */
export const YES_LABEL = YES;
export const NO_LABEL = NO;

const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set(['integer', 'decimal', 'percent', 'count']);

export function isNumericField(field: InputField): boolean {
  return NUMERIC_TYPES.has(field.type);
}

/** The text an input shows for a cell value. Text left in a number cell is shown as it is. */
export function cellToInputText(field: InputField, value: CellValue | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (field.type === 'percent') {
    // Below 1 % the sign is shown, so that the text reads back as the same percent ("0,5" alone would be 50 %).
    const text = fractionToPercentText(value, language);
    return value !== 0 && Math.abs(value) < 0.01 ? `${text} %` : text;
  }
  if (field.type === 'date') {
    const iso = serialToIso(value);
    return iso ? isoToDayMonthYear(iso) : String(value);
  }
  if (NUMERIC_TYPES.has(field.type)) return numberToInputText(value, language);
  return String(value);
}

export type ParsedInput = { ok: true; value: CellValue } | { ok: false; reason: 'notANumber' | 'notADate' };

/** The cell value for a text typed with the language's number habits; blank text clears the cell. */
export function inputTextToCell(field: InputField, text: string, language: Language = 'vi'): ParsedInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (field.type === 'percent') {
    const fraction = percentTextToFraction(trimmed, language);
    return fraction === null ? { ok: false, reason: 'notANumber' } : { ok: true, value: fraction };
  }
  if (NUMERIC_TYPES.has(field.type)) {
    const number = parseNumberText(trimmed, language);
    return number === null ? { ok: false, reason: 'notANumber' } : { ok: true, value: number };
  }
  if (field.type === 'date') {
    const iso = typedDateToIso(trimmed);
    const serial = iso === null ? null : isoToSerial(iso);
    return serial === null ? { ok: false, reason: 'notADate' } : { ok: true, value: serial };
  }
  return { ok: true, value: trimmed.normalize('NFC') };
}

/**
 * What a typed number was read as, when it is worth saying: always for a percent ("0,85" -> 85 %),
 * and for a number whose text is not already its plain form ("1.234" -> 1234, "2.5" -> 2,5).
 */
export function readingOf(field: InputField, text: string, language: Language): Message | undefined {
  if (!isNumericField(field)) return undefined;
  const parsed = inputTextToCell(field, text, language);
  if (!parsed.ok || typeof parsed.value !== 'number') return undefined;
  if (field.type === 'percent') return msg('entry.reading.percent', { value: parsed.value });
  const plain = numberToInputText(parsed.value, language);
  return plain === text.replace(/[\s\u00a0]/g, '') ? undefined : msg('entry.reading.number', { value: parsed.value });
}

/** The label among `labels` that a cell holds, compared as the formulas do (ignoring case); or undefined. */
export function matchingLabel(value: CellValue | undefined, labels: readonly string[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.normalize('NFC').toLowerCase();
  return labels.find((label) => label.normalize('NFC').toLowerCase() === wanted);
}

/** Labels a yes/no or choice field offers. */
export function labelsOf(field: InputField): string[] {
  if (field.type === 'yesno') return [YES_LABEL, NO_LABEL];
  return (field.choices ?? []).map((choice) => choice.label);
}

/** Whether writing `next` would change the cell (so unchanged inputs do not write). */
export function sameCellValue(current: CellValue | undefined, next: CellValue): boolean {
  if (current === undefined || current === null || current === '') return next === null || next === '';
  if (typeof current === 'number' && typeof next === 'number') return Math.abs(current - next) <= Math.abs(next) * 1e-15;
  return current === next;
}
