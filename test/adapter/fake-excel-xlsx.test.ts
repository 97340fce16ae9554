// The stand-in reads .xlsx files the way Excel inserts or opens them: insertWorksheetsFromBase64
// (positions, chosen sheets, its result after the sync, charts refused on the web, a name already
// taken refused), and FakeExcel.openXlsx for the preview's "open a local file".

import { buildFormPlan } from '../../src/form';
import { findBuiltinSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/criteria/model';
import type { SheetPlan, WorkbookPlan } from '../../src/plan/model';
import { createFakeExcel, FakeExcelError } from '../../src/preview/fake-excel';
import { writeWorkbook } from '../../src/xlsx';
import { installFakeExcel, run } from './harness';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function sheet(name: string, extra: Partial<SheetPlan> = {}): SheetPlan {
  return { name, columns: [{ width: 10 }], cells: [{ row: 0, col: 0, value: name }], merges: [], validations: [], protect: false, ...extra };
}

const twoSheets: WorkbookPlan = {
  styles: { bold: { font: { bold: true } } },
  sheets: [sheet('Một', { cells: [{ row: 0, col: 0, value: 3, style: 'bold' }, { row: 1, col: 0, formula: "'Hai'!A1*2" }] }), sheet('Hai', { cells: [{ row: 0, col: 0, value: 5 }] })],
};

describe('insertWorksheetsFromBase64 in the stand-in', () => {
  it('inserts the sheets where asked, with values, formulas that see each other, and styles; returns their ids after the sync', async () => {
    const fake = installFakeExcel({ sheets: ['A', 'B'] });
    const ids = await run(async (context) => {
      const result = context.workbook.insertWorksheetsFromBase64(base64(writeWorkbook(twoSheets)), { positionType: 'After', relativeTo: 'A' });
      expect(() => result.value).toThrow(/not available/);
      await context.sync();
      return result.value;
    });
    expect(fake.sheetNames()).toEqual(['A', 'Một', 'Hai', 'B']);
    expect(ids).toEqual([fake.sheet('Một').id, fake.sheet('Hai').id]);
    expect(fake.sheet('Một').cell('A2')).toMatchObject({ formula: "'Hai'!A1*2", value: 10 });
    expect(fake.sheet('Một').cell('A1')).toMatchObject({ value: 3, bold: true, fontName: 'Times New Roman', fontSize: 12 });
    expect(fake.sheet('Một').columnWidth(0)).toBe(52.5); // <col width="10">: 70 px, as the API path sets it
  });

  it('inserts only the sheets named, at the beginning', async () => {
    const fake = installFakeExcel({ sheets: ['A'] });
    await run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(base64(writeWorkbook(twoSheets)), { positionType: 'Beginning', sheetNamesToInsert: ['Hai'] });
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(['Hai', 'A']);
  });

  it('refuses a name the workbook already has, and charts on the web but not on desktop', async () => {
    const withChart: WorkbookPlan = {
      styles: {},
      sheets: [sheet('Biểu đồ', { cells: [{ row: 0, col: 0, value: 'x' }, { row: 0, col: 1, value: 1 }], charts: [{ kind: 'bar', title: 'T', categories: { row: 0, col: 0, rows: 1, cols: 1 }, values: { row: 0, col: 1, rows: 1, cols: 1 }, anchor: { row: 2, col: 0, rows: 5, cols: 3 } }] })],
    };
    const attempt = async (platform: 'OfficeOnline' | 'PC', bytes: Uint8Array, sheets = ['A']) => {
      const fake = createFakeExcel({ platform, sheets });
      const restore = fake.install();
      try {
        return await run(async (context) => {
          context.workbook.insertWorksheetsFromBase64(base64(bytes));
          return context.sync().then(() => fake.sheetNames(), (e: unknown) => (e instanceof FakeExcelError ? e.code : e));
        });
      } finally {
        restore();
      }
    };
    expect(await attempt('OfficeOnline', writeWorkbook(withChart))).toBe('UnsupportedFeature');
    expect(await attempt('PC', writeWorkbook(withChart))).toEqual(['A', 'Biểu đồ']);
    expect(await attempt('PC', writeWorkbook(twoSheets), ['Hai'])).toBe('ItemAlreadyExists');
  });

  it('is not there before ExcelApi 1.13', async () => {
    installFakeExcel({ apiVersion: '1.12' });
    const code = await run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(base64(writeWorkbook(twoSheets)));
      return context.sync().then(() => 'inserted', (e: unknown) => (e as FakeExcelError).code);
    });
    expect(code).toBe('ApiNotFound');
  });
});

describe('FakeExcel.openXlsx', () => {
  it('shows a form file as Excel opens it: the form, its inputs unlocked, its drop-downs, its print settings', () => {
    const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
    const { plan, map } = buildFormPlan(set);
    const fake = createFakeExcel();
    fake.openXlsx(writeWorkbook(plan));
    expect(fake.sheetNames()).toEqual([map.sheetName]);
    const form = fake.sheet(map.sheetName);
    expect(form.protected).toBe(true);
    const input = Object.values(map.valueCell)[0];
    expect(form.cell(input.row, input.col).locked).toBe(false);
    expect(form.validations.length).toBeGreaterThan(0);
    expect(form.page).toMatchObject({ paperSize: 'A4' });
    expect(form.page.printArea).toMatch(/^A1:/);
    expect(fake.activeSheetName()).toBe(map.sheetName);
  });
});
