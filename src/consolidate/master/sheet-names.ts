// Sheet names made from other people's text (unit names, file names). Excel accepts a name of
// 1 to 31 UTF-16 units without []:*?/\, not starting or ending with an apostrophe, and not
// "History"; names are unique ignoring case. Control and format characters (and lone halves of
// surrogate pairs) are removed too: they make names nobody can type or see. A cut never splits
// a surrogate pair or separates a combining mark from its letter.

/** The most UTF-16 units Excel allows in a sheet name. */
export const SHEET_NAME_LIMIT = 31;

const UNWANTED = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}[\]:*?/\\]/gu;
const ENDS = /^['\s]+|['\s]+$/gu;
/** A letter with the combining marks that follow it, or marks with no letter before them. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const RESERVED = new Set(['HISTORY']);

/** `text` cut to at most `limit` UTF-16 units at a cluster boundary (a code point one inside a cluster too long alone). */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let out = '';
  for (const cluster of text.match(CLUSTER) ?? []) {
    if (out.length + cluster.length <= limit) {
      out += cluster;
      continue;
    }
    if (out === '') for (const point of cluster) if (out.length + point.length <= limit) out += point;
    break;
  }
  return out;
}

/** What is left of `text` as a sheet name ('' when nothing is). */
export function safeSheetName(text: string, limit = SHEET_NAME_LIMIT): string {
  const cleaned = text.normalize('NFC').replace(UNWANTED, ' ').replace(/\s+/gu, ' ').replace(ENDS, '');
  return cutText(cleaned, limit).replace(ENDS, '');
}

const fold = (name: string) => name.normalize('NFC').toUpperCase();

/** Hands out unique sheet names, in the order asked, avoiding names already taken. */
export class SheetNamer {
  private readonly used = new Set<string>(RESERVED);

  constructor(taken: Iterable<string> = []) {
    for (const name of taken) this.used.add(fold(name));
  }

  /** True when `name` is a valid sheet name no one has taken. */
  isFree(name: string): boolean {
    return name !== '' && safeSheetName(name) === name && !this.used.has(fold(name));
  }

  /** Takes `name` as it is, when it is valid and free. */
  keep(name: string): boolean {
    if (!this.isFree(name)) return false;
    this.used.add(fold(name));
    return true;
  }

  /**
   * A unique name from the first candidate that leaves something ("Xã A", then the file's name,
   * then a default), with " (2)", " (3)"… when taken.
   */
  claim(candidates: readonly string[]): string {
    const base = candidates.map((c) => safeSheetName(c)).find((c) => c !== '') ?? 'Sheet';
    let name = base;
    for (let n = 2; !this.isFree(name); n++) {
      const suffix = ` (${n})`;
      name = `${safeSheetName(base, SHEET_NAME_LIMIT - suffix.length)}${suffix}`;
    }
    this.used.add(fold(name));
    return name;
  }
}
