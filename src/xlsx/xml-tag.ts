// The pieces of the tokenizer that make it fast, each an object owned by one scan: the
// element and attribute names already seen (interned once, matched in place), and the
// attributes of the current start tag (positions in the text, strings made only when asked).

/** Attributes of one element; a null-prototype object, so any attribute name is safe. */
export type XmlAttrs = Record<string, string>;

/**
 * The attributes of the start tag being reported, read on demand: the tokenizer checks every
 * attribute (syntax, entities, duplicates) but makes strings only for those asked for. Valid
 * only during the `open` call that receives it.
 */
export interface StartTag {
  /** The value (entities decoded) of the attribute named exactly `name`, or undefined. */
  get(name: string): string | undefined;
  /** Every attribute, as a new object. */
  all(): XmlAttrs;
}

// Attribute objects: without Object.prototype in their chain (so "__proto__" or
// "constructor" are plain keys) yet in V8's fast mode, unlike Object.create(null).
function NullProtoAttrs(): void {}
NullProtoAttrs.prototype = Object.create(null);

/** Slots of the name table (a power of two). */
const NAME_SLOTS = 1024;

/**
 * Element and attribute names already seen in one document, by a small hash of their first
 * and last characters and length: a name that repeats (every "c", "r", "t" of a worksheet) is
 * matched in place and reused, not sliced again, and it is an internalized string — a fast
 * property key, where a freshly sliced key costs a string-table lookup on every store and `in` test.
 */
export class NameTable {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);
  /** Empty between calls: a name is made a property key here to get V8's internalized copy. */
  private readonly internalizer: Record<string, number> = Object.create(null);

  /** The name written at xml[start, end). */
  name(xml: string, start: number, end: number): string {
    const length = end - start;
    const slot = (xml.charCodeAt(start) * 33 + xml.charCodeAt(end - 1) * 7 + length) & (NAME_SLOTS - 1);
    const known = this.slots[slot];
    if (known !== undefined && known.length === length && xml.startsWith(known, start)) return known;
    this.internalizer[xml.slice(start, end)] = 0;
    const name = Object.keys(this.internalizer)[0];
    delete this.internalizer[name];
    this.slots[slot] = name;
    return name;
  }
}

/** Above this many attributes in one tag, duplicates are found with a Set, not by pairwise compare. */
const PAIRWISE_MAX = 16;

/**
 * The attributes of one start tag as positions in the text, reused from tag to tag. Names are
 * interned (NameTable), so lookups and the duplicate test compare them by identity.
 */
export class TagAttrs implements StartTag {
  private xml = '';
  private count = 0;
  private readonly names: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The value already normalised, for values with entities or whitespace to replace. */
  private readonly decoded: (string | undefined)[] = [];
  private many: Set<string> | undefined;

  reset(xml: string): void {
    this.xml = xml;
    this.count = 0;
    this.many = undefined;
  }

  /** False when `name` is already an attribute of this tag. */
  add(name: string, start: number, end: number, decoded: string | undefined): boolean {
    const k = this.count;
    if (k < PAIRWISE_MAX) {
      for (let m = 0; m < k; m++) if (this.names[m] === name) return false;
    } else {
      if (this.many === undefined) this.many = new Set(this.names.slice(0, k));
      if (this.many.has(name)) return false;
      this.many.add(name);
    }
    this.names[k] = name;
    this.starts[k] = start;
    this.ends[k] = end;
    this.decoded[k] = decoded;
    this.count = k + 1;
    return true;
  }

  get(name: string): string | undefined {
    for (let k = 0; k < this.count; k++) if (this.names[k] === name) return this.value(k);
    return undefined;
  }

  all(): XmlAttrs {
    const attrs = new (NullProtoAttrs as unknown as new () => XmlAttrs)();
    for (let k = 0; k < this.count; k++) attrs[this.names[k]] = this.value(k);
    return attrs;
  }

  private value(k: number): string {
    return this.decoded[k] ?? this.xml.slice(this.starts[k], this.ends[k]);
  }
}
