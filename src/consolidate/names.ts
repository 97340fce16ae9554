// Unit names as people type them: NFC or NFD, "Hoà" or "Hòa", extra spaces, "UBND phường …".
// A matching key makes those agree; the name itself is only NFC-normalised and trimmed.

/** Terminal escape sequences a hostile file may carry: CSI (ESC [ … or 0x9B …) and OSC (ESC ] … BEL or ESC \\). */
const TERMINAL_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/gu;

/**
 * NFC, terminal escape sequences removed, control characters as spaces, invisible format
 * characters (zero-width spaces, bidi overrides, soft hyphens) removed, whitespace runs collapsed
 * to one space, trimmed: how a name is stored and shown. A name of only such characters is blank.
 */
export function cleanName(text: string): string {
  return text
    .normalize('NFC')
    .replace(TERMINAL_SEQUENCE, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

// Tone marks (huyền, sắc, ngã, hỏi, nặng): their position in a syllable varies between the
// old and new styles ("hoà"/"hòa", "thuỷ"/"thủy"); the key moves them to the syllable's end.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

function toneNeutral(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  return decomposed.replace(TONE_MARKS, '') + tones.join('');
}

const AUTHORITY_PREFIX = /^(ubnd|uỷ ban nhân dân|ủy ban nhân dân)\s+/u;
const KIND_PREFIX = /^(thành phố|thị xã|thị trấn|huyện|phường|xã|tp\.?|tx\.?|tt\.?)\s+/u;

function baseKey(name: string): string {
  return cleanName(name).normalize('NFC').toLowerCase().replace(AUTHORITY_PREFIX, '');
}

/** The key two spellings of one unit share: case-folded, NFC, tone placement and "UBND" ignored. */
export function unitKey(name: string): string {
  return baseKey(name).split(' ').map(toneNeutral).join(' ').normalize('NFC');
}

/** The kind of unit a name starts with, as written ("Phường", "Thành phố"), or '' when none. */
export function kindPrefix(name: string): string {
  const match = /^(thành phố|thị xã|thị trấn|huyện|phường|xã)(?=\s)/iu.exec(cleanName(name));
  return match ? match[1] : '';
}

/** The key without the kind of unit ("phường", "huyện"…): a fallback match when unique. */
export function looseUnitKey(name: string): string {
  return unitKey(baseKey(name).replace(KIND_PREFIX, ''));
}

export interface NameIndex<T> {
  find(name: string): T | undefined;
}

/** Looks names up by exact key, then by loose key when exactly one entry has it. */
export function nameIndex<T>(entries: readonly T[], nameOf: (entry: T) => string): NameIndex<T> {
  const exact = new Map<string, T>();
  const loose = new Map<string, T[]>();
  for (const entry of entries) {
    const name = nameOf(entry);
    if (!exact.has(unitKey(name))) exact.set(unitKey(name), entry);
    const key = looseUnitKey(name);
    loose.set(key, [...(loose.get(key) ?? []), entry]);
  }
  return {
    find(name) {
      const hit = exact.get(unitKey(name));
      if (hit) return hit;
      const candidates = loose.get(looseUnitKey(name)) ?? [];
      return candidates.length === 1 ? candidates[0] : undefined;
    },
  };
}
