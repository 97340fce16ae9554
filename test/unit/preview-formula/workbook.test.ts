import fc from 'fast-check';
import { FormulaParseError, FormulaWorkbook, columnLetters } from '../../../src/preview/formula';
import { msg } from '../../../src/messages';

const SUMMARY = 'Tổng hợp';

function book(): FormulaWorkbook {
  const wb = new FormulaWorkbook();
  wb.addSheet('Phụ lục');
  wb.addSheet(SUMMARY);
  return wb;
}

describe('FormulaWorkbook cells', () => {
  it('stores constants, keeps text that looks like a formula as text, and clears with null', () => {
    const wb = book();
    wb.setCell('Phụ lục', 0, 0, { value: '=1+1' });
    wb.setCell('Phụ lục', 0, 1, { value: 3 });
    expect(wb.getValue('Phụ lục', 0, 0)).toBe('=1+1');
    expect(wb.getFormula('Phụ lục', 0, 0)).toBeUndefined();
    wb.setCell('Phụ lục', 0, 1, { value: null });
    expect(wb.getValue('Phụ lục', 0, 1)).toBeNull();
  });

  it('keeps formula text without "=" and recalculates on read after a change', () => {
    const wb = book();
    wb.setCell('Phụ lục', 0, 0, { value: 2 });
    wb.setCell('Phụ lục', 0, 1, { formula: '=A1*10' });
    expect(wb.getFormula('Phụ lục', 0, 1)).toBe('A1*10');
    expect(wb.getValue('Phụ lục', 0, 1)).toBe(20);
    wb.setCell('Phụ lục', 0, 0, { value: 3 });
    expect(wb.getValue('Phụ lục', 0, 1)).toBe(30);
  });

  it('calculates chains in dependency order whatever the order they were written in', () => {
    const wb = book();
    wb.setCell(SUMMARY, 0, 0, { formula: "'Phụ lục'!B1+1" });
    wb.setCell('Phụ lục', 0, 1, { formula: 'C1*2' });
    wb.setCell('Phụ lục', 0, 2, { formula: 'D1+D2' });
    wb.setCell('Phụ lục', 0, 3, { value: 4 });
    wb.setCell('Phụ lục', 1, 3, { value: 1 });
    wb.setCell('Phụ lục', 1, 0, { formula: "'Tổng hợp'!A1*2" });
    wb.recalc();
    expect(wb.getValue(SUMMARY, 0, 0)).toBe(11);
    expect(wb.getValue('Phụ lục', 1, 0)).toBe(22);
  });

  it('refuses a bad formula with its position, leaving the cell as it was', () => {
    const wb = book();
    wb.setCell('Phụ lục', 0, 0, { value: 1 });
    expect(() => wb.setCell('Phụ lục', 0, 0, { formula: 'SUM(1,' })).toThrow(FormulaParseError);
    expect(() => wb.setCell('Phụ lục', 0, 0, { formula: 'ROUND(1)' })).toThrow(expect.objectContaining({ localized: msg('formula.syntax', { at: 1, detail: msg('formula.arity', { name: 'ROUND', count: 2, given: 1 }) }) }));
    expect(wb.getValue('Phụ lục', 0, 0)).toBe(1);
  });

  it('treats sheet names without regard to case, and creates a sheet on first write', () => {
    const wb = book();
    wb.setCell('PHỤ LỤC', 0, 0, { value: 5 });
    wb.setCell(SUMMARY, 0, 0, { formula: "'phụ lục'!A1+TỔNG_X!A1" });
    wb.setCell('Tổng_x', 0, 0, { value: 1 });
    expect(wb.getValue('phụ lục', 0, 0)).toBe(5);
    expect(wb.getValue(SUMMARY, 0, 0)).toBe(6);
    expect(wb.sheets()).toEqual(['Phụ lục', SUMMARY, 'Tổng_x']);
    expect(() => wb.addSheet('tổng hợp')).toThrow(expect.objectContaining({ localized: msg('formula.sheetExists', { sheet: 'tổng hợp' }) }));
  });

  it('rejects sheet names Excel rejects', () => {
    const wb = book();
    expect(() => wb.addSheet('a/b')).toThrow(expect.objectContaining({ localized: msg('formula.badSheetName', { sheet: 'a/b' }) }));
    expect(() => wb.addSheet('x'.repeat(32))).toThrow(expect.objectContaining({ code: 'formula.badSheetName' }));
  });

  it('reports the used range', () => {
    const wb = book();
    wb.setCell('Phụ lục', 4, 2, { value: 1 });
    wb.setCell('Phụ lục', 1, 6, { formula: '1' });
    expect(wb.usedRange('Phụ lục')).toEqual({ rowCount: 5, colCount: 7 });
    expect(wb.usedRange(SUMMARY)).toEqual({ rowCount: 0, colCount: 0 });
  });
});

