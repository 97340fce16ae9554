// A small, strict, non-validating XML tokenizer for OOXML parts, with no DOM (it runs in a
// Web Worker, where there is no DOMParser): `scanXml` streams callbacks, attributes read on
// demand. Names keep their prefix as written ("r:id", "x:c") unless `localNames` asks.
// Any DTD (`<!DOCTYPE`, `<!ENTITY`) is rejected: entity expansion is a known attack.
// All its state lives in one XmlScanner per document; nothing is kept between documents.

import { msg } from '../messages';
import { XlsxError } from './errors';
import { NameTable, TagAttrs, type StartTag } from './xml-tag';
import { attributeValue, decodeEntities, malformed } from './xml-text';

export interface ParseOptions {
  /** Report element names without their prefix ("x:c" -> "c"); the fast path for readers. */
  localNames?: boolean;
}

/** Receives a document's events, attributes read on demand (the fast path for readers). */
export interface XmlScanHandler {
  /** An element starts; `selfClosing` elements get no `close` call. */
  open(name: string, tag: StartTag, selfClosing: boolean): void;
  close?(name: string): void;
  /** Character data (entities decoded, CDATA included), in one or more pieces. */
  text?(text: string): void;
}

/** Streams `xml` to `handler`, attributes read on demand. Throws XlsxError 'malformedXml' or 'doctype'. */
export function scanXml(xml: string, handler: XmlScanHandler, part = 'xml', options: ParseOptions = {}): void {
  new XmlScanner(xml, handler, part, options.localNames === true).scan();
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const AMP = 38; // &
const BANG = 33; // !
const QUESTION = 63; // ?
const EQUALS = 61; // =
const COLON = 58; // :
const DQUOTE = 34;
const SQUOTE = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** One document being tokenized: the open elements, the names seen, the current start tag. */
class XmlScanner {
  /** Open elements' names as written (to match end tags) and as reported (to `close`). */
  private readonly written: string[] = [];
  private readonly reported: string[] = [];
  private readonly names = new NameTable();
  private readonly attrs = new TagAttrs();
  private seenRoot = false;

  constructor(
    private readonly xml: string,
    private readonly handler: XmlScanHandler,
    private readonly part: string,
    private readonly localNames: boolean,
  ) {}

  scan(): void {
    const xml = this.xml;
    const n = xml.length;
    let i = 0;
    while (i < n) {
      // A char loop, not indexOf: the text between two tags is mostly empty or short, and the
      // same pass notes whether it has entities to decode.
      let lt = i;
      let amp = false;
      for (let c = 0; lt < n && (c = xml.charCodeAt(lt)) !== LT; lt++) if (c === AMP) amp = true;
      if (lt > i) this.text(i, lt, amp);
      if (lt === n) break;
      i = this.markup(lt);
    }
    if (this.written.length > 0) throw malformed(this.part, `<${this.written[this.written.length - 1]}> is not closed`);
    if (!this.seenRoot) throw malformed(this.part, 'no root element');
  }

  /** Reports the character data xml[from, to), which has entities to decode if `amp`. */
  private text(from: number, to: number, amp: boolean): void {
    if (this.written.length > 0) {
      if (this.handler.text !== undefined) this.handler.text(amp ? decodeEntities(this.xml.slice(from, to), this.part) : this.xml.slice(from, to));
    } else if (this.xml.slice(from, to).trim() !== '') {
      throw malformed(this.part, 'text outside the root element');
    }
  }

  /** Reads the markup starting at the '<' at `lt`; returns the index after it. */
  private markup(lt: number): number {
    const c = this.xml.charCodeAt(lt + 1);
    if (c === SLASH) return this.endTag(lt);
    if (c === BANG) return this.declaration(lt);
    if (c === QUESTION) {
      const close = this.xml.indexOf('?>', lt + 2);
      if (close < 0) throw malformed(this.part, 'unterminated processing instruction');
      return close + 2;
    }
    if (this.written.length === 0 && this.seenRoot) throw malformed(this.part, 'more than one root element');
    this.seenRoot = true;
    return this.startTag(lt);
  }

  /** `</name>`, compared in place: no string is made for a matching end tag. */
  private endTag(lt: number): number {
    const xml = this.xml;
    const open = this.written.pop();
    const local = this.reported.pop();
    let after = open === undefined || !xml.startsWith(open, lt + 2) ? -1 : lt + 2 + open.length;
    while (after >= 0 && isSpace(xml.charCodeAt(after))) after++;
    if (after < 0 || xml.charCodeAt(after) !== GT) {
      const gt = xml.indexOf('>', lt);
      throw malformed(this.part, `</${xml.slice(lt + 2, gt < 0 ? lt + 40 : gt)}> does not close <${open ?? ''}>`);
    }
    if (this.handler.close !== undefined) this.handler.close(local as string);
    return after + 1;
  }

  /** `<!--…-->`, `<![CDATA[…]]>`; a DTD is refused. */
  private declaration(lt: number): number {
    const xml = this.xml;
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      if (close < 0) throw malformed(this.part, 'unterminated comment');
      return close + 3;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      if (close < 0 || this.written.length === 0) throw malformed(this.part, 'misplaced CDATA');
      if (this.handler.text !== undefined) this.handler.text(xml.slice(lt + 9, close));
      return close + 3;
    }
    if (/^<!(DOCTYPE|ENTITY)/i.test(xml.slice(lt, lt + 9))) throw new XlsxError('doctype', msg('xlsx.doctype', { part: this.part }));
    throw malformed(this.part, 'unexpected "<!"');
  }

  /** `<name attr="v" …>` or `<name …/>`; returns the index after it. */
  private startTag(lt: number): number {
    const xml = this.xml;
    const n = xml.length;
    let j = lt + 1;
    let colon = -1;
    for (let c = 0; j < n && !isSpace((c = xml.charCodeAt(j))) && c !== GT && c !== SLASH; j++) if (c === COLON) colon = j;
    if (j === lt + 1 || j >= n) throw malformed(this.part, 'bad start tag');
    const name = this.names.name(xml, lt + 1, j);
    const reported = this.localNames && colon >= 0 ? this.names.name(xml, colon + 1, j) : name;
    this.attrs.reset(xml);
    for (;;) {
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (j >= n) throw malformed(this.part, `unterminated <${name}>`);
      const c = xml.charCodeAt(j);
      if (c === GT) {
        this.written.push(name);
        this.reported.push(reported);
        this.handler.open(reported, this.attrs, false);
        return j + 1;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(j + 1) !== GT) throw malformed(this.part, `bad "/" in <${name}>`);
        this.handler.open(reported, this.attrs, true);
        return j + 2;
      }
      j = this.attribute(j, name);
    }
  }

  /** One `name="value"` of the start tag `element`, from `j`; returns the index after it. */
  private attribute(j: number, element: string): number {
    const xml = this.xml;
    const n = xml.length;
    const start = j;
    for (let a = 0; j < n && (a = xml.charCodeAt(j)) !== EQUALS && !isSpace(a) && a !== GT && a !== SLASH; ) j++;
    const attrName = j > start ? this.names.name(xml, start, j) : '';
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== EQUALS || attrName === '') throw malformed(this.part, `bad attribute in <${element}>`);
    j++;
    while (j < n && isSpace(xml.charCodeAt(j))) j++;
    const q = xml.charCodeAt(j);
    if (q !== DQUOTE && q !== SQUOTE) throw malformed(this.part, `unquoted attribute ${attrName}`);
    // One pass to the closing quote, noting characters that need the slow path (< & TAB LF CR).
    let close = j + 1;
    let special = false;
    for (let a = 0; close < n && (a = xml.charCodeAt(close)) !== q; close++) if (a === AMP || a === LT || a < 32) special = true;
    if (close >= n) throw malformed(this.part, `unterminated attribute ${attrName}`);
    // A value with entities is decoded (and so checked) now, asked for or not.
    const decoded = special ? attributeValue(xml.slice(j + 1, close), attrName, this.part) : undefined;
    if (!this.attrs.add(attrName, j + 1, close, decoded)) throw malformed(this.part, `duplicate attribute ${attrName}`);
    const after = xml.charCodeAt(close + 1);
    if (!isSpace(after) && after !== GT && after !== SLASH) throw malformed(this.part, `no space after attribute ${attrName}`);
    return close + 1;
  }
}
