import { readSheetNames, readWorkbook } from '../../../src/xlsx';
import { handmadeXlsx, sheetXml } from './handmade';

describe('readWorkbook on sheets written by other tools', () => {
  it('expands shared formulas by shifting relative references only', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>10</v></c><c r="C1"><f t="shared" ref="C1:D3" si="0">A1*$B$1+B$1+SUM($A1:A$3)</f><v>12</v></c>' +
        '<c r="D1"><f t="shared" si="0"/><v>0</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c><c r="C2"><f t="shared" si="0"/><v>0</v></c></row>' +
        '<row r="3"><c r="C3"><f t="shared" si="0"/></c><c r="D3"><f t="shared" si="0"/></c></row>',
    );
    const s = readWorkbook(handmadeXlsx(xml)).sheets[0];
    expect(s.formula(0, 2)).toBe('A1*$B$1+B$1+SUM($A1:A$3)');
    expect(s.formula(0, 3)).toBe('B1*$B$1+C$1+SUM($A1:B$3)');
    expect(s.formula(1, 2)).toBe('A2*$B$1+B$1+SUM($A2:A$3)');
    expect(s.formula(2, 3)).toBe('B3*$B$1+C$1+SUM($A3:B$3)');
    expect(s.value(0, 2)).toBe(12);
    expect(s.rowCount).toBe(3);
    expect(s.colCount).toBe(4);
  });

  it('does not shift function names, sheet names, strings or whole-column ranges wrongly', () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="3">_xlfn.RANK.EQ(B1,Sheet2!B:B)+LOG10(C1)+LEN("A1")+'Q1 data'!A1</f></c></row>` +
        '<row r="2"><c r="A2"><f t="shared" si="3"/></c></row>',
    );
    const s = readWorkbook(handmadeXlsx(xml)).sheets[0];
    expect(s.formula(0, 0)).toBe(`RANK.EQ(B1,Sheet2!B:B)+LOG10(C1)+LEN("A1")+'Q1 data'!A1`);
    expect(s.formula(1, 0)).toBe(`RANK.EQ(B2,Sheet2!B:B)+LOG10(C2)+LEN("A1")+'Q1 data'!A2`);
  });

  it('reads every cell type: shared, inline and rich strings, booleans, errors, cached formula results', () => {
    const sst =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><t>Sở Nội vụ</t></si><si><r><t>Đạt </t></r><r><rPr><b/></rPr><t>chuẩn</t></r><rPh><t>PHONETIC</t></rPh></si><si><t>dòng 1_x000D_&#10;dòng 2</t></si></sst>';
    const xml = sheetXml(
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve"> =SUM(A1) </t></is></c><c r="B3" t="b"><v>1</v></c>' +
        '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" t="str"><f>_xlfn.IFS(TRUE,"x")</f><v>x</v></c>' +
        '<c r="E3" t="b"><f>1&gt;2</f><v>0</v></c><c r="F3"><v>-1.5E-3</v></c><c r="G3" s="1"/></row>',
    );
    const s = readWorkbook(handmadeXlsx(xml, { 'xl/sharedStrings.xml': sst })).sheets[0];
    expect(s.value(1, 0)).toBe('Sở Nội vụ');
    expect(s.value(1, 1)).toBe('Đạt chuẩn');
    expect(s.value(1, 2)).toBe('dòng 1\r\ndòng 2');
    expect(s.value(2, 0)).toBe(' =SUM(A1) ');
    expect(s.formula(2, 0)).toBeUndefined();
    expect(s.value(2, 1)).toBe(true);
    expect(s.value(2, 2)).toBeNull();
    expect(s.error(2, 2)).toBe('#DIV/0!');
    expect(s.formula(2, 2)).toBe('1/0');
    expect(s.value(2, 3)).toBe('x');
    expect(s.formula(2, 3)).toBe('IFS(TRUE,"x")');
    expect(s.value(2, 4)).toBe(false);
    expect(s.value(2, 5)).toBe(-0.0015);
    expect(s.value(0, 0)).toBeNull();
    expect(s.error(0, 0)).toBeUndefined();
    expect(s.colCount).toBe(6); // the styled blank G3 holds nothing
  });

  it('reads a large sheet whose part is inflated in chunks', () => {
    let seed = 7;
    const rows: string[] = [];
    for (let r = 1; r <= 4000; r++) {
      let cells = '';
      for (let c = 0; c < 10; c++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        cells += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${seed}</v></c>`;
      }
      rows.push(`<row r="${r}">${cells}</row>`);
    }
    const bytes = handmadeXlsx(sheetXml(rows.join('')));
    expect(bytes.length).toBeGreaterThan(300 * 1024);
    const s = readWorkbook(bytes).sheets[0];
    expect([s.rowCount, s.colCount]).toEqual([4000, 10]);
    expect(s.value(3999, 9)).toBe(seed);
  });

  it('reads prefixed element names and cells without references', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const s = readWorkbook(handmadeXlsx(xml)).sheets[0];
    expect([s.value(0, 0), s.value(0, 1), s.value(1, 0)]).toEqual([1, 2, 'a']);
  });

  it('reads sheet names, order and visibility from the workbook part only', () => {
    const workbook =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      '<sheet name="Phụ lục" sheetId="3" r:id="rId1"/><sheet name="Ẩn" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Rất ẩn" sheetId="2" state="veryHidden" r:id="rId1"/></sheets></workbook>';
    const bytes = handmadeXlsx(sheetXml(''), { 'xl/workbook.xml': workbook });
    expect(readSheetNames(bytes)).toEqual(['Phụ lục', 'Ẩn', 'Rất ẩn']);
    const wb = readWorkbook(bytes);
    expect(wb.sheets.map((s) => [s.state, s.hidden])).toEqual([['visible', false], ['hidden', true], ['veryHidden', true]]);
    expect(wb.sheet('phụ lục')?.name).toBe('Phụ lục');
    expect(wb.sheet('Không có')).toBeUndefined();
  });
});
