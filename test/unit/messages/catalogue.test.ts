// The catalogue itself: both languages have every code with the same placeholders, every code is
// used by the product, every placeholder names a known format, and every text renders.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMATTERS } from '../../../src/messages/format';
import { TEXTS, render } from '../../../src/messages/texts';
import { msg } from '../../../src/messages';
import type { Message, MessageCode } from '../../../src/messages';
import { sourceFiles } from '../../support/source-files';

const { vi, en } = TEXTS;
const codes = Object.keys(vi) as MessageCode[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?::(\w+))?\}/g)].map((m) => m[0]).sort();

/** Sample values by format, to render every text. */
const SAMPLES: Record<string, unknown> = {
  number: 1.5,
  percent: 0.85,
  date: '2018-10-03',
  datetime: '2018-10-03T01:02:00Z',
  list: ['a', 'b'],
  message: msg('excel.payloadTooLarge'),
};

function sampleMessage(code: MessageCode): Message {
  const params: Record<string, unknown> = {};
  for (const m of vi[code].matchAll(/\{(\w+)(?::(\w+))?\}/g)) params[m[1]] = m[2] ? SAMPLES[m[2]] : 'x';
  return { code, params } as Message;
}

describe('the message catalogue', () => {
  it('has the same codes in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('names each code after its area and writes every text, in NFC, with the same placeholders', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[a-z][a-zA-Z0-9]*\.[a-zA-Z0-9.]+$/);
      expect(vi[code].trim()).not.toBe('');
      expect(en[code].trim()).not.toBe('');
      expect(vi[code]).toBe(vi[code].normalize('NFC'));
      expect({ code, placeholders: placeholders(en[code]) }).toEqual({ code, placeholders: placeholders(vi[code]) });
    }
  });

  it('uses only known formats in placeholders', () => {
    for (const code of codes) {
      for (const m of vi[code].matchAll(/\{(\w+):(\w+)\}/g)) expect({ code, format: m[2], known: m[2] in FORMATTERS }).toEqual({ code, format: m[2], known: true });
    }
  });

  it('renders every text in both languages with every placeholder filled', () => {
    for (const code of codes) {
      for (const language of ['vi', 'en'] as const) {
        const text = render(language, sampleMessage(code));
        expect({ code, language, leftOver: /\{\w+(:\w+)?\}/.test(text) }).toEqual({ code, language, leftOver: false });
      }
    }
  });

  it('has no code that the product never uses', () => {
    const catalogueDir = path.join('src', 'messages', 'texts');
    const product = sourceFiles('src')
      .filter((file) => !file.startsWith(catalogueDir))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const unused = codes.filter((code) => !product.includes(`'${code}'`) && !product.includes(`"${code}"`));
    expect(unused).toEqual([]);
  });
});

describe('rendering values', () => {
  it('writes numbers with a decimal comma in Vietnamese and a point in English', () => {
    const m = { code: 'excel.sheetMissing', params: { sheet: 12.5 } } as Message;
    expect(render('vi', m)).toContain('“12,5”');
    expect(render('en', m)).toContain('“12.5”');
  });
});
