// Decoding text typed in a legacy Vietnamese font (see tables.ts) back to Unicode, NFC.
// Each decoder answers undefined when the text cannot be in its encoding (a character the
// encoding cannot hold, or a VNI mark that follows no vowel): nothing is guessed.

import { TCVN3_FROM_A1, VNI_BASES, VNI_LETTERS, VNI_MARKS, vniMarkKind } from './tables';

/** Windows-1252's characters for codes 0x80–0x9F: what a legacy font's text may hold above U+00FF. */
const CP1252_HIGH = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** True when a character could come from a single-byte font (ASCII, Latin-1 or Windows-1252). */
export const isSingleByte = (ch: string): boolean => ch.charCodeAt(0) <= 0xff || CP1252_HIGH.has(ch);

/** Words whose Latin letters are all capitals (at least two): typed in a capitals-only font (.VnTimeH). */
function capitalsFontWords(text: string): string {
  return text.replace(/[^\s]+/g, (word) => {
    const latin = word.match(/[A-Za-z]/g) ?? [];
    return latin.length >= 2 && latin.every((ch) => ch === ch.toUpperCase()) ? word.toUpperCase() : word;
  });
}

/** Capitals with a tone: TCVN3's full table (VN1) has some among 0xA1–0xFF, the ABC fonts (VN3) none. */
const TONED_CAPITAL = /^[ẰẲẴẮẦẨẪẤỀỂỄẾỒỔỖỐ]$/u;

/** Text typed in a TCVN3 (ABC) font -> Unicode NFC; undefined when it holds a character the ABC fonts cannot. */
export function decodeTcvn3(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    if (!isSingleByte(ch)) return undefined;
    const code = ch.charCodeAt(0);
    const letter = code >= 0xa1 && code <= 0xff ? TCVN3_FROM_A1[code - 0xa1] : ch;
    if (TONED_CAPITAL.test(letter)) return undefined;
    out += letter;
  }
  return capitalsFontWords(out.normalize('NFC')).normalize('NFC');
}

interface Letter {
  base: string;
  marks: string;
}

/** Adds a VNI mark to the letter before it; false when that letter cannot take it. */
function addVniMark(letters: Letter[], mark: string): boolean {
  const last = letters[letters.length - 1];
  if (!last || last.marks) return false;
  const kinds = VNI_BASES[last.base.toLowerCase()];
  if (!kinds?.includes(vniMarkKind(mark))) return false;
  last.marks = VNI_MARKS[mark];
  return true;
}

/** Text typed in a VNI font -> Unicode NFC; undefined when it cannot be VNI text. */
export function decodeVni(text: string): string | undefined {
  const letters: Letter[] = [];
  for (const ch of text) {
    if (!isSingleByte(ch)) return undefined;
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    if (VNI_MARKS[lower] !== undefined) {
      if (!addVniMark(letters, lower)) return undefined;
    } else if (VNI_LETTERS[lower] !== undefined) {
      letters.push({ base: upper ? VNI_LETTERS[lower].toUpperCase() : VNI_LETTERS[lower], marks: '' });
    } else {
      letters.push({ base: ch, marks: '' });
    }
  }
  return letters
    .map((l) => l.base + l.marks)
    .join('')
    .normalize('NFC');
}
