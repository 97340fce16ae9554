// XML for OOXML parts, with no DOM (it runs in a Web Worker, where there is no DOMParser):
// `scanXml` streams callbacks with attributes read on demand (the fast path for worksheets and
// shared strings, in xml-scan.ts); `parseXml` streams them with every attribute as an object;
// `parseXmlTree` builds a compact tree for small parts. Escaping and decoding live in xml-text.ts.

import { scanXml, type ParseOptions, type XmlScanHandler } from './xml-scan';
import type { XmlAttrs } from './xml-tag';

export { scanXml, type ParseOptions, type XmlScanHandler } from './xml-scan';
export type { StartTag, XmlAttrs } from './xml-tag';
export { decodeEntities, decodeXmlBytes, escapeXml, stripIllegalXml } from './xml-text';

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

/** Streams `xml` to `handler`. Throws XlsxError 'malformedXml' or 'doctype'. */
export function parseXml(xml: string, handler: XmlHandler, part = 'xml', options: ParseOptions = {}): void {
  const scan: XmlScanHandler = { open: (name, tag, selfClosing) => handler.open(name, tag.all(), selfClosing) };
  if (handler.close) scan.close = (name) => handler.close!(name);
  if (handler.text) scan.text = (text) => handler.text!(text);
  scanXml(xml, scan, part, options);
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