describe('circular references', () => {
  it('marks every cell of the cycle with #REF! and lists them; dependents see the error', () => {
    const wb = book();
    wb.setCell('Phụ lục', 0, 0, { formula: 'B1+1' });
    wb.setCell('Phụ lục', 0, 1, { formula: 'C1+1' });
    wb.setCell('Phụ lục', 0, 2, { formula: 'A1+1' });
    wb.setCell('Phụ lục', 0, 3, { formula: 'IFERROR(A1,"vòng")' });
    wb.setCell('Phụ lục', 0, 4, { formula: 'E1' });
    wb.recalc();
    for (const col of [0, 1, 2]) expect(wb.getValue('Phụ lục', 0, col)).toEqual({ error: '#REF!' });
    expect(wb.getValue('Phụ lục', 0, 3)).toBe('vòng');
    expect(wb.getValue('Phụ lục', 0, 4)).toEqual({ error: '#REF!' });
    expect(wb.circularCells()).toHaveLength(4);
  });

  it('detects a range that includes its own cell and clears when fixed', () => {
    const wb = book();
    wb.setCell('Phụ lục', 0, 0, { value: 1 });
    wb.setCell('Phụ lục', 2, 0, { formula: 'SUM(A1:A3)' });
    expect(wb.getValue('Phụ lục', 2, 0)).toEqual({ error: '#REF!' });
    wb.setCell('Phụ lục', 2, 0, { formula: 'SUM(A1:A2)' });
    expect(wb.getValue('Phụ lục', 2, 0)).toBe(1);
    expect(wb.circularCells()).toEqual([]);
  });

  it('does not confuse a shared range read by many formulas with a cycle', () => {
    const wb = book();
    for (let r = 0; r < 5; r += 1) {
      wb.setCell('Phụ lục', r, 0, { formula: `${r + 1}*2` });
      wb.setCell('Phụ lục', r, 1, { formula: `RANK.EQ(A${r + 1},$A$1:$A$5)` });
    }
    expect([0, 1, 2, 3, 4].map((r) => wb.getValue('Phụ lục', r, 1))).toEqual([5, 4, 3, 2, 1]);
    expect(wb.circularCells()).toEqual([]);
  });
});

describe('insertRows and deleteRows', () => {
  function sample(): FormulaWorkbook {
    const wb = book();
    for (let r = 0; r < 5; r += 1) wb.setCell('Phụ lục', r, 0, { value: r + 1 });
    wb.setCell('Phụ lục', 0, 1, { formula: 'SUM(A1:A5)' });
    wb.setCell('Phụ lục', 4, 1, { formula: 'A5*$A$4+A$2' });
    wb.setCell(SUMMARY, 0, 0, { formula: "'Phụ lục'!$A$5+'Phụ lục'!A1+A3" });
    wb.setCell(SUMMARY, 2, 0, { value: 100 });
    return wb;
  }

  it('moves cells down and shifts relative and absolute references at or below the insertion', () => {
    const wb = sample();
    wb.insertRows('Phụ lục', 2, 3);
    expect(wb.getFormula('Phụ lục', 0, 1)).toBe('SUM(A1:A8)');
    expect(wb.getFormula('Phụ lục', 7, 1)).toBe('A8*$A$7+A$2');
    expect(wb.getFormula('Phụ lục', 4, 1)).toBeUndefined();
    expect(wb.getValue('Phụ lục', 7, 0)).toBe(5);
    expect(wb.getValue('Phụ lục', 0, 1)).toBe(15);
    expect(wb.getValue('Phụ lục', 7, 1)).toBe(22);
  });

  it('adjusts references from other sheets to the changed sheet only', () => {
    const wb = sample();
    wb.insertRows('Phụ lục', 2, 3);
    expect(wb.getFormula(SUMMARY, 0, 0)).toBe("'Phụ lục'!$A$8+'Phụ lục'!A1+A3");
    expect(wb.getValue(SUMMARY, 0, 0)).toBe(106);
  });

  it('does not grow a range when rows go in just below it', () => {
    const wb = sample();
    wb.insertRows('Phụ lục', 5, 2);
    expect(wb.getFormula('Phụ lục', 0, 1)).toBe('SUM(A1:A5)');
  });

  it('shrinks ranges and turns references to deleted cells into #REF!', () => {
    const wb = sample();
    wb.deleteRows('Phụ lục', 3, 1);
    expect(wb.getFormula('Phụ lục', 0, 1)).toBe('SUM(A1:A4)');
    expect(wb.getValue('Phụ lục', 0, 1)).toBe(11);
    expect(wb.getFormula('Phụ lục', 3, 1)).toBe('A4*#REF!+A$2');
    expect(wb.getValue('Phụ lục', 3, 1)).toEqual({ error: '#REF!' });
    expect(wb.getFormula(SUMMARY, 0, 0)).toBe("'Phụ lục'!$A$4+'Phụ lục'!A1+A3");
  });
});

