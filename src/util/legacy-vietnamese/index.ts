// Text typed in a legacy Vietnamese font (TCVN3/ABC or VNI), recognised and decoded to
// Unicode NFC, or reported as unreadable; real Unicode text is never touched. A text is a
// candidate only when every character could come from a single-byte font and it does not read
// as Vietnamese as it stands (a character such as "ä", "¸", "«", or a word such as "Noâng");
// a decoding is taken only when the result is plausible Vietnamese and the other's is not.

import { decodeTcvn3, decodeVni, isSingleByte } from './decode';
import { isPlausibleVietnamese, VIETNAMESE_LATIN1 } from './syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

export type LegacyReading =
  /** Unicode already (or plain ASCII): keep as it is. */
  | { kind: 'unicode' }
  /** Typed in a legacy font: `text` is the Unicode NFC the font showed. */
  | { kind: 'converted'; from: LegacyEncoding; text: string }
  /** Looks like a legacy font's text, but neither decoding (or both) gives Vietnamese: not converted. */
  | { kind: 'unreadable' };

/** Characters of the text that Vietnamese Unicode text would not hold but a legacy font's would. */
function legacyMarks(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xa1 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) n++;
  }
  return n;
}

/** Plain ASCII reads the same in every font: nothing to decode (and the common case). */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function readLegacyVietnamese(text: string): LegacyReading {
  if (ASCII_ONLY.test(text) || ![...text].every(isSingleByte)) return { kind: 'unicode' };
  const marks = legacyMarks(text);
  if (marks === 0 && isPlausibleVietnamese(text)) return { kind: 'unicode' };
  const readings: { from: LegacyEncoding; text: string }[] = [];
  for (const [from, decode] of [['tcvn3', decodeTcvn3], ['vni', decodeVni]] as const) {
    const decoded = decode(text);
    if (decoded !== undefined && isPlausibleVietnamese(decoded)) readings.push({ from, text: decoded });
  }
  if (readings.length === 1) return { kind: 'converted', ...readings[0] };
  // One odd character among plain text (a degree sign, a German name) is not a legacy font.
  return readings.length === 0 && marks < 2 ? { kind: 'unicode' } : { kind: 'unreadable' };
}
