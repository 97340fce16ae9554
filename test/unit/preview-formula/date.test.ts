import { calc } from './calc';

describe('date functions', () => {
  it('DAY, MONTH and YEAR read serial day numbers as Excel does', () => {
    // 43371 = 28/09/2018; 43470 = 05/01/2019; 1 = 01/01/1900; 61 = 01/03/1900 (after the phantom 29/02/1900)
    expect([calc('DAY(43371)'), calc('MONTH(43371)'), calc('YEAR(43371)')]).toEqual([28, 9, 2018]);
    expect([calc('DAY(A1)', { A1: 43470 }), calc('MONTH(A1)', { A1: 43470 }), calc('YEAR(A1)', { A1: 43470 })]).toEqual([5, 1, 2019]);
    expect([calc('DAY(1)'), calc('MONTH(1)'), calc('YEAR(1)')]).toEqual([1, 1, 1900]);
    expect([calc('DAY(60)'), calc('MONTH(60)')]).toEqual([29, 2]);
    expect([calc('DAY(61)'), calc('MONTH(61)')]).toEqual([1, 3]);
    expect(calc('DAY(43371.75)')).toBe(28);
  });

  it('refuses what is not a date', () => {
    expect(calc('DAY(-1)')).toEqual({ error: '#NUM!' });
    expect(calc('YEAR("Có")')).toEqual({ error: '#VALUE!' });
  });
});