describe('insertRows then deleteRows of the same rows', () => {
  const cellRef = fc
    .record({ col: fc.integer({ min: 0, max: 30 }), row: fc.integer({ min: 0, max: 60 }), colAbs: fc.boolean(), rowAbs: fc.boolean() })
    .map(({ col, row, colAbs, rowAbs }) => `${colAbs ? '$' : ''}${columnLetters(col)}${rowAbs ? '$' : ''}${row + 1}`);
  const reference = fc.oneof(
    cellRef,
    fc.tuple(cellRef, cellRef).map(([a, b]) => `${a}:${b}`),
    cellRef.map((a) => `'${SUMMARY}'!${a}`),
  );

  it('gives back every formula exactly as it was', () => {
    fc.assert(
      fc.property(
        fc.array(reference, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 1, max: 5 }),
        (refs, at, count) => {
          const wb = book();
          const formula = `SUM(${refs.join(',')})`;
          wb.setCell(SUMMARY, 200, 0, { formula });
          wb.setCell('Phụ lục', 200, 0, { formula });
          wb.insertRows(SUMMARY, at, count);
          wb.deleteRows(SUMMARY, at, count);
          expect(wb.getFormula(SUMMARY, 200, 0)).toBe(formula);
          expect(wb.getFormula('Phụ lục', 200, 0)).toBe(formula);
        },
      ),
    );
  });
});

describe('renameSheet and deleteSheet', () => {
  it('rewrites references to a renamed sheet, quoting names that need it', () => {
    const wb = book();
    wb.setCell('Phụ lục', 0, 0, { value: 7 });
    wb.setCell(SUMMARY, 0, 0, { formula: "'Phụ lục'!A1*2" });
    wb.renameSheet('phụ lục', 'Đơn vị 1');
    expect(wb.getFormula(SUMMARY, 0, 0)).toBe("'Đơn vị 1'!A1*2");
    expect(wb.getValue(SUMMARY, 0, 0)).toBe(14);
    wb.renameSheet('Đơn vị 1', "Bộ's");
    expect(wb.getFormula(SUMMARY, 0, 0)).toBe("'Bộ''s'!A1*2");
    wb.renameSheet("Bộ's", 'DonVi');
    expect(wb.getFormula(SUMMARY, 0, 0)).toBe('DonVi!A1*2');
    expect(wb.sheets()).toEqual(['DonVi', SUMMARY]);
  });

  it('turns references to a deleted sheet into #REF!', () => {
    const wb = book();
    wb.setCell('Phụ lục', 0, 0, { value: 7 });
    wb.setCell(SUMMARY, 0, 0, { formula: "IFERROR('Phụ lục'!A1,-1)" });
    expect(wb.getValue(SUMMARY, 0, 0)).toBe(7);
    wb.deleteSheet('Phụ lục');
    expect(wb.getFormula(SUMMARY, 0, 0)).toBe('IFERROR(#REF!,-1)');
    expect(wb.getValue(SUMMARY, 0, 0)).toBe(-1);
    expect(wb.sheets()).toEqual([SUMMARY]);
    expect(() => wb.getValue('Phụ lục', 0, 0)).toThrow(expect.objectContaining({ localized: msg('formula.noSheet', { sheet: 'Phụ lục' }) }));
  });
});

function calcCount(wb: FormulaWorkbook, rows: number, text: string): number {
  let count = 0;
  for (let r = 0; r < rows; r += 1) if (wb.getValue('Dữ liệu', r, 4) === text) count += 1;
  return count;
}

describe('recalculation size', () => {
  it('recalculates 5,000 formula cells (chains, sums and ranks) in one pass', () => {
    const wb = new FormulaWorkbook();
    wb.addSheet('Dữ liệu');
    const rows = 1000;
    for (let r = 0; r < rows; r += 1) {
      const n = r + 1;
      wb.setCell('Dữ liệu', r, 0, { value: (r * 37) % 101 });
      wb.setCell('Dữ liệu', r, 1, { formula: `ROUND(A${n}*0.5,2)` });
      wb.setCell('Dữ liệu', r, 2, { formula: r === 0 ? 'B1' : `C${r}+B${n}` });
      wb.setCell('Dữ liệu', r, 3, { formula: `RANK.EQ(B${n},$B$1:$B$${rows})` });
      wb.setCell('Dữ liệu', r, 4, { formula: `IF(B${n}>=25,"Đạt","Chưa đạt")` });
      wb.setCell('Dữ liệu', r, 5, { formula: `COUNTIF($E$1:$E$${rows},E${n})` });
    }
    const started = Date.now();
    wb.recalc();
    const elapsed = Date.now() - started;
    const expectedTotal = Array.from({ length: rows }, (_, r) => ((r * 37) % 101) * 0.5).reduce((a, b) => a + b, 0);
    expect(wb.getValue('Dữ liệu', rows - 1, 2)).toBeCloseTo(expectedTotal, 6);
    expect(wb.getValue('Dữ liệu', 0, 3)).toBe(991);
    expect(wb.circularCells()).toEqual([]);
    console.info(`5,000 formula cells recalculated in ${elapsed} ms`);

    wb.setCell('Dữ liệu', 0, 0, { value: 1000 });
    expect(wb.getValue('Dữ liệu', 0, 3)).toBe(1);
    expect(wb.getValue('Dữ liệu', 0, 4)).toBe('Đạt');
    expect(wb.getValue('Dữ liệu', 0, 5)).toBe(calcCount(wb, rows, 'Đạt'));
  });
});
