// Reading one cell of a definition workbook: text, numbers (a decimal comma is accepted:
// "1,5" = 1.5), có/không, dates (YYYY-MM-DD, dd/mm/yyyy or an Excel date) and the small
// list syntaxes ("a; b; c" and "key:number; key:number").

import { isIsoDate } from '../sets/validation/structure';
import type { CellValue } from '../plan/grid';
import { msg, type Message } from '../messages';
import { NO_WORDS, YES_WORDS } from './format';
import type { CellProblem } from './issues';

export type Parsed<T> = { value: T; problem?: undefined } | { problem: CellProblem; value?: undefined };

const ok = <T>(value: T): Parsed<T> => ({ value });
/** A problem whose code is its message's ("authoring.badNumber" -> "badNumber"). */
const fail = (text: Message): Parsed<never> => ({ problem: { code: text.code.split('.')[1], text } });

/** The cell as trimmed NFC text ('' when blank); numbers in their shortest form. */
export function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.normalize('NFC').trim();
}

export function isBlank(value: CellValue): boolean {
  return textOf(value) === '';
}

const NUMBER_TEXT = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;
/** "2.500" / "2,500": a thousands separator or a decimal mark? Refused rather than guessed. */
const AMBIGUOUS_NUMBER = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/** A number written as text: "1.5" or "1,5" (decimal comma); undefined when it is not one. */
export function numberFromText(text: string): number | undefined {
  const t = text.trim();
  if (!NUMBER_TEXT.test(t) || AMBIGUOUS_NUMBER.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

export function parseNumber(value: CellValue, column: string): Parsed<number> {
  if (typeof value === 'number' && Number.isFinite(value)) return ok(value);
  const text = textOf(value);
  const number = numberFromText(text);
  if (number !== undefined) return ok(number);
  if (AMBIGUOUS_NUMBER.test(text)) {
    return fail(msg('authoring.ambiguousNumber', { column, text }));
  }
  return fail(msg('authoring.badNumber', { column, text }));
}


/** có / không (also x, yes/no, TRUE/FALSE); blank gives undefined. */
export function parseYesNo(value: CellValue, column: string): Parsed<boolean | undefined> {
  if (typeof value === 'boolean') return ok(value);
  const text = textOf(value);
  if (text === '') return ok(undefined);
  const lower = text.toLowerCase();
  if (YES_WORDS.includes(lower)) return ok(true);
  if (NO_WORDS.includes(lower)) return ok(false);
  return fail(msg('authoring.badYesNo', { column, text }));
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date as YYYY-MM-DD from ISO text, dd/mm/yyyy text or an Excel date serial. */
export function parseDate(value: CellValue, column: string): Parsed<string> {
  if (typeof value === 'number' && Number.isInteger(value) && value > 60 && value < 2958466) {
    return ok(new Date(EXCEL_EPOCH_MS + value * 86_400_000).toISOString().slice(0, 10));
  }
  const text = textOf(value);
  const dmy = DMY.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : text;
  if (isIsoDate(iso)) return ok(iso);
  return fail(msg('authoring.badDate', { column, text }));
}

/** "a; b; c" -> ["a", "b", "c"] (blank items dropped). */
export function parseList(text: string): string[] {
  return text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export interface Pair {
  key: string;
  number: number;
}

/**
 * "4:20; 3:15" -> [{key "4", number 20}, …]. The last ':' of an item separates its key
 * (which may itself contain ':') from its number. `shape` names the expected form in messages.
 */
export function parsePairs(text: string, column: string, shape: Message): Parsed<Pair[]> {
  return parseItems(text, column, shape, (item) => {
    const colon = item.lastIndexOf(':');
    const key = colon < 0 ? '' : item.slice(0, colon).trim();
    const number = colon < 0 ? undefined : numberFromText(item.slice(colon + 1));
    return colon < 0 || key === '' || number === undefined ? undefined : { key, number };
  });
}

/**
 * The items of a ';'-separated list, each read by `item` (undefined: malformed, reported with
 * its position and the expected form `shape`). An empty list is a problem.
 */
export function parseItems<T>(text: string, column: string, shape: Message, item: (text: string) => T | undefined): Parsed<T[]> {
  const items = parseList(text);
  if (items.length === 0) return fail(msg('authoring.emptyList', { column, form: shape }));
  const out: T[] = [];
  for (const [i, text] of items.entries()) {
    const value = item(text);
    if (value === undefined) {
      return fail(msg('authoring.badList', { column, item: i + 1, text, form: shape }));
    }
    out.push(value);
  }
  return ok(out);
}

/** The inverse of parsePairs. */
export function formatPairs(pairs: readonly Pair[]): string {
  return pairs.map((pair) => `${pair.key}:${pair.number}`).join('; ');
}
