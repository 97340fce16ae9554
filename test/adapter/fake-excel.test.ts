// The stand-in must be at least as strict as Excel, or adapter tests would prove nothing.

import { FakeExcelError } from '../../src/preview/fake-excel';
import { installFakeExcel, run } from './harness';

function codeOf(error: unknown): string | undefined {
  return error instanceof FakeExcelError ? error.code : undefined;
}

describe('strict stand-in Excel', () => {
  it('refuses to read a property before load() and sync()', async () => {
    installFakeExcel();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading too early on purpose
      expect(() => range.values).toThrow(/not available.*load/);
      range.load('values');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reading too early on purpose
      expect(() => range.values).toThrow(FakeExcelError);
      await context.sync();
      expect(range.values).toEqual([['']]);
    });
  });

  it('applies queued writes only at sync, so a written value cannot be read back without load + sync', async () => {
    const fake = installFakeExcel();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2');
      range.values = [[42]];
      expect(fake.sheet('Sheet1').cell('B2').value).toBeNull();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading too early on purpose
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
    expect(fake.sheet('Sheet1').cell('B2').value).toBe(42);
  });

  it('rejects a values array whose shape differs from the range', async () => {
    installFakeExcel();
    const error = await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2, 3]];
      return context.sync().catch((e: unknown) => e);
    });
    expect(codeOf(error)).toBe('InvalidArgument');
  });

  it('throws at once on API members it does not implement', async () => {
    installFakeExcel();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1') as unknown as Record<string, unknown>;
      expect(() => sheet.autoFilter).toThrow(/no Worksheet.autoFilter/);
      expect(() => (context as unknown as Record<string, unknown>).trackedObjects).toThrow(/RequestContext.trackedObjects/);
      expect(() => (Excel as unknown as Record<string, unknown>).createWorkbook).toThrow(/Excel.createWorkbook/);
      await context.sync();
    });
  });

  it('counts every sync, including the one Excel.run makes for operations left queued', async () => {
    const fake = installFakeExcel();
    await run(async (context) => {
      await context.sync();
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(fake.stats.syncs).toBe(3);
    fake.resetStats();
    expect(fake.stats.syncs).toBe(0);
  });

  it('fails API newer than the configured requirement set at sync, as Excel does', async () => {
    installFakeExcel({ apiVersion: '1.8' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    const error = await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape';
      return context.sync().catch((e: unknown) => e);
    });
    expect(codeOf(error)).toBe('ApiNotFound');
  });

  it('turns strings that look like formulas or numbers into formulas and numbers unless quoted', async () => {
    const fake = installFakeExcel();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:E1').formulas = [['=1+1', "'=1+1", '1.1', "'1.1", '-x']];
      await context.sync();
    });
    const sheet = fake.sheet('Sheet1');
    expect(sheet.cell('A1')).toMatchObject({ value: 2, formula: '1+1' });
    expect(sheet.cell('B1')).toMatchObject({ value: '=1+1', formula: undefined, quotePrefix: true });
    expect(sheet.cell('C1').value).toBe(1.1);
    expect(sheet.cell('D1').value).toBe('1.1');
    expect(sheet.cell('E1').formula).toBe('-x');
  });

  it('refuses writes to locked cells of a protected sheet and lets users type only into unlocked ones', async () => {
    const fake = installFakeExcel();
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B2').format.protection.locked = false;
      ws.protection.protect();
      await context.sync();
    });
    await fake.userTypes('Sheet1', 'B2', 5);
    await expect(fake.userTypes('Sheet1', 'A1', 5)).rejects.toMatchObject({ code: 'AccessDenied' });
    const error = await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      return context.sync().catch((e: unknown) => e);
    });
    expect(codeOf(error)).toBe('AccessDenied');
  });

  it('fires onChanged when a user types but not when a value is picked from a drop-down list', async () => {
    const fake = installFakeExcel();
    const seen: string[] = [];
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('C3').dataValidation.rule = { list: { inCellDropDown: true, source: 'Có,Không' } };
      ws.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => void seen.push(args.address));
      await context.sync();
    });
    await fake.userTypes('Sheet1', 'C3', 'Có');
    await fake.userPicksFromList('Sheet1', 'C3', 'Không');
    expect(seen).toEqual(['C3']);
    expect(fake.sheet('Sheet1').cell('C3').value).toBe('Không');
    await expect(fake.userTypes('Sheet1', 'C3', 'Có lẽ')).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('moves formulas, formats and validation down when a user inserts rows above them', async () => {
    const fake = installFakeExcel();
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A2:B2').formulas = [[3, '=A2*2']];
      ws.getRange('B2').format.font.bold = true;
      ws.getRange('A2').dataValidation.rule = { wholeNumber: { operator: 'Between', formula1: 0, formula2: 9 } };
      await context.sync();
    });
    await fake.userInsertsRows('Sheet1', 0, 2);
    const sheet = fake.sheet('Sheet1');
    expect(sheet.cell('B4')).toMatchObject({ formula: 'A4*2', value: 6, bold: true });
    expect(sheet.validations.map((v) => v.address)).toEqual(['A4']);
  });

  it('refuses a request over 5 MB like Excel on the web', async () => {
    installFakeExcel();
    const big = Array.from({ length: 2000 }, () => ['x'.repeat(3000)]);
    const error = await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A2000').values = big;
      return context.sync().catch((e: unknown) => e);
    });
    expect(codeOf(error)).toBe('RequestPayloadSizeLimitExceeded');
  });
});

describe('what the preview grid shows', () => {
  it('shows dates, percents and fixed decimals as Excel would, not raw serials or binary fractions', async () => {
    const fake = installFakeExcel();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const range = sheet.getRange('A1:D1');
      range.values = [[43371, 0.855, 1.005, 5.4]];
      range.numberFormat = [['dd/mm/yyyy', '0.0%', '0.00', '0.0']];
      await context.sync();
    });
    const row = ['A1', 'B1', 'C1', 'D1'].map((a) => fake.sheet('Sheet1').cell(a).display);
    expect(row).toEqual(['28/09/2018', '85.5%', '1.01', '5.4']);
  });
});
