import fc from 'fast-check';
import { XlsxError } from '../../../src/xlsx';
import { escapeXml, parseXml, parseXmlTree, stripIllegalXml, type XmlElement } from '../../../src/xlsx/xml';

function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
function codeOf(xml: string): string {
  try {
    parseXmlTree(xml);
    return 'ok';
  } catch (e) {
    return e instanceof XlsxError ? e.code : 'other';
  }
}

describe('XML tokenizer', () => {
  it('decodes entities, numeric references and CDATA; keeps prefixes; skips comments and PIs', () => {
    const root = parseXmlTree(
      '<?xml version="1.0"?><!-- c --><a xmlns:r="u" r:id="&quot;1&apos;&#x41;&#66;"><b>&lt;&amp;&gt; &#7889;</b><?pi x?><![CDATA[<raw&>]]></a>',
    );
    expect(root.name).toBe('a');
    expect(root.attrs['r:id']).toBe(`"1'AB`);
    expect(textOf(root)).toBe('<&> ố<raw&>');
  });

  it('streams open/close/text events, self-closing elements without a close', () => {
    const events: string[] = [];
    parseXml('<r><c r="A1" t="s"/><v>1</v></r>', {
      open: (n, a, self) => events.push(`+${n}${a.r ? `(${a.r})` : ''}${self ? '/' : ''}`),
      close: (n) => events.push(`-${n}`),
      text: (t) => events.push(t),
    });
    expect(events).toEqual(['+r', '+c(A1)/', '+v', '1', '-v', '-r']);
  });

  it('rejects DOCTYPE and ENTITY declarations', () => {
    expect(codeOf('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toBe('doctype');
    expect(codeOf('<?xml version="1.0"?>\n<!doctype a><a/>')).toBe('doctype');
    expect(codeOf('<a><!ENTITY x "y"></a>')).toBe('doctype');
  });

  it('rejects malformed documents', () => {
    for (const bad of ['<a>', '<a></b>', '<a><b></a></b>', '<a x=1/>', '<a x="1" x="2"/>', '<a>&unknown;</a>', '<a>&amp</a>', '<a/><b/>', 'text', '', '<a>&#0;</a>', '<a x="<"/>']) {
      expect([bad, codeOf(bad)]).toEqual([bad, 'malformedXml']);
    }
  });

  it('escapeXml output parses back to the text, minus characters XML forbids', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const root = parseXmlTree(`<t a="${escapeXml(text)}">${escapeXml(text)}</t>`);
        expect(textOf(root)).toBe(stripIllegalXml(text));
        expect(root.attrs.a).toBe(stripIllegalXml(text).replace(/\r\n|[\t\n\r]/g, ' '));
      }),
    );
  });
});
