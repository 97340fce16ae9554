// Bounded work per file: every reference is checked against Excel's grid before anything is
// sized from it, inflation stops at the declared size or the file's budget, the cells of a
// workbook are counted against a limit, and the form reader's work grows with the cells
// present, never with the coordinates they claim. Proved with counters and sizes.

import { deflateSync, strToU8 } from 'fflate';
import { findBuiltinSet } from '../../../src/sets';
import { readSubmission } from '../../../src/consolidate';
import { findFormIdentity, readForm } from '../../../src/form/read';
import type { Grid } from '../../../src/plan/grid';
import { readWorkbook } from '../../../src/xlsx';
import { thrownText } from '../../support/localized';
import { boundedInflate } from '../../../src/xlsx/inflate';
import { openZip, DEFAULT_READ_LIMITS } from '../../../src/xlsx/zip';
import { appendToSheetData, editPart, FORM_SHEET } from '../../support/xlsx-edit';
import { filledFormBytes, inputsForTotal } from '../../support/submissions';
import { handmadeXlsx, sheetXml } from './handmade';
import { inBoth } from '../../support/telling';
import { patchZip, renameEntry } from './zip-patch';

const xa = findBuiltinSet('phutho-2018-xa')!;
const form = filledFormBytes(xa, inputsForTotal(xa, 'Phường Tiên Cát', 80));

/** What the reader says of a file: its reason and its Vietnamese text. */
function failure(read: () => unknown): { code: string; message: string } {
  const text = thrownText(read);
  return { code: text.reason ?? text.code, message: text.vi };
}

/** A grid that counts the cells its reader looks at. */
function counting(grid: Grid): { grid: Grid; looked: () => number } {
  let n = 0;
  const counted: Grid = Object.create(grid);
  counted.value = (r, c) => (n++, grid.value(r, c));
  counted.formula = (r, c) => (n++, grid.formula(r, c));
  return { grid: counted, looked: () => n };
}

