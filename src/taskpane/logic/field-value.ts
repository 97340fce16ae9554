// How a field's workbook cell is shown in the pane's input, and how what the user typed becomes
// the cell's value: numbers as numbers, percents as fractions, yes/no and choices as their labels,
// dates as serial day numbers, text as NFC text. The workbook is the source of truth.

import type { FieldType, InputField } from '../../criteria/model';
import type { CellValue } from '../../plan/grid';
import { serialToIso, isoToSerial } from './excel-date';
import { numberToInputText, parseNumberText, type Language } from './number-text';
import { fractionToPercentText, percentTextToFraction } from './percent';

export const YES_LABEL = 'Có';
export const NO_LABEL = 'Không';

const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set(['integer', 'decimal', 'percent', 'count']);

export function isNumericField(field: InputField): boolean {
  return NUMERIC_TYPES.has(field.type);
}

/** The text an input shows for a cell value. Text left in a number cell is shown as it is. */
export function cellToInputText(field: InputField, value: CellValue | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (field.type === 'percent') return fractionToPercentText(value, language);
  if (field.type === 'date') return serialToIso(value) ?? String(value);
  if (NUMERIC_TYPES.has(field.type)) return numberToInputText(value, language);
  return String(value);
}

export type ParsedInput = { ok: true; value: CellValue } | { ok: false; reason: 'notANumber' | 'notADate' };

/** The cell value for a typed text; blank text clears the cell. */
export function inputTextToCell(field: InputField, text: string): ParsedInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (field.type === 'percent') {
    const fraction = percentTextToFraction(trimmed);
    return fraction === null ? { ok: false, reason: 'notANumber' } : { ok: true, value: fraction };
  }
  if (NUMERIC_TYPES.has(field.type)) {
    const number = parseNumberText(trimmed);
    return number === null ? { ok: false, reason: 'notANumber' } : { ok: true, value: number };
  }
  if (field.type === 'date') {
    const serial = isoToSerial(trimmed);
    return serial === null ? { ok: false, reason: 'notADate' } : { ok: true, value: serial };
  }
  return { ok: true, value: trimmed.normalize('NFC') };
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
