// The Office.js adapter against the strict stand-in: what lands in the workbook, and how many
// round trips it costs.

import { OfficeWorkbook } from '../../src/excel/office-workbook';
import type { WorkbookPlan } from '../../src/plan/model';
import { installFakeExcel } from './harness';
import { rejectionText } from '../support/localized';
import { render } from '../../src/messages/texts';

function samplePlan(): WorkbookPlan {
  return {
    styles: {
      title: { font: { bold: true, size: 14 }, hAlign: 'center' },
      head: { font: { bold: true }, fill: '#D9E1F2', border: true, wrap: true },
      input: { border: true, locked: false, numberFormat: '0.0' },
      score: { border: true, numberFormat: '0.00' },
    },
    sheets: [
      {
        name: 'Phụ lục',
        columns: [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 12, hidden: true }],
        rowHeights: { 0: 30 },
        cells: [
          { row: 0, col: 0, value: 'BẢNG TỰ ĐÁNH GIÁ', style: 'title' },
          { row: 1, col: 0, value: 'STT', style: 'head' },
          { row: 1, col: 1, value: 'Tiêu chí', style: 'head' },
          { row: 1, col: 2, value: 'Số liệu', style: 'head' },
          { row: 2, col: 0, value: '1.1' },
          { row: 2, col: 1, value: '=1+1 is text, not a formula' },
          { row: 2, col: 2, value: 4, style: 'input' },
          { row: 3, col: 0, value: '1.2' },
          { row: 3, col: 1, value: 'Có cổng thông tin?' },
          { row: 3, col: 2, value: 'Có', style: 'input' },
          { row: 4, col: 1, value: 'Tổng' },
          { row: 4, col: 2, formula: 'C3*2+IF(C4="Có",1,0)', style: 'score' },
          { row: 5, col: 1, value: '-' },
          { row: 5, col: 3, value: 'hidden key' },
        ],
        merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
        validations: [
          { kind: 'whole', range: { row: 2, col: 2, rows: 1, cols: 1 }, min: 0, max: 10, message: 'Từ 0 đến 10' },
          { kind: 'list', range: { row: 3, col: 2, rows: 1, cols: 1 }, items: ['Có', 'Không'] },
        ],
        conditionalFills: [{ range: { row: 2, col: 2, rows: 2, cols: 1 }, formula: 'ISBLANK(C3)', fill: '#FFF2CC' }],
        protect: true,
        freezeRows: 2,
        print: {
          paper: 'A4',
          orientation: 'landscape',
          margins: { top: 20, bottom: 20, left: 30, right: 15 },
          fitToWidth: true,
          area: { row: 0, col: 0, rows: 6, cols: 3 },
          repeatRows: { first: 1, last: 1 },
          pageNumbers: true,
        },
        charts: [
          { kind: 'bar', title: 'Điểm', categories: { row: 2, col: 0, rows: 2, cols: 1 }, values: { row: 2, col: 2, rows: 2, cols: 1 }, anchor: { row: 7, col: 0, rows: 10, cols: 4 } },
        ],
        tabColor: '#1F4E79',
      },
    ],
  };
}

