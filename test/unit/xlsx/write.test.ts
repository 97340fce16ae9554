import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { WorkbookPlan } from '../../../src/plan/model';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { parseXmlTree } from '../../../src/xlsx/xml';
import { samplePlan } from './sample-plan';
import { thrownText } from '../../support/localized';

function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

describe('writeWorkbook then our reader', () => {
  const bytes = writeWorkbook(samplePlan());
  const wb = readWorkbook(bytes);
  const s = wb.sheet('Phụ lục');

  it('keeps strings as text even when they look like formulas or numbers', () => {
    expect(s?.value(2, 1)).toBe('=1+1');
    expect(s?.value(3, 1)).toBe('+84 912 345 678');
    expect(s?.value(4, 1)).toBe('-');
    for (const [r, c] of [[2, 1], [3, 1], [4, 1]]) expect(s?.formula(r, c)).toBeUndefined();
  });

  it('round-trips numbers, booleans, Vietnamese text, whitespace and XML-special characters', () => {
    expect(s?.value(0, 0)).toBe('Bảng tự đánh giá – Sở Nội vụ');
    expect([s?.value(2, 2), s?.value(3, 2), s?.value(6, 2)]).toEqual([7.5, 2.5, 0.25]);
    expect([s?.value(6, 0), s?.value(6, 1)]).toEqual([true, false]);
    expect(s?.value(7, 1)).toBe('  có khoảng trắng  \nvà xuống dòng');
    expect(s?.value(8, 1)).toBe('A & B <c> "d" _x0041_ '); // the control character is dropped
  });

  it('stores new functions with _xlfn. (not inside strings) and reads them back without it', () => {
    const sheet1 = parts(bytes)['xl/worksheets/sheet1.xml'];
    expect(sheet1).toContain('<f>_xlfn.RANK.EQ(C3,C3:C4)</f>');
    expect(sheet1).toContain('&quot;RANK.EQ(x)&quot;,_xlfn.IFS(');
    expect(sheet1).not.toMatch(/<\/f><v>/);
    expect(s?.formula(4, 2)).toBe('SUM(C3:C4)');
    expect(s?.formula(5, 2)).toBe('RANK.EQ(C3,C3:C4)');
    expect(s?.formula(5, 3)).toBe('IF(C3>5,"RANK.EQ(x)",IFS(C3>1,1,TRUE,0))');
    expect(s?.value(5, 2)).toBeNull(); // no cached value: computed on load
  });

  it('writes formula results as cached values only when asked', () => {
    const plan: WorkbookPlan = {
      styles: {},
      sheets: [{ name: 'A', columns: [], merges: [], validations: [], protect: false, cells: [
        { row: 0, col: 0, formula: '1+1', value: 2 },
        { row: 0, col: 1, formula: 'IFS(TRUE,"x")', value: 'x' },
        { row: 0, col: 2, formula: '1>2', value: false },
      ] }],
    };
    const plain = readWorkbook(writeWorkbook(plan)).sheets[0];
    expect([plain.value(0, 0), plain.value(0, 1), plain.value(0, 2)]).toEqual([null, null, null]);
    const cached = writeWorkbook(plan, { cached: true });
    const c = readWorkbook(cached).sheets[0];
    expect([c.value(0, 0), c.value(0, 1), c.value(0, 2)]).toEqual([2, 'x', false]);
    expect(c.formula(0, 1)).toBe('IFS(TRUE,"x")');
    expect(parts(cached)['xl/workbook.xml']).not.toContain('fullCalcOnLoad');
    expect(parts(writeWorkbook(plan))['xl/workbook.xml']).toContain('fullCalcOnLoad="1"');
  });

  it('keeps sheet order and hides the hidden sheet', () => {
    expect(wb.sheets.map((x) => [x.name, x.state])).toEqual([['Phụ lục', 'visible'], ["Dữ liệu ẩn's", 'hidden']]);
    expect(wb.sheets[1].formula(1, 0)).toBe("'Phụ lục'!C3*2");
  });

  it('writes well-formed XML parts, worksheet children in schema order', () => {
    const all = parts(bytes);
    for (const [name, xml] of Object.entries(all)) expect(() => parseXmlTree(xml, name)).not.toThrow();
    const order = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetProtection', 'mergeCells',
      'conditionalFormatting', 'dataValidations', 'pageMargins', 'pageSetup', 'headerFooter', 'drawing'];
    const children = parseXmlTree(all['xl/worksheets/sheet1.xml']).children.map((c) => (typeof c === 'string' ? '' : c.name));
    expect(children).toEqual(order);
    expect(all['xl/worksheets/sheet1.xml']).toContain('<oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;13&amp;P</oddHeader>');
    expect(all['xl/charts/chart1.xml']).toContain(`<c:f>'Phụ lục'!$B$3:$B$4</c:f>`);
    expect(all['xl/charts/chart1.xml']).toContain('<c:barDir val="bar"/>');
    expect(all['docProps/app.xml']).toContain('<Application>egov-scorecard</Application>');
    expect(all['xl/styles.xml']).toContain('<name val="Times New Roman"/>');
    expect(all['xl/styles.xml']).toContain('<numFmt numFmtId="164" formatCode="0.0"/>');
    expect(all['xl/styles.xml']).toContain('<protection locked="0"/>');
  });

  it('refuses plans Excel could not open', () => {
    const one = (name: string): WorkbookPlan => ({ styles: {}, sheets: [{ name, columns: [], cells: [], merges: [], validations: [], protect: false }] });
    expect(thrownText(() => writeWorkbook(one('a/b')))).toMatchObject({ code: 'writer.badSheetName', en: expect.stringContaining('sheet name “a/b” is not valid in Excel') });
    expect(thrownText(() => writeWorkbook(one('x'.repeat(32)))).code).toBe('writer.badSheetName');
    const dup = one('A');
    dup.sheets.push({ ...dup.sheets[0], name: 'a' });
    expect(thrownText(() => writeWorkbook(dup))).toMatchObject({ code: 'writer.duplicateSheetName', vi: 'tên trang tính “a” bị trùng' });
    const bad = one('A');
    bad.sheets[0].cells.push({ row: 0, col: 0, value: 1, style: 'nope' });
    expect(thrownText(() => writeWorkbook(bad))).toMatchObject({ code: 'writer.unknownStyle', en: 'style “nope” is not in the workbook’s plan' });
  });
});

