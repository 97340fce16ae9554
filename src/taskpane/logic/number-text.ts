// Numbers as the pane shows and reads them. Vietnamese writes a decimal comma ("12,5"), English a
// point; the pane accepts either, never shows thousands separators in inputs, and keeps the
// decimal digits the user typed (no binary rounding artefacts such as 14.299999999999999).

export type Language = 'vi' | 'en';

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:[.,](\d*))?$/;

/** Digits of a decimal text split at its separator, or null when the text is not a plain decimal. */
export function decimalParts(text: string): { sign: '' | '-'; whole: string; fraction: string } | null {
  const compact = text.replace(/[\s\u00a0]/g, '');
  const match = DECIMAL_TEXT.exec(compact);
  if (!match) return null;
  const whole = match[2] ?? '';
  const fraction = match[3] ?? '';
  if (whole === '' && fraction === '') return null;
  return { sign: match[1] === '-' ? '-' : '', whole, fraction };
}

/** The number in a text typed with a decimal comma or point ("12,5", "12.5", " 7 "); null if none. */
export function parseNumberText(text: string): number | null {
  const parts = decimalParts(text);
  if (!parts) return null;
  const value = Number(`${parts.sign}${parts.whole || '0'}.${parts.fraction || '0'}`);
  return Number.isFinite(value) ? value : null;
}

/** A number at 15 significant digits, as spreadsheets show it (0.1 + 0.2 -> 0.3). */
export function cleanNumber(value: number): number {
  return Number(value.toPrecision(15));
}

/** Plain text of a number for an input box: no grouping, the language's decimal separator. */
export function numberToInputText(value: number, language: Language): string {
  const text = String(cleanNumber(value));
  if (/e/i.test(text)) return text;
  return language === 'vi' ? text.replace('.', ',') : text;
}

/** A number for reading (points, totals): grouped, at most `decimals` decimals. */
export function formatNumber(value: number, language: Language, decimals = 2): string {
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: decimals }).format(value);
}
