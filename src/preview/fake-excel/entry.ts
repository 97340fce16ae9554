// How Excel turns what is written into a cell (through Range.values / Range.formulas, or typed by
// a user) into cell content. Strict on purpose: a string that starts with "=", "+", "-" or "@"
// becomes a formula and a numeric-looking string becomes a number, exactly the traps an adapter
// must avoid by quoting text with a leading apostrophe.

import { fail } from './errors';

export const ERROR_TEXTS = ['#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#REF!', '#NUM!', '#NULL!'] as const;

export type CellContent =
  | { kind: 'formula'; formula: string } // without "="
  | { kind: 'value'; value: string | number | boolean; quotePrefix?: boolean }
  | { kind: 'error'; error: string };

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;

function parseNumberText(text: string): number | undefined {
  const t = text.trim();
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1) : t;
  if (!/\d/.test(body) || !NUMBER.test(body)) return undefined;
  const n = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

/** Serial date (1900 system) for "m/d" or "m/d/yyyy", as en-US Excel parses typed dates. */
function parseDateText(text: string): number | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  let year = m[3] === undefined ? new Date().getFullYear() : Number(m[3]);
  if (m[3] !== undefined && m[3].length === 2) year += year < 30 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** undefined = leave the cell unchanged (a null inside a values/formulas array); null = clear it. */
export function parseEntry(input: unknown): CellContent | null | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('InvalidArgument', `The number ${input} cannot be written to a cell.`);
    return { kind: 'value', value: input };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (typeof input !== 'string') return fail('InvalidArgument', `A cell cannot hold a ${typeof input}.`);
  if (input === '') return null;
  if (input.startsWith("'")) return { kind: 'value', value: input.slice(1), quotePrefix: true };
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', formula: input.slice(1) };
  const number = parseNumberText(input);
  if (number !== undefined) return { kind: 'value', value: number };
  if (input.startsWith('+') || input.startsWith('-')) return { kind: 'formula', formula: input };
  if (input.startsWith('@') && input.length > 1) return { kind: 'formula', formula: input.slice(1) };
  const upper = input.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  if ((ERROR_TEXTS as readonly string[]).includes(upper)) return { kind: 'error', error: upper };
  const date = parseDateText(input);
  if (date !== undefined) return { kind: 'value', value: date };
  return { kind: 'value', value: input };
}