describe('another reader (ExcelJS) accepts the written file', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(writeWorkbook(samplePlan())) as unknown as ArrayBuffer);
  });

  it('sees values, text and formulas', () => {
    const ws = wb.getWorksheet('Phụ lục');
    expect(ws?.getCell('B3').value).toBe('=1+1');
    expect(ws?.getCell('B4').value).toBe('+84 912 345 678');
    expect(ws?.getCell('C3').value).toBe(7.5);
    expect(ws?.getCell('A7').value).toBe(true);
    expect(ws?.getCell('C5').formula).toBe('SUM(C3:C4)');
    expect(ws?.getCell('C6').formula).toBe('_xlfn.RANK.EQ(C3,C3:C4)');
    expect(ws?.getCell('C3').numFmt).toBe('0.00');
    expect(ws?.getCell('A2').font?.name).toBe('Times New Roman');
    expect(ws?.getCell('A2').font?.bold).toBe(true);
    expect(ws?.getCell('C3').protection?.locked).toBe(false);
  });

  it('sees merges, validations, protection, print setup and the hidden sheet', () => {
    const ws = wb.getWorksheet('Phụ lục');
    expect(ws?.getCell('B1').isMerged).toBe(true);
    expect((ws?.model as { merges: string[] }).merges).toEqual(['A1:C1']);
    expect(ws?.getCell('D3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'], showErrorMessage: true, error: 'Chọn Có hoặc Không' });
    expect(ws?.getCell('C4').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 10] });
    expect((ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws?.pageSetup.printArea).toBe('A1:C9');
    expect(ws?.pageSetup.printTitlesRow).toBe('2:2');
    expect(ws?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws?.getColumn(4).hidden).toBe(true);
    expect(ws?.getRow(1).height).toBe(30);
    expect(wb.getWorksheet("Dữ liệu ẩn's")?.state).toBe('hidden');
  });
});
