// A small, strict, non-validating XML tokenizer for OOXML parts, with no DOM (it runs in a
// Web Worker, where there is no DOMParser). `parseXml` streams callbacks (the fast path for
// worksheets and shared strings); `parseXmlTree` builds a compact tree for small parts.
// Names keep their prefix as written ("r:id", "x:c"); `localName` strips it.
// Any DTD (`<!DOCTYPE`, `<!ENTITY`) is rejected: entity expansion is a known attack.

import { msg } from '../messages';
import { XlsxError } from './errors';

/** Attributes of one element; a null-prototype object, so any attribute name is safe. */
export type XmlAttrs = Record<string, string>;

export interface XmlHandler {
  /** An element starts; `selfClosing` elements get no `close` call. */
  open(name: string, attrs: XmlAttrs, selfClosing: boolean): void;
  close?(name: string): void;
  /** Character data (entities decoded, CDATA included), in one or more pieces. */
  text?(text: string): void;
}

export interface XmlElement {
  name: string;
  attrs: XmlAttrs;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const AMP = 38; // &
const BANG = 33; // !
const QUESTION = 63; // ?
const EQUALS = 61; // =
const DQUOTE = 34;
const SQUOTE = 39;

function malformed(part: string, detail: string): XlsxError {
  return new XlsxError('malformedXml', msg('xlsx.malformedXml', { part, detail }));
}

function doctype(part: string): XlsxError {
  return new XlsxError('doctype', msg('xlsx.doctype', { part }));
}

// Attribute objects: without Object.prototype in their chain (so "__proto__" or
// "constructor" are plain keys) yet in V8's fast mode, unlike Object.create(null).
function NullProtoAttrs(): void {}
NullProtoAttrs.prototype = Object.create(null);

/**
 * Element and attribute names already seen, by a small hash of their first and last characters
 * and length: a name that repeats (every "c", "r", "t" of a worksheet) is matched in place and
 * reused, not sliced again, and it is an internalized string — a fast property key, where a
 * freshly sliced key costs a string-table lookup on every store and `in` test.
 */
const NAME_SLOTS = 1024;
const nameSlots: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);
const internalizer: Record<string, number> = Object.create(null);

function cachedName(xml: string, start: number, end: number): string {
  const length = end - start;
  const slot = (xml.charCodeAt(start) * 33 + xml.charCodeAt(end - 1) * 7 + length) & (NAME_SLOTS - 1);
  const known = nameSlots[slot];
  if (known !== undefined && known.length === length && xml.startsWith(known, start)) return known;
  internalizer[xml.slice(start, end)] = 0;
  const name = Object.keys(internalizer)[0];
  delete internalizer[name];
  nameSlots[slot] = name;
  return name;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Decodes the 5 predefined entities and numeric character references. */
export function decodeEntities(raw: string, part = 'xml'): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) throw malformed(part, 'unterminated entity');
    out += raw.slice(from, amp) + entityValue(raw.slice(amp + 1, semi), part);
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