describe('references beyond Excel grid (XFD1048576) are refused before anything is sized from them', () => {
  const cases: [string, Uint8Array, string][] = [
    ['a cell in row 99,999,999,999', appendToSheetData(form, '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>'), '99999999999'],
    ['a cell in column ZZZZZZ', appendToSheetData(form, '<row r="900"><c r="ZZZZZZ900"><v>1</v></c></row>'), 'ZZZZZZ900'],
    ['a cell one past the last column', appendToSheetData(form, '<row r="900"><c r="XFE900"><v>1</v></c></row>'), 'XFE900'],
    ['a row one past the last', appendToSheetData(form, '<row r="1048577"><c r="A1048577"><v>1</v></c></row>'), '1048577'],
    ['16,385 cells without addresses in one row', appendToSheetData(form, `<row r="900">${'<c><v>1</v></c>'.repeat(16385)}</row>`), 'XFD900'],
    ['a dimension beyond the grid', editPart(form, FORM_SHEET, (s) => s.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD99999999"')), 'XFD99999999'],
    ['a merge beyond the grid', editPart(form, FORM_SHEET, (s) => s.replace(/<mergeCell ref="[^"]*"/, '<mergeCell ref="A1:AAAA1"')), 'AAAA1'],
    ['a data validation beyond the grid', editPart(form, FORM_SHEET, (s) => s.replace(/sqref="[^"]*"/, 'sqref="E10 E12:E2000000"')), 'E2000000'],
    ['a shared formula range beyond the grid', appendToSheetData(form, '<row r="900"><c r="A900"><f t="shared" ref="A900:A9999999" si="77">1+1</f></c></row>'), 'A9999999'],
    ['a column width for column 20,000', editPart(form, FORM_SHEET, (s) => s.replace(/<col min="1" max="1"/, '<col min="1" max="20000"')), 'max=20000'],
  ];

  it.each(cases)('%s', (_what, bytes, ref) => {
    const e = failure(() => readWorkbook(bytes));
    expect(e.code).toBe('outsideGrid');
    expect(e.message).toContain('trang “Phụ lục II”');
    expect(e.message).toContain(ref.slice(0, 12));
    expect(e.message).toContain('XFD');
  });

  it('a defined name pointing beyond the grid', () => {
    const bytes = editPart(form, 'xl/workbook.xml', (s) => s.replace(/(<definedName name="_xlnm.Print_Area"[^>]*>)[^<]*/, "$1'Phụ lục'!$A$1:$H$2000000"));
    const e = failure(() => readWorkbook(bytes));
    expect(e.code).toBe('outsideGrid');
    expect(e.message).toContain('_xlnm.Print_Area');
  });

  it('the whole batch goes on: such a file is one rejection naming file, sheet and reference', () => {
    const r = readSubmission({ name: 'xa.xlsx', bytes: cases[0][1] }, [xa]);
    if (r.ok) throw new Error('accepted');
    expect(inBoth(r.rejection.message).vi).toMatch(/^Tệp “xa\.xlsx” bị từ chối: .*trang “Phụ lục II”.*99999999999/);
  });
});

describe('work grows with the cells present, not with the coordinates they claim', () => {
  const far = appendToSheetData(form, '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ghi chú ở ô cuối</t></is></c></row>');

  it('a form with a note in the very last cell of the grid is read, every cell looked at a bounded number of times', () => {
    const book = readWorkbook(far);
    const sheet = book.sheets[0];
    expect(sheet.rowCount * sheet.colCount).toBeGreaterThan(1.7e10);
    expect(book.stats.cellsRead).toBeLessThan(2000);
    const { grid, looked } = counting(sheet);
    expect(findFormIdentity(grid)).not.toBeNull();
    readForm(grid, xa);
    expect(looked()).toBeLessThan(book.stats.cellsRead * 4);
    const r = readSubmission({ name: 'far.xlsx', bytes: far }, [xa]);
    expect(r.ok).toBe(true);
  });

  it('the cells of a workbook are counted against a limit', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const e = failure(() => readWorkbook(handmadeXlsx(sheetXml(rows)), { maxCells: 20 }));
    expect(e.code).toBe('tooManyCells');
    expect(e.message).toContain('20');
    expect(readWorkbook(handmadeXlsx(sheetXml(rows))).stats.cellsRead).toBe(30);
  });
});

describe('inflation is bounded while it runs, not checked after', () => {
  const zeros = deflateSync(new Uint8Array(20 * 1024 * 1024));

  it('gives nothing for a stream holding more than the allowed bytes, and the whole of one within them', () => {
    for (const cap of [0, 1000, 100_000, 3 * 1024 * 1024]) expect(boundedInflate(zeros, cap)).toBeUndefined();
    expect(boundedInflate(zeros, 20 * 1024 * 1024)?.length).toBe(20 * 1024 * 1024);
  });

  it('counts the bytes inflated over the whole file, and stops at the file budget', () => {
    const bytes = handmadeXlsx(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), { 'xl/a.txt': 'x'.repeat(60_000), 'xl/b.txt': 'y'.repeat(60_000) });
    const zip = openZip(bytes, { ...DEFAULT_READ_LIMITS, maxTotalUncompressedBytes: 100_000 });
    zip.read('xl/a.txt');
    expect(zip.inflatedBytes).toBe(60_000);
    expect(failure(() => zip.read('xl/b.txt')).message).toContain('vượt');
    expect(zip.inflatedBytes).toBe(60_000);
  });

  it('a part that claims 50 MB but holds a few bytes is refused before anything is inflated', () => {
    const bytes = patchZip(handmadeXlsx(sheetXml(''), { 'xl/a.txt': 'abc' }), 'xl/a.txt', 'both', (v, r) => v.setUint32(r.at + (r.central ? 24 : 22), 50 * 1024 * 1024, true));
    const zip = openZip(bytes);
    expect(failure(() => zip.read('xl/a.txt')).code).toBe('zipBomb');
    expect(zip.inflatedBytes).toBe(0);
  });
});

describe('the central directory and the local headers must agree', () => {
  const base = handmadeXlsx(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), { 'xl/media/a.txt': 'aaaa', 'xl/media/b.txt': 'bbbb' });

  it('a local header naming another part', () => {
    const e = failure(() => readWorkbook(renameEntry(base, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet9.xml', 'local')));
    expect(e.code).toBe('inconsistentZip');
    expect(e.message).toContain('xl/worksheets/sheet1.xml');
  });

  it('two entries of the same name', () => {
    const e = failure(() => readWorkbook(renameEntry(base, 'xl/media/b.txt', 'xl/media/a.txt', 'central')));
    expect(e.code).toBe('inconsistentZip');
    expect(e.message).toContain('hai lần');
  });

  it('sizes that differ between the two', () => {
    const e = failure(() => readWorkbook(patchZip(base, 'xl/workbook.xml', 'local', (v, r) => v.setUint32(r.at + 22, 5, true))));
    expect(e.code).toBe('inconsistentZip');
  });

  it('parts sharing bytes (an overlapping-entries zip bomb)', () => {
    const e = failure(() => readWorkbook(patchZip(base, 'xl/media/a.txt', 'both', (v, r) => v.setUint32(r.at + (r.central ? 20 : 18), 400, true))));
    expect(e.code).toBe('inconsistentZip');
    expect(e.message).toContain('dùng chung dữ liệu');
  });
});

describe('values other programs write', () => {
  it('an empty value element (openpyxl) is no cached value, whatever the type', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><f>1+1</f><v></v></c><c r="B1" t="s"><v></v></c><c r="C1" t="n"><v/></c><c r="D1" t="b"><v></v></c><c r="E1"><v>2</v></c></row>');
    const s = readWorkbook(handmadeXlsx(xml)).sheets[0];
    expect(s.formula(0, 0)).toBe('1+1');
    expect([s.value(0, 0), s.value(0, 1), s.value(0, 2), s.value(0, 3), s.value(0, 4)]).toEqual([null, null, null, null, 2]);
  });

  it('a damaged number names its cell', () => {
    const e = failure(() => readWorkbook(handmadeXlsx(sheetXml('<row r="3"><c r="C3"><v>abc</v></c></row>'))));
    expect(e.code).toBe('malformedXml');
    expect(e.message).toContain('ô C3');
    expect(strToU8(e.message).length).toBeGreaterThan(0);
  });
});
