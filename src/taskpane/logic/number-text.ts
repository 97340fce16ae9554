// Numbers as the pane shows and reads them, with Vietnamese habits: a decimal comma ("12,5") and a
// dot grouping thousands ("1.234.567", "1.234,5"); English habits the other way round. A single
// mark is read as the decimal separator unless it is the language's grouping mark followed by
// exactly three digits ("1.234" is 1234 in Vietnamese, "2.5" is 2,5 in both). Inputs never show
// grouping, and keep the decimal digits typed (no binary artefacts such as 14.299999999999999).

export type Language = 'vi' | 'en';

const GROUP_MARK: Record<Language, string> = { vi: '.', en: ',' };
const FIRST_GROUP = /^[1-9]\d{0,2}$/;
const NEXT_GROUP = /^\d{3}$/;

/** "1.234.567" -> "1234567" when every group after the first has three digits; else null. */
function ungroup(text: string, mark: string): string | null {
  const groups = text.split(mark);
  return FIRST_GROUP.test(groups[0]) && groups.slice(1).every((g) => NEXT_GROUP.test(g)) ? groups.join('') : null;
}

function otherMark(mark: string): string {
  return mark === '.' ? ',' : '.';
}

/** Digits of a text without sign, split into whole and fraction by the rules above; null if not a decimal. */
function splitDecimal(body: string, language: Language): { whole: string; fraction: string } | null {
  const marks = [...body].filter((c) => c === '.' || c === ',');
  if (marks.length === 0) return { whole: body, fraction: '' };
  const decimalMark = marks[marks.length - 1];
  const before = body.lastIndexOf(decimalMark);
  const head = body.slice(0, before);
  const tail = body.slice(before + 1);
  const mixed = marks.some((m) => m !== decimalMark);
  if (mixed) {
    const whole = head.includes(decimalMark) ? null : ungroup(head, otherMark(decimalMark));
    return whole === null ? null : { whole, fraction: tail };
  }
  if (marks.length > 1 || (decimalMark === GROUP_MARK[language] && FIRST_GROUP.test(head) && NEXT_GROUP.test(tail))) {
    const whole = ungroup(body, decimalMark);
    return whole === null ? null : { whole, fraction: '' };
  }
  return { whole: head, fraction: tail };
}

/** Digits of a decimal text split at its decimal mark, or null when the text is not a plain decimal. */
export function decimalParts(text: string, language: Language = 'vi'): { sign: '' | '-'; whole: string; fraction: string } | null {
  const compact = text.replace(/[\s\u00a0]/g, '');
  const match = /^([+-]?)([\d.,]*)$/.exec(compact);
  if (!match || !/\d/.test(match[2])) return null;
  const parts = splitDecimal(match[2], language);
  return parts && { sign: match[1] === '-' ? '-' : '', ...parts };
}

/** The number in a text typed with the language's habits ("12,5", "1.234,5", " 7 "); null if none. */
export function parseNumberText(text: string, language: Language = 'vi'): number | null {
  const parts = decimalParts(text, language);
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