function entityValue(ref: string, part: string): string {
  switch (ref) {
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  if (ref.charCodeAt(0) === 35 /* # */) {
    const hex = ref.charCodeAt(1) === 120 /* x */;
    const digits = ref.slice(hex ? 2 : 1);
    const valid = hex ? /^[0-9a-fA-F]+$/.test(digits) : /^[0-9]+$/.test(digits);
    const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
    if (code >= 1 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
  }
  throw malformed(part, `unknown entity &${ref};`);
}

export interface ParseOptions {
  /** Report element names without their prefix ("x:c" -> "c"); the fast path for readers. */
  localNames?: boolean;
}

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

/** Like XmlHandler, with the attributes read on demand (the fast path for readers). */
export interface XmlScanHandler {
  open(name: string, tag: StartTag, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Streams `xml` to `handler`. Throws XlsxError 'malformedXml' or 'doctype'. */
export function parseXml(xml: string, handler: XmlHandler, part = 'xml', options: ParseOptions = {}): void {
  const scan: XmlScanHandler = { open: (name, tag, selfClosing) => handler.open(name, tag.all(), selfClosing) };
  if (handler.close) scan.close = (name) => handler.close!(name);
  if (handler.text) scan.text = (text) => handler.text!(text);
  scanXml(xml, scan, part, options);
}

/** Streams `xml` to `handler`, attributes read on demand. Throws XlsxError 'malformedXml' or 'doctype'. */
export function scanXml(xml: string, handler: XmlScanHandler, part = 'xml', options: ParseOptions = {}): void {
  const n = xml.length;
  const tag: OpenElements = { names: [], locals: [], localNames: options.localNames === true, attrs: new TagAttrs() };
  const hasText = handler.text !== undefined;
  const hasClose = handler.close !== undefined;
  let i = 0;
  let seenRoot = false;
  while (i < n) {
    // A char loop, not indexOf: the text between two tags is mostly empty or short, and the
    // same pass notes whether it has entities to decode.
    let lt = i;
    let amp = false;
    for (let c = 0; lt < n && (c = xml.charCodeAt(lt)) !== LT; lt++) if (c === AMP) amp = true;
    if (lt === n) lt = -1;
    const end = lt < 0 ? n : lt;
    if (end > i) {
      if (tag.names.length > 0) {
        if (hasText) handler.text!(amp ? decodeEntities(xml.slice(i, end), part) : xml.slice(i, end));
      } else if (xml.slice(i, end).trim() !== '') {
        throw malformed(part, 'text outside the root element');
      }
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === SLASH) {
      const open = tag.names.pop();
      const local = tag.locals.pop();
      // Compare in place: no string is made for a matching end tag.
      let after = open === undefined || !xml.startsWith(open, lt + 2) ? -1 : lt + 2 + open.length;
      while (after >= 0 && isSpace(xml.charCodeAt(after))) after++;
      if (after < 0 || xml.charCodeAt(after) !== GT) {
        const gt = xml.indexOf('>', lt);
        throw malformed(part, `</${xml.slice(lt + 2, gt < 0 ? lt + 40 : gt)}> does not close <${open ?? ''}>`);
      }
      if (hasClose) handler.close!(local as string);
      i = after + 1;
    } else if (c === BANG) {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt + 4);
        if (close < 0) throw malformed(part, 'unterminated comment');
        i = close + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9);
        if (close < 0 || tag.names.length === 0) throw malformed(part, 'misplaced CDATA');
        if (hasText) handler.text!(xml.slice(lt + 9, close));
        i = close + 3;
      } else if (/^<!(DOCTYPE|ENTITY)/i.test(xml.slice(lt, lt + 9))) {
        throw doctype(part);
      } else {
        throw malformed(part, 'unexpected "<!"');
      }
    } else if (c === QUESTION) {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) throw malformed(part, 'unterminated processing instruction');
      i = close + 2;
    } else {
      if (tag.names.length === 0 && seenRoot) throw malformed(part, 'more than one root element');
      i = parseStartTag(xml, lt, handler, tag, part);
      seenRoot = true;
    }
  }
  if (tag.names.length > 0) throw malformed(part, `<${tag.names[tag.names.length - 1]}> is not closed`);
  if (!seenRoot) throw malformed(part, 'no root element');
}

/** Open elements: names as written (to match end tags) and as reported; the current start tag's attributes. */
interface OpenElements {
  names: string[];
  locals: string[];
  localNames: boolean;
  attrs: TagAttrs;
}

/** Above this many attributes in one tag, duplicates are found with a Set, not by pairwise compare. */
const PAIRWISE_MAX = 16;

/**
 * The attributes of one start tag as positions in the text, reused from tag to tag. Names are
 * interned (cachedName), so lookups and the duplicate test compare them by identity.
 */