describe('OfficeWorkbook.applyPlan', () => {
  it('writes cells, styles, merges, validation, protection, print settings and a chart in at most 3 syncs', async () => {
    const fake = installFakeExcel();
    const workbook = new OfficeWorkbook();
    expect(await workbook.applyPlan(samplePlan(), { activate: 'Phụ lục' })).toEqual({ warnings: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(workbook.lastWarnings).toEqual([]);

    const sheet = fake.sheet('Phụ lục');
    expect(fake.activeSheetName()).toBe('Phụ lục');
    expect(sheet.cell('A1')).toMatchObject({ value: 'BẢNG TỰ ĐÁNH GIÁ', bold: true, fontSize: 14, hAlign: 'Center', fontName: 'Times New Roman' });
    expect(sheet.cell('A3')).toMatchObject({ value: '1.1', formula: undefined });
    expect(sheet.cell('B3')).toMatchObject({ value: '=1+1 is text, not a formula', formula: undefined });
    expect(sheet.cell('B6').value).toBe('-');
    expect(sheet.cell('C5')).toMatchObject({ formula: 'C3*2+IF(C4="Có",1,0)', value: 9, numberFormat: '0.00' });
    expect(sheet.cell('C3')).toMatchObject({ locked: false, numberFormat: '0.0', borders: { top: true, bottom: true, left: true, right: true } });
    expect(sheet.cell('B2')).toMatchObject({ fill: '#D9E1F2', wrap: true, locked: true });
    expect(sheet.merges).toEqual(['A1:C1']);
    expect(sheet.columnWidth(1)).toBeGreaterThan(sheet.columnWidth(0)!);
    expect(sheet.columnHidden(3)).toBe(true);
    expect(sheet.rowHeight(0)).toBe(30);
    expect(sheet.validations).toEqual([
      expect.objectContaining({ address: 'C3', rule: { wholeNumber: { operator: 'Between', formula1: 0, formula2: 10 } }, errorAlert: expect.objectContaining({ message: 'Từ 0 đến 10', style: 'Stop' }) }),
      expect.objectContaining({ address: 'C4', rule: { list: { inCellDropDown: true, source: 'Có,Không' } } }),
    ]);
    expect(sheet.conditionalFormats).toEqual([{ address: 'C3:C4', type: 'Custom', formula: '=ISBLANK(C3)', fill: '#FFF2CC' }]);
    expect(sheet.protected).toBe(true);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.page).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: 'A1:C6',
      titleRows: '2:2',
      headerState: 'FirstAndDefault',
      // The view lists only parts with text: the first page's header is set empty (no page number there).
      headers: { defaultForAllPages: { centerHeader: '&"Times New Roman,Regular"&13&P' }, firstPage: {} },
    });
    expect(sheet.page.margins.left).toBeCloseTo(85.04, 1);
    expect(sheet.charts).toEqual([expect.objectContaining({ type: 'BarClustered', title: 'Điểm', source: 'C3:C4', xValues: 'A3:A4', legendVisible: false, position: 'A8:D17' })]);
    expect(sheet.tabColor).toBe('#1F4E79');
  });

  it('turns events off during the bulk write and back on afterwards, so its own writes fire no onChanged', async () => {
    const fake = installFakeExcel();
    const workbook = new OfficeWorkbook();
    const changed: string[] = [];
    await workbook.onChanged((sheet) => changed.push(sheet));
    await workbook.applyPlan(samplePlan());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changed).toEqual([]);
    expect(fake.state.enableEvents).toBe(true);
    await fake.userTypes('Phụ lục', 'C3', 7);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changed).toEqual(['Phụ lục']);
  });

  it('replaces an existing sheet of the same name in its tab position, and refuses when replace is false', async () => {
    const fake = installFakeExcel({ sheets: ['Bìa', 'Phụ lục', 'Ghi chú'] });
    const workbook = new OfficeWorkbook();
    await workbook.applyPlan(samplePlan());
    expect(fake.sheetNames()).toEqual(['Bìa', 'Phụ lục', 'Ghi chú']);
    expect(await rejectionText(workbook.applyPlan(samplePlan(), { replace: false }))).toEqual({
      code: 'excel.sheetExists',
      vi: expect.stringMatching(/đã có trang tính “Phụ lục”/),
      en: expect.stringMatching(/already has a sheet named “Phụ lục”/),
    });
  });

  it('skips what this Excel cannot do, with a warning per feature, and still writes the form', async () => {
    const fake = installFakeExcel({ apiVersion: '1.7' });
    const workbook = new OfficeWorkbook();
    const written = await workbook.applyPlan(samplePlan());
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(written.warnings).toEqual(workbook.lastWarnings);
    expect(workbook.lastWarnings.map((w) => render('vi', w)).join('\n')).toMatch(/ExcelApi 1\.8[\s\S]*ExcelApi 1\.9/);
    expect(workbook.lastWarnings.map((w) => render('en', w))).toContain('Sheet “Phụ lục”: in-cell validation skipped (this Excel lacks ExcelApi 1.8).');
    expect(fake.sheet('Phụ lục').validations).toEqual([]);
    expect(fake.sheet('Phụ lục').cell('C5').value).toBe(9);
  });

  it('splits a plan larger than one request into row blocks, spending extra syncs only then (API path, before ExcelApi 1.13)', async () => {
    const fake = installFakeExcel({ apiVersion: '1.12' });
    const cells = Array.from({ length: 1500 }, (_, row) => ({ row, col: 0, value: 'Đơn vị hành chính '.repeat(200) }));
    await new OfficeWorkbook().applyPlan({ styles: {}, sheets: [{ name: 'Lớn', columns: [], cells, merges: [], validations: [], protect: false }] });
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(Math.max(...fake.stats.requests.map((r) => r.bytes))).toBeLessThan(5 * 1024 * 1024);
    expect(fake.sheet('Lớn').cell(1499, 0).value).toBe('Đơn vị hành chính '.repeat(200));
  });
});

