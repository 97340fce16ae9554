import fc from 'fast-check';
import { a1, colLetter, parseA1, parseRangeA1, rangeA1 } from '../../../src/plan/address';

describe('A1 addresses', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(colLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(() => colLetter(16384)).toThrow();
  });
  it('formats cells and ranges', () => {
    expect(a1(0, 0)).toBe('A1');
    expect(a1(9, 2, true)).toBe('$C$10');
    expect(rangeA1({ row: 1, col: 0, rows: 3, cols: 2 })).toBe('A2:B4');
    expect(rangeA1({ row: 1, col: 0, rows: 1, cols: 1 }, true)).toBe('$A$2');
  });
  it('parses what it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
        expect(parseA1(a1(row, col))).toEqual({ row, col });
        expect(parseA1(a1(row, col, true))).toEqual({ row, col });
      }),
    );
    expect(parseRangeA1('C5:A2')).toEqual({ row: 1, col: 0, rows: 4, cols: 3 });
    expect(parseA1('A0')).toBeUndefined();
    expect(parseA1('XFE1')).toBeUndefined();
    expect(parseA1('Sheet1')).toBeUndefined();
  });
});