class TagAttrs implements StartTag {
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

/** Parses `<name attr="v" …>` or `<name …/>` starting at `lt`; returns the index after it. */
function parseStartTag(xml: string, lt: number, handler: XmlScanHandler, tag: OpenElements, part: string): number {
  const n = xml.length;
  let j = lt + 1;
  let colon = -1;
  while (j < n) {
    const c = xml.charCodeAt(j);
    if (isSpace(c) || c === GT || c === SLASH) break;
    if (c === 58 /* : */) colon = j;
    j++;
  }
  if (j === lt + 1 || j >= n) throw malformed(part, 'bad start tag');
  const name = cachedName(xml, lt + 1, j);
  const reported = tag.localNames && colon >= 0 ? cachedName(xml, colon + 1, j) : name;
  const attrs = tag.attrs;
  attrs.reset(xml);
  for (;;) {
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    if (j >= n) throw malformed(part, `unterminated <${name}>`);
    const c = xml.charCodeAt(j);
    if (c === GT) {
      tag.names.push(name);
      tag.locals.push(reported);
      handler.open(reported, attrs, false);
      return j + 1;
    }
    if (c === SLASH) {
      if (xml.charCodeAt(j + 1) !== GT) throw malformed(part, `bad "/" in <${name}>`);
      handler.open(reported, attrs, true);
      return j + 2;
    }
    const attrStart = j;
    while (j < n) {
      const a = xml.charCodeAt(j);
      if (a === EQUALS || isSpace(a) || a === GT || a === SLASH) break;
      j++;
    }
    const attrName = j > attrStart ? cachedName(xml, attrStart, j) : '';
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== EQUALS || attrName === '') throw malformed(part, `bad attribute in <${name}>`);
    j++;
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    const q = xml.charCodeAt(j);
    if (q !== DQUOTE && q !== SQUOTE) throw malformed(part, `unquoted attribute ${attrName}`);
    // One pass to the closing quote, noting characters that need the slow path (< & TAB LF CR).
    let close = j + 1;
    let special = false;
    for (; close < n; close++) {
      const a = xml.charCodeAt(close);
      if (a === q) break;
      if (a === 38 || a === LT || a < 32) special = true;
    }
    if (close >= n) throw malformed(part, `unterminated attribute ${attrName}`);
    // A value with entities is decoded (and so checked) now, asked for or not.
    const decoded = special ? attributeValue(xml.slice(j + 1, close), attrName, part) : undefined;
    if (!attrs.add(attrName, j + 1, close, decoded)) throw malformed(part, `duplicate attribute ${attrName}`);
    j = close + 1;
    const after = xml.charCodeAt(j);
    if (!isSpace(after) && after !== GT && after !== SLASH) throw malformed(part, `no space after attribute ${attrName}`);
  }
}

function attributeValue(raw: string, attrName: string, part: string): string {
  if (raw.indexOf('<') >= 0) throw malformed(part, `"<" in attribute ${attrName}`);
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, ' '), part);
}

/** Builds a tree of the whole document; for small parts (workbook, rels, content types). */
export function parseXmlTree(xml: string, part = 'xml'): XmlElement {
  const root: XmlElement = { name: '', attrs: Object.create(null), children: [] };
  const stack: XmlElement[] = [root];
  parseXml(
    xml,
    {
      open(name, attrs, selfClosing) {
        const el: XmlElement = { name, attrs, children: [] };
        stack[stack.length - 1].children.push(el);
        if (!selfClosing) stack.push(el);
      },
      close() {
        stack.pop();
      },
      text(text) {
        stack[stack.length - 1].children.push(text);
      },
    },
    part,
  );
  return root.children[0] as XmlElement;
}

/** "x:sheet" -> "sheet". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Child elements of `el` whose local name is `name`. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (name === undefined || localName(c.name) === name)) out.push(c);
  return out;
}

/** The attribute whose local name is `name` (e.g. "id" finds "r:id"); exact names win. */
export function attrByLocalName(attrs: XmlAttrs, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  for (const k in attrs) if (localName(k) === name) return attrs[k];
  return undefined;
}

// XML 1.0 allows TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates.
const ILLEGAL_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_ESCAPE = /[&<>"]/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for element content or a double-quoted attribute, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  const clean = stripIllegalXml(text);
  return NEEDS_ESCAPE.test(clean) ? clean.replace(/[&<>"]/g, (c) => ESCAPES[c]) : clean;
}

/** Removes characters that XML 1.0 cannot carry (control characters, lone surrogates). */
export function stripIllegalXml(text: string): string {
  ILLEGAL_XML.lastIndex = 0;
  return ILLEGAL_XML.test(text) ? text.replace(ILLEGAL_XML, '') : text;
}

/** Decodes a part's bytes to text (UTF-8, or UTF-16 with a BOM). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}
const utf8 = new TextDecoder('utf-8');
