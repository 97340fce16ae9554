// How a placeholder's value is shown in each language. Vietnamese writes a decimal comma and
// groups thousands with a dot only in `grouped` numbers; dates are dd/mm/yyyy in both languages
// (the province's documents), moments in Vietnam's time (UTC+7) whatever the machine's zone.

import type { FormatName, FormatValues, Language, Message } from './types';

/** Vietnam has no daylight saving: UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** A number at 15 significant digits (as spreadsheets show it), with the language's decimal mark. */
export function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(Number(value.toPrecision(15)));
  return language === 'vi' ? text.replace('.', ',') : text;
}

export function formatPercent(fraction: number, language: Language): string {
  return `${formatNumber(Number((fraction * 100).toPrecision(12)), language)}%`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "2018-10-03" -> "03/10/2018"; other text is shown as it is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** A moment as dd/mm/yyyy HH:mm in Vietnam's time. */
export function formatDateTime(moment: string | number): string {
  const ms = typeof moment === 'number' ? moment : Date.parse(moment);
  if (!Number.isFinite(ms)) return String(moment);
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  const date = `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
  return `${date} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

export function formatList(items: readonly string[]): string {
  return items.map((item) => `“${item}”`).join(', ');
}

type Formatter<F extends FormatName> = (value: FormatValues[F], language: Language, render: (m: Message) => string) => string;

/** One entry per format: adding a format is adding an entry here and in FormatValues. */
export const FORMATTERS: { [F in FormatName]: Formatter<F> } = {
  number: (value, language) => formatNumber(value, language),
  percent: (value, language) => formatPercent(value, language),
  date: (value) => formatDate(value),
  datetime: (value) => formatDateTime(value),
  list: (value) => formatList(value),
  message: (value, _language, render) => render(value),
};
