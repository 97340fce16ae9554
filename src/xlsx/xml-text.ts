// Text in and out of XML: the predefined entities and character references decoded (reading),
// text escaped for content or attributes (writing), and a part's bytes decoded to text.

import { msg } from '../messages';
import { XlsxError } from './errors';

export function malformed(part: string, detail: string): XlsxError {
  return new XlsxError('malformedXml', msg('xlsx.malformedXml', { part, detail }));
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

/** An attribute's value as XML defines it: whitespace characters become spaces, entities decoded. */
export function attributeValue(raw: string, attrName: string, part: string): string {
  if (raw.indexOf('<') >= 0) throw malformed(part, `"<" in attribute ${attrName}`);
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, ' '), part);
}

// XML 1.0 allows TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates. Two
// expressions: a global one keeps its position between calls (`lastIndex`), so the test uses
// one without the flag and only `replace` (which always starts from 0) the global one.
const ILLEGAL_XML_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ILLEGAL_XML_CHARACTERS = new RegExp(ILLEGAL_XML_CHARACTER.source, 'g');
const NEEDS_ESCAPE = /[&<>"]/;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for element content or a double-quoted attribute, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  const clean = stripIllegalXml(text);
  return NEEDS_ESCAPE.test(clean) ? clean.replace(/[&<>"]/g, (c) => ESCAPES[c]) : clean;
}

/** Removes characters that XML 1.0 cannot carry (control characters, lone surrogates). */
export function stripIllegalXml(text: string): string {
  return ILLEGAL_XML_CHARACTER.test(text) ? text.replace(ILLEGAL_XML_CHARACTERS, '') : text;
}

const utf8 = new TextDecoder('utf-8');

/** Decodes a part's bytes to text (UTF-8, or UTF-16 with a BOM). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}