describe('OfficeWorkbook reading and writing', () => {
  it('reads a sheet back in one sync: values, formulas without "=", errors, absolute positions', async () => {
    const fake = installFakeExcel();
    const workbook = new OfficeWorkbook();
    await workbook.applyPlan({
      styles: {},
      sheets: [{
        name: 'Đọc', columns: [], merges: [], validations: [], protect: false,
        cells: [
          { row: 3, col: 2, value: 5 },
          { row: 3, col: 3, formula: 'C4/0' },
          { row: 4, col: 2, value: '=1+1' },
          { row: 4, col: 3, formula: 'C4*2' },
        ],
      }],
    });
    fake.resetStats();
    const grid = await workbook.readSheet('Đọc');
    expect(fake.stats.syncs).toBe(1);
    expect([grid.name, grid.rowCount, grid.colCount]).toEqual(['Đọc', 5, 4]);
    expect(grid.value(3, 2)).toBe(5);
    expect(grid.value(4, 3)).toBe(10);
    expect(grid.formula(4, 3)).toBe('C4*2');
    expect(grid.value(4, 2)).toBe('=1+1');
    expect(grid.formula(4, 2)).toBeUndefined();
    expect(grid.error?.(3, 3)).toBe('#DIV/0!');
    expect(grid.value(0, 0)).toBeNull();
  });

  it('reads an empty active sheet as an empty grid and lists sheets in one sync each', async () => {
    const fake = installFakeExcel({ sheets: ['A', 'B'] });
    const workbook = new OfficeWorkbook();
    const grid = await workbook.readActiveSheet();
    expect([grid.name, grid.rowCount, grid.colCount]).toEqual(['A', 0, 0]);
    fake.resetStats();
    expect(await workbook.listSheets()).toEqual([{ name: 'A', visible: true }, { name: 'B', visible: true }]);
    expect(fake.stats.syncs).toBe(1);
  });

  it('rejects reading a missing sheet with a clear message', async () => {
    installFakeExcel();
    expect(await rejectionText(new OfficeWorkbook().readSheet('Không có'))).toEqual({
      code: 'excel.sheetMissing',
      vi: 'Không tìm thấy trang tính “Không có” trong sổ tính.',
      en: 'The workbook has no sheet named “Không có”.',
    });
  });

  it('writes cells of a protected form in one sync, keeping text as text, and explains locked cells', async () => {
    const fake = installFakeExcel();
    const workbook = new OfficeWorkbook();
    await workbook.applyPlan(samplePlan());
    fake.resetStats();
    await workbook.writeCells('Phụ lục', [{ row: 2, col: 2, value: 8 }, { row: 3, col: 2, value: '+84 123' }]);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.sheet('Phụ lục').cell('C3').value).toBe(8);
    expect(fake.sheet('Phụ lục').cell('C4').value).toBe('+84 123');
    expect(await rejectionText(workbook.writeCells('Phụ lục', [{ row: 4, col: 2, value: 1 }]))).toEqual({
      code: 'excel.sheetProtected',
      vi: expect.stringMatching(/“Phụ lục”.*bị khóa/),
      en: expect.stringMatching(/“Phụ lục”.*protected sheet/),
    });
  });

  it('selects a cell on its sheet in one sync', async () => {
    const fake = installFakeExcel({ sheets: ['A', 'B'] });
    await new OfficeWorkbook().select({ sheet: 'B', row: 11, col: 4 });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.selection()).toEqual({ sheet: 'B', address: 'E12' });
  });
});

