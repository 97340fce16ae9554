// Encoding Unicode text the way a legacy Vietnamese font stores it in a cell, for tests:
// TCVN3 through iconv-lite's "tcvn" table (an independent source), VNI from the VNI keyboard
// chart written out here (vowel, then one mark character for tone, circumflex or breve).

import * as iconv from 'iconv-lite';

/** Lower-case text typed in a TCVN3 (.VnTime) font, as the cell holds it (one Latin-1 character per byte). */
export function asTcvn3(text: string): string {
  return iconv.encode(text.normalize('NFC'), 'tcvn').toString('latin1');
}

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

const TONE: Record<string, string> = { '': '', [ACUTE]: 'ù', [GRAVE]: 'ø', [HOOK]: 'û', [TILDE]: 'õ', [DOT]: 'ï' };
const WITH_CIRCUMFLEX: Record<string, string> = { '': 'â', [ACUTE]: 'á', [GRAVE]: 'à', [HOOK]: 'å', [TILDE]: 'ã', [DOT]: 'ä' };
const WITH_BREVE: Record<string, string> = { '': 'ê', [ACUTE]: 'é', [GRAVE]: 'è', [HOOK]: 'ú', [TILDE]: 'ü', [DOT]: 'ë' };
const I_WITH_TONE: Record<string, string> = { [ACUTE]: 'í', [GRAVE]: 'ì', [HOOK]: 'æ', [TILDE]: 'ó', [DOT]: 'ò' };

function vniLetter(letter: string): string {
  const lower = letter.toLowerCase();
  const upper = letter !== lower;
  const [base, ...marks] = [...lower.normalize('NFD')];
  const tone = marks.find((m) => TONE[m] !== undefined && m !== '') ?? '';
  const shape = marks.find((m) => m === CIRCUMFLEX || m === BREVE || m === HORN);
  let out: string;
  if (lower === 'đ') out = 'ñ';
  else if (base === 'i' && tone) out = I_WITH_TONE[tone];
  else if (base === 'y' && tone === DOT) out = 'î';
  else if (shape === HORN) out = (base === 'o' ? 'ô' : 'ö') + TONE[tone];
  else if (shape === CIRCUMFLEX) out = base + WITH_CIRCUMFLEX[tone];
  else if (shape === BREVE) out = base + WITH_BREVE[tone];
  else out = base + TONE[tone];
  return upper ? out.toUpperCase() : out;
}

/** Text typed in a VNI (VNI-Times) font, as the cell holds it. */
export function asVni(text: string): string {
  return [...text.normalize('NFC')].map(vniLetter).join('');
}
