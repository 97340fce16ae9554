import { strToU8, zipSync, type Zippable } from 'fflate';
import { MASTER_MAX_UNITS, MASTER_READ_LIMITS, readSheetNames, readWorkbook, writeWorkbook, XlsxError } from '../../../src/xlsx';
import { handmadeXlsx, sheetXml } from './handmade';
import { samplePlan } from './sample-plan';
import { patchDeclaredSize } from './zip-patch';
import { thrownText } from '../../support/localized';

function codeOf(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    const text = thrownText(() => {
      throw e;
    });
    expect(text.vi).toMatch(/[ạảãáàệểễếềộổỗốồịỉĩíìụủũúùđ]/i); // Vietnamese for users
    expect(text.en.length).toBeGreaterThan(10);
    return e.reason;
  }
  return 'no error';
}

const ROWS = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');

describe('readWorkbook refuses unsafe or invalid files with a typed error', () => {
  it('accepts a normal file (the baseline the other cases break)', () => {
    expect(readWorkbook(handmadeXlsx(ROWS)).sheets[0].value(0, 0)).toBe(1);
  });

  it('rejects an empty file, a text file and a PDF as not a zip', () => {
    expect(codeOf(() => readWorkbook(new Uint8Array(0)))).toBe('notZip');
    expect(codeOf(() => readWorkbook(strToU8('STT,Tiêu chí\n1,2')))).toBe('notZip');
    expect(codeOf(() => readWorkbook(strToU8('%PDF-1.7 ...')))).toBe('notZip');
  });

  it('explains an OLE2 file (encrypted workbook or old .xls)', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codeOf(() => readWorkbook(ole))).toBe('encrypted');
  });

  it('rejects a truncated zip, wherever it is cut', () => {
    const bytes = handmadeXlsx(ROWS);
    for (const keep of [0.3, 0.6, 0.9, 0.99]) {
      expect(codeOf(() => readWorkbook(bytes.subarray(0, Math.floor(bytes.length * keep))))).toBe('truncated');
    }
  });

  it('rejects a zip bomb: a large zero-filled entry compressed over 200:1', () => {
    const bomb = new Uint8Array(8 * 1024 * 1024); // 8 MB of zeros deflate to ~8 KB
    const bytes = handmadeXlsx(ROWS, { 'xl/sharedStrings.xml': bomb });
    expect(bytes.length).toBeLessThan(100_000);
    expect(codeOf(() => readWorkbook(bytes))).toBe('zipBomb');
  });

  it('rejects an entry that inflates to more than its declared size', () => {
    const bytes = handmadeXlsx(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(1)));
    const lying = patchDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 40);
    expect(codeOf(() => readWorkbook(lying))).toBe('zipBomb');
    // a large, incompressible entry is inflated in chunks and stopped as early
    let seed = 2463534242;
    const noise = new Uint8Array(2 * 1024 * 1024).map(() => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 0xff;
    });
    const big = patchDeclaredSize(handmadeXlsx(ROWS, { 'xl/sharedStrings.xml': noise }), 'xl/sharedStrings.xml', 1000);
    expect(codeOf(() => readWorkbook(big))).toBe('zipBomb');
    const short = patchDeclaredSize(handmadeXlsx(ROWS), 'xl/worksheets/sheet1.xml', 100_000);
    expect(codeOf(() => readWorkbook(short))).toBe('truncated');
  });

  it('applies the total-size, entry-count and input-size limits, which callers may tighten', () => {
    const big = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') + ' '.repeat(300_000);
    expect(codeOf(() => readWorkbook(handmadeXlsx(big), { maxTotalUncompressedBytes: 200_000 }))).toBe('tooLarge');
    expect(codeOf(() => readWorkbook(handmadeXlsx(ROWS), { maxInputBytes: 100 }))).toBe('tooLarge');
    const many: Record<string, string> = {};
    for (let i = 0; i < 2001; i++) many[`xl/media/f${i}.txt`] = 'x';
    expect(codeOf(() => readWorkbook(handmadeXlsx(ROWS, many)))).toBe('tooManyEntries');
    expect(codeOf(() => readWorkbook(handmadeXlsx(ROWS), { maxEntries: 3 }))).toBe('tooManyEntries');
  });

  it('rejects a DOCTYPE (entity expansion) in any part it reads', () => {
    const sst =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>';
    expect(codeOf(() => readWorkbook(handmadeXlsx(ROWS, { 'xl/sharedStrings.xml': sst })))).toBe('doctype');
  });

  it('rejects macro-enabled workbooks (.xlsm)', () => {
    expect(codeOf(() => readWorkbook(handmadeXlsx(ROWS, { 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]) })))).toBe('macroEnabled');
    const types =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ' +
      'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>';
    expect(codeOf(() => readSheetNames(handmadeXlsx(ROWS, { '[Content_Types].xml': types })))).toBe('macroEnabled');
  });

  it('reports malformed XML and missing parts', () => {
    expect(codeOf(() => readWorkbook(handmadeXlsx(sheetXml('<row><c><v>1</v></row>'))))).toBe('malformedXml');
    const noSheet: Zippable = { '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') };
    expect(codeOf(() => readWorkbook(zipSync(noSheet)))).toBe('missingPart');
  });

  it('reads the files it writes within the default limits', () => {
    expect(readWorkbook(writeWorkbook(samplePlan())).sheets).toHaveLength(2);
  });
});

describe('one limit for writing and reading a master', () => {
  it('reads back a workbook with one sheet per unit for 5,000 units, which a submission may not have', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < MASTER_MAX_UNITS; i++) many[`xl/worksheets/unit${i}.xml`] = ROWS;
    const bytes = handmadeXlsx(ROWS, many);
    expect(codeOf(() => readWorkbook(bytes))).toBe('tooManyEntries');
    expect(readWorkbook(bytes, MASTER_READ_LIMITS).sheets).toHaveLength(1);
  });
});