describe('OfficeWorkbook events', () => {
  it('reports the selected cell with its sheet name until unsubscribed', async () => {
    const fake = installFakeExcel({ sheets: ['A', 'B'] });
    const workbook = new OfficeWorkbook();
    const seen: unknown[] = [];
    const unsubscribe = await workbook.onSelectionChanged((address) => seen.push(address));
    await fake.userSelects('B', 'E12');
    await fake.userSelects('A', 'B2:C3');
    expect(seen).toEqual([{ sheet: 'B', row: 11, col: 4 }, { sheet: 'A', row: 1, col: 1 }]);
    await unsubscribe();
    await fake.userSelects('B', 'A1');
    expect(seen).toHaveLength(2);
  });

  it('watches only the active sheet when events on all sheets are unavailable (ExcelApi 1.7)', async () => {
    const fake = installFakeExcel({ sheets: ['A', 'B'], apiVersion: '1.7' });
    const changed: string[] = [];
    await new OfficeWorkbook().onChanged((sheet) => changed.push(sheet));
    await fake.userTypes('A', 'A1', 1);
    await fake.userTypes('B', 'A1', 1);
    expect(changed).toEqual(['A']);
  });

  it('says that changes cannot be followed without ExcelApi 1.7', async () => {
    installFakeExcel({ apiVersion: '1.6' });
    expect(await rejectionText(new OfficeWorkbook().onChanged(() => undefined))).toEqual({
      code: 'excel.eventsUnsupported',
      vi: expect.stringMatching(/ExcelApi 1\.7/),
      en: expect.stringMatching(/ExcelApi 1\.7/),
    });
  });
});

describe('first sync timeout', () => {
  it('rejects with a Vietnamese and English message when Excel never answers the first sync', async () => {
    const fake = installFakeExcel();
    fake.hangSyncs(1);
    expect(await rejectionText(new OfficeWorkbook({ firstSyncTimeoutMs: 50 }).listSheets())).toMatchObject({
      code: 'writer.excelNotResponding',
      vi: expect.stringMatching(/^Excel không phản hồi sau 0 giây/),
      en: expect.stringMatching(/^Excel did not respond within 0 s/),
    });
  });

  it('does not time-box later syncs once Excel has answered', async () => {
    const fake = installFakeExcel();
    const workbook = new OfficeWorkbook({ firstSyncTimeoutMs: 50 });
    await workbook.listSheets();
    fake.hangSyncs(1);
    const outcome = await Promise.race([workbook.listSheets().then(() => 'answered'), new Promise((r) => setTimeout(() => r('still waiting'), 200))]);
    expect(outcome).toBe('still waiting');
  });
});

describe('reading many sheets (a consolidator\'s master with hundreds of unit sheets)', () => {
  const desktop = { context: { platform: 'PC', requirements: { isSetSupported: () => true } } };

  async function withSheets(n: number) {
    const fake = installFakeExcel();
    const sheets = Array.from({ length: n }, (_, i) => ({
      name: `Đơn vị ${i + 1}`,
      columns: [],
      cells: Array.from({ length: 60 }, (_, r) => ({ row: r, col: 4, value: r === 0 ? `Đơn vị ${i + 1}` : r * (i + 1) })),
      merges: [],
      validations: [],
      protect: false,
    }));
    await new OfficeWorkbook().applyPlan({ styles: {}, sheets });
    return { fake, names: sheets.map((s) => s.name) };
  }

  it('reads 300 sheets in a constant number of syncs, each grid in the order named', async () => {
    const { fake, names } = await withSheets(300);
    fake.resetStats();
    const grids = await new OfficeWorkbook().readSheets(names);
    expect(fake.stats.syncs).toBe(2); // web: sizes, then one batch (18,000 cells < 100,000)
    expect(grids.map((g) => g.name)).toEqual(names);
    expect(grids[299].value(0, 4)).toBe('Đơn vị 300');
    expect(grids[299].value(59, 4)).toBe(59 * 300);

    fake.resetStats();
    await new OfficeWorkbook({ office: desktop }).readSheets(names);
    expect(fake.stats.syncs).toBe(1);
  });

  it('names a missing sheet', async () => {
    installFakeExcel();
    await expect(new OfficeWorkbook().readSheets(['Sheet1', 'Không có'])).rejects.toThrow(/Không có/);
  });
});
