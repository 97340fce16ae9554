// Is a text plausible Vietnamese? Used to tell a legacy font's text, once decoded, from a
// wrong guess: every word holding a Vietnamese letter must be one Vietnamese syllable (an
// initial consonant, a vowel group of the language, a final consonant that group takes, at
// most one tone, on a vowel where the old or the new spelling rules put it).

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

const INITIAL = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?/u;
/** Vowel groups that end a syllable (a final glide, or "ia", "ua", "ưa"): no final consonant follows. */
const OPEN = new Set([
  'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu', 'uêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy', 'uơ',
]);
/** Vowel groups by the final consonants they take ("anh", "ếch" but never "ơnh"; "ông" but never "ing"). */
const BEFORE_NH_CH = new Set(['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy']);
const BEFORE_NG_C = new Set(['a', 'ă', 'â', 'e', 'o', 'ô', 'u', 'ư', 'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'uâ']);
const BEFORE_M_N_P_T = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'uâ', 'uê', 'uy', 'uyê']);
const SHAPED = /[ăâêôơư]/u;

/** The Vietnamese letters found in Latin-1: the only ones a decoded text may keep there. */
export const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');

function takesFinal(group: string, final: string): boolean {
  if (final === '') return OPEN.has(group);
  if (final === 'nh' || final === 'ch') return BEFORE_NH_CH.has(group);
  if (final === 'ng' || final === 'c') return BEFORE_NG_C.has(group);
  return BEFORE_M_N_P_T.has(group);
}

/** Where the tone may sit in the vowel group (index of the vowel), by the old and the new rules. */
function toneAllowedAt(group: string, final: string, at: number): boolean {
  const letters = [...group];
  if (SHAPED.test(group)) return SHAPED.test(letters[at]) && !(group === 'ươ' && at === 0) && !(group === 'ươi' && at === 0) && !(group === 'ươu' && at === 0);
  if (final !== '' || letters.length === 1) return at === letters.length - 1;
  if (letters.length === 3) return at === 1 && group !== 'uya'; // "khoái", "ngoẹo"; "khuya" takes none
  return at === 0 || ['oa', 'oe', 'uy'].includes(group);
}

function isSyllable(word: string): boolean {
  const letters = [...word.toLowerCase().normalize('NFD').normalize('NFC')].map((ch) => ch.normalize('NFD'));
  const toned = letters.findIndex((l) => TONE.test(l));
  if (letters.filter((l) => TONE.test(l)).length > 1) return false;
  const bare = letters.map((l) => l.replace(TONES, '').normalize('NFC')).join('');
  if (toned < 0 && !/[aăâeêioôơuưy]/u.test(bare)) return /^[a-zđ]+$/u.test(bare); // an abbreviation: "QĐ", "HĐND"
  let initial = bare.match(INITIAL)![0];
  if (initial === 'gi' && !/[aăâeêioôơuưy]/u.test(bare.slice(2))) initial = 'g'; // "gì", "gìn": gi is the vowel
  const rest = bare.slice(initial.length);
  const final = rest.match(/(?:ch|ng|nh|[cmnpt])$/u)?.[0] ?? '';
  const group = rest.slice(0, rest.length - final.length);
  if (!takesFinal(group, final)) return false;
  return toned < 0 || toneAllowedAt(group, final, toned - [...initial].length);
}

/** True when every word with a non-ASCII letter is a Vietnamese syllable, and nothing is left of a font's codes. */
export function isPlausibleVietnamese(text: string): boolean {
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xa1 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) return false;
    if (/\p{M}/u.test(ch)) return false;
  }
  const words = text.split(/[^\p{L}]+/u).filter((w) => /[^\x00-\x7f]/.test(w));
  return words.every(isSyllable);
}
