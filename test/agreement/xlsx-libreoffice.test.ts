// LibreOffice opens the files our writer produces, computes their formulas (which carry
// no cached values) and our reader reads the results back.
import { strFromU8, unzipSync } from 'fflate';
import type { CellPlan, WorkbookPlan } from '../../src/plan/model';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';
import { samplePlan } from '../unit/xlsx/sample-plan';
import { recalcWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(60 * 60_000); // above soffice's own hang guard (recalcTimeLimitMs, test/support/libreoffice.ts) on a busy machine

function formulaPlan(): WorkbookPlan {
  const scores = [90, 80, 80, 70];
  const cells: CellPlan[] = [
    { row: 0, col: 0, value: 'Đơn vị' },
    { row: 0, col: 1, value: 'Điểm' },
    { row: 0, col: 2, value: 'Hạng' },
    ...scores.flatMap((s, i): CellPlan[] => [
      { row: i + 1, col: 0, value: `Sở ${i + 1}` },
      { row: i + 1, col: 1, value: s },
      { row: i + 1, col: 2, formula: `RANK.EQ(B${i + 2},$B$2:$B$5)` },
    ]),
    { row: 6, col: 0, value: 'ROUND' },
    { row: 6, col: 1, formula: 'ROUND(1.005,2)' },
    { row: 7, col: 1, formula: 'ROUND(0.285,2)' },
    { row: 8, col: 1, formula: 'IFS(B2>85,"Tốt",TRUE,"Khá")' },
    { row: 9, col: 1, formula: 'MAXIFS(B2:B5,B2:B5,"<90")' },
    { row: 10, col: 1, formula: 'TEXTJOIN(";",TRUE,A2:A3)' },
    { row: 11, col: 1, formula: 'SUM(B2:B5)/COUNT(B2:B5)' },
    { row: 12, col: 1, formula: "'Dữ liệu'!A1*2" },
    { row: 13, col: 1, formula: 'AND(B2>B3,B3>=B4)' },
  ];
  return {
    styles: {},
    sheets: [
      {
        name: 'Xếp hạng',
        columns: [{ width: 20 }, { width: 10 }, { width: 10 }],
        cells,
        merges: [],
        validations: [],
        protect: true,
        charts: [
          {
            kind: 'bar',
            title: 'Điểm',
            categories: { row: 1, col: 0, rows: 4, cols: 1 },
            values: { row: 1, col: 1, rows: 4, cols: 1 },
            anchor: { row: 15, col: 0, rows: 12, cols: 5 },
          },
        ],
      },
      { name: 'Dữ liệu', columns: [], cells: [{ row: 0, col: 0, value: 21 }], merges: [], validations: [], protect: false, hidden: true },
    ],
  };
}

describe('LibreOffice recalculates what the writer produces', () => {
  let out: Map<string, Uint8Array>;

  beforeAll(async () => {
    out = await recalcWithLibreOffice([
      { name: 'formulas.xlsx', bytes: writeWorkbook(formulaPlan()) },
      { name: 'sample.xlsx', bytes: writeWorkbook(samplePlan()) },
    ]);
  });

  it('computes RANK.EQ ties, Excel-like ROUND and the post-2007 functions', () => {
    const wb = readWorkbook(out.get('formulas.xlsx') as Uint8Array);
    const s = wb.sheet('Xếp hạng');
    expect(s).toBeDefined();
    if (!s) return;
    expect([1, 2, 3, 4].map((r) => s.value(r, 2))).toEqual([1, 2, 2, 4]);
    expect(s.formula(1, 2)).toBe('RANK.EQ(B2,$B$2:$B$5)');
    expect(s.value(6, 1)).toBe(1.01);
    expect(s.value(7, 1)).toBe(0.29);
    expect(s.value(8, 1)).toBe('Tốt');
    expect(s.value(9, 1)).toBe(80);
    expect(s.value(10, 1)).toBe('Sở 1;Sở 2');
    expect(s.value(11, 1)).toBe(80);
    expect(s.value(12, 1)).toBe(42);
    expect(s.value(13, 1)).toBe(true);
    expect(wb.sheet('Dữ liệu')?.state).toBe('hidden');
  });

  it('leaves no error cell in either workbook', () => {
    for (const [name, bytes] of out) {
      for (const sheet of readWorkbook(bytes).sheets) {
        for (let r = 0; r < sheet.rowCount; r++) {
          for (let c = 0; c < sheet.colCount; c++) expect({ name, sheet: sheet.name, r, c, error: sheet.error(r, c) }).toEqual({ name, sheet: sheet.name, r, c, error: undefined });
        }
      }
    }
  });

  it('keeps the native bar chart with its ranges', () => {
    const files = unzipSync(out.get('formulas.xlsx') as Uint8Array);
    const chart = Object.keys(files).find((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(chart).toBeDefined();
    const xml = strFromU8(files[chart as string]);
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toMatch(/(&apos;|')Xếp hạng(&apos;|')!\$B\$2:\$B\$5/);
  });

  it('keeps text that looks like a formula as text', () => {
    const s = readWorkbook(out.get('sample.xlsx') as Uint8Array).sheet('Phụ lục');
    expect(s?.value(2, 1)).toBe('=1+1');
    expect(s?.formula(2, 1)).toBeUndefined();
    expect(s?.value(3, 1)).toBe('+84 912 345 678');
    expect(s?.value(4, 2)).toBe(10);
    expect(s?.value(5, 2)).toBe(1);
  });
});
