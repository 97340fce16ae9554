import { calc } from './calc';

const table = {
  A1: 'Sở Y tế', B1: 90, C1: 'Tốt',
  A2: 'Sở Tài chính', B2: 75, C2: 'Khá',
  A3: 'UBND huyện Lâm Thao', B3: 60, C3: 'Trung bình',
  E1: 0, F1: 'Yếu', E2: 50, F2: 'Trung bình', E3: 70, F3: 'Khá', E4: 85, F4: 'Tốt',
};

describe('INDEX', () => {
  it('picks from one-dimensional ranges and arrays with one index', () => {
    expect(calc('INDEX(B1:B3,2)', table)).toBe(75);
    expect(calc('INDEX({10,20,30},3)')).toBe(30);
    expect(calc('INDEX({"a";"b"},2)')).toBe('b');
  });

  it('picks from two-dimensional ranges and arrays', () => {
    expect(calc('INDEX(A1:C3,3,3)', table)).toBe('Trung bình');
    expect(calc('INDEX({1,2;3,4},2,1)')).toBe(3);
  });

  it('selects a whole column or row with 0', () => {
    expect(calc('SUM(INDEX(A1:C3,0,2))', table)).toBe(225);
    expect(calc('SUM(INDEX({1,2;3,4},2,0))')).toBe(7);
  });

  it('gives #REF! outside the array and keeps references (ISBLANK works)', () => {
    expect(calc('INDEX(B1:B3,4)', table)).toEqual({ error: '#REF!' });
    expect(calc('ISBLANK(INDEX(A1:A9,5))', table)).toBe(true);
  });
});

describe('MATCH', () => {
  it('finds exact matches without regard to case, with wildcards', () => {
    expect(calc('MATCH("sở tài chính",A1:A3,0)', table)).toBe(2);
    expect(calc('MATCH("UBND*",A1:A3,0)', table)).toBe(3);
    expect(calc('MATCH(75,B1:B3,0)', table)).toBe(2);
    expect(calc('MATCH("75",B1:B3,0)', table)).toEqual({ error: '#N/A' });
  });

  it('finds the largest value not above the lookup in ascending data (type 1, default)', () => {
    expect(calc('MATCH(72,E1:E4)', table)).toBe(3);
    expect(calc('MATCH(85,E1:E4,1)', table)).toBe(4);
    expect(calc('MATCH(-1,E1:E4,1)', table)).toEqual({ error: '#N/A' });
  });

  it('finds the smallest value not below the lookup in descending data (type -1)', () => {
    expect(calc('MATCH(72,{90,80,70,60},-1)')).toBe(2);
    expect(calc('MATCH(80,{90,80,70,60},-1)')).toBe(2);
    expect(calc('MATCH(95,{90,80,70,60},-1)')).toEqual({ error: '#N/A' });
  });

  it('gives #N/A for a blank lookup value or a two-dimensional array', () => {
    expect(calc('MATCH(H1,A1:A3,0)', table)).toEqual({ error: '#N/A' });
    expect(calc('MATCH(1,{1,2;3,4},0)')).toEqual({ error: '#N/A' });
  });
});

describe('VLOOKUP', () => {
  it('looks up exactly', () => {
    expect(calc('VLOOKUP("sở y tế",A1:C3,3,FALSE)', table)).toBe('Tốt');
    expect(calc('VLOOKUP("Sở Nội vụ",A1:C3,2,0)', table)).toEqual({ error: '#N/A' });
  });

  it('looks up approximately in a sorted first column (grading bands)', () => {
    expect(calc('VLOOKUP(72,E1:F4,2)', table)).toBe('Khá');
    expect(calc('VLOOKUP(49.9,E1:F4,2,TRUE)', table)).toBe('Yếu');
    expect(calc('VLOOKUP(100,E1:F4,2)', table)).toBe('Tốt');
  });

  it('checks the column index', () => {
    expect(calc('VLOOKUP(72,E1:F4,3)', table)).toEqual({ error: '#REF!' });
    expect(calc('VLOOKUP(72,E1:F4,0)', table)).toEqual({ error: '#VALUE!' });
  });
});
