import fc from 'fast-check';
import { XlsxError } from '../../../src/xlsx';
import { escapeXml, parseXml, parseXmlTree, scanXml, stripIllegalXml, type XmlElement } from '../../../src/xlsx/xml';

function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
function codeOf(xml: string): string {
  try {
    parseXmlTree(xml);
    return 'ok';
  } catch (e) {
    return e instanceof XlsxError ? e.reason : 'other';
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

  it('scanXml reads attributes on demand, equal to parseXml\'s, and checks the ones never asked for', () => {
    const xml = '<x:r xmlns:x="u"><x:c r="A1" t="s" s="&amp;3"/><x:c a="1" b="2" c="3" d="4" e="5" f="6" g="7" h="8" i="9" j="10" k="11" l="12" m="13" n="14" o="15" p="16" q="17" r="B&#50;"/></x:r>';
    const eager: string[] = [];
    parseXml(xml, { open: (n, a) => eager.push(`${n}${JSON.stringify(a)}`) }, 'x', { localNames: true });
    const lazy: string[] = [];
    const refs: (string | undefined)[] = [];
    scanXml(xml, { open: (n, tag) => (lazy.push(`${n}${JSON.stringify(tag.all())}`), refs.push(tag.get('r'), tag.get('none'))) }, 'x', { localNames: true });
    expect(lazy).toEqual(eager);
    expect(refs).toEqual([undefined, undefined, 'A1', undefined, 'B2', undefined]);
    const scanCode = (bad: string): string => {
      try {
        scanXml(bad, { open() {} });
        return 'ok';
      } catch (e) {
        return e instanceof XlsxError ? e.reason : 'other';
      }
    };
    const many = Array.from({ length: 20 }, (_, i) => `a${i}="${i}"`).join(' ');
    for (const bad of ['<a x="1" x="2"/>', `<a ${many} a7="x"/>`, '<a s="&unknown;"/>', '<a s="<"/>', '<a s="1"t="2"/>']) {
      expect([bad, scanCode(bad)]).toEqual([bad, 'malformedXml']);
    }
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
