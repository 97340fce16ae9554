import { calc } from './calc';

const scores = { A1: 10, A2: 8, A3: 8, A4: 5, A5: 'Không', A6: true };

describe('SUM, AVERAGE, MIN, MAX, COUNT, COUNTA', () => {
  it('take only numbers from ranges', () => {
    expect(calc('SUM(A1:A7)', scores)).toBe(31);
    expect(calc('AVERAGE(A1:A7)', scores)).toBe(7.75);
    expect(calc('COUNT(A1:A7)', scores)).toBe(4);
    expect(calc('COUNTA(A1:A7)', scores)).toBe(6);
    expect(calc('SUM(A1)', { A1: '3' })).toBe(0);
  });

  it('count booleans and numeric text typed as arguments', () => {
    expect(calc('SUM(TRUE,"2",3)')).toBe(6);
    expect(calc('SUM("x")')).toEqual({ error: '#VALUE!' });
    expect(calc('COUNT(1,"2","x",TRUE)')).toBe(3);
    expect(calc('COUNTA(1,"",FALSE)')).toBe(3);
  });

  it('MIN and MAX skip blanks in references and give 0 when there are no numbers', () => {
    expect(calc('MIN(A1:A3)', { A2: 4, A3: 7 })).toBe(4);
    expect(calc('MAX(A1:A3)', { A2: -4, A3: -7 })).toBe(-4);
    expect(calc('MIN(A1,A2,A3)', { A2: 4, A3: 7 })).toBe(4);
    expect(calc('MAX(A1:A3)')).toBe(0);
    expect(calc('MAX(A1,2)', { A1: 'x' })).toBe(2);
  });

  it('propagate errors from ranges and give #DIV/0! for an empty AVERAGE', () => {
    expect(calc('SUM(A1:A2)', { A1: 1, A2: { formula: '1/0' } })).toEqual({ error: '#DIV/0!' });
    expect(calc('AVERAGE(A1:A3)')).toEqual({ error: '#DIV/0!' });
  });

  it('read ranges in other sheets', () => {
    expect(calc("SUM(Sheet1!A1:A2,'Sheet1'!A3)", { A1: 1, A2: 2, A3: 3 })).toBe(6);
    expect(calc('SUM(Nowhere!A1:A2)')).toEqual({ error: '#REF!' });
  });
});

describe('RANK.EQ and RANK', () => {
  it('ranks descending by default with shared ties (1,2,2,4)', () => {
    const ranks = ['A1', 'A2', 'A3', 'A4'].map((cell) => calc(`_xlfn.RANK.EQ(${cell},$A$1:$A$6)`, scores));
    expect(ranks).toEqual([1, 2, 2, 4]);
  });

  it('ranks ascending with order 1', () => {
    const ranks = ['A1', 'A2', 'A3', 'A4'].map((cell) => calc(`RANK(${cell},$A$1:$A$4,1)`, scores));
    expect(ranks).toEqual([4, 2, 2, 1]);
  });

  it('gives #N/A for a number not in the list', () => {
    expect(calc('RANK.EQ(7,A1:A4)', scores)).toEqual({ error: '#N/A' });
    expect(calc('RANK.EQ(A5,A1:A4)', scores)).toEqual({ error: '#VALUE!' });
  });
});

describe('LARGE and SMALL', () => {
  it('pick the k-th number', () => {
    expect(calc('LARGE(A1:A6,1)', scores)).toBe(10);
    expect(calc('LARGE(A1:A6,3)', scores)).toBe(8);
    expect(calc('SMALL(A1:A6,1)', scores)).toBe(5);
    expect(calc('SMALL({3,1,2},2)')).toBe(2);
  });

  it('give #NUM! when k is out of range', () => {
    expect(calc('LARGE(A1:A6,5)', scores)).toEqual({ error: '#NUM!' });
    expect(calc('SMALL(A1:A6,0)', scores)).toEqual({ error: '#NUM!' });
  });
});

describe('SUMPRODUCT', () => {
  const cells = { A1: 1, A2: 5, A3: 4, A4: 2, A5: 6, B1: 10, B2: 20, B3: 30, B4: 40, B5: 'x' };

  it('sums element-wise products, non-numbers counting 0', () => {
    expect(calc('SUMPRODUCT(A1:A5,B1:B5)', cells)).toBe(10 + 100 + 120 + 80);
    expect(calc('SUMPRODUCT({1,2},{TRUE,3})')).toBe(6);
  });

  it('sums the values that meet a condition', () => {
    expect(calc('SUMPRODUCT((A1:A5>3)*(B1:B5))', cells)).toEqual({ error: '#VALUE!' });
    expect(calc('SUMPRODUCT((A1:A4>3)*(B1:B4))', cells)).toBe(50);
    expect(calc('SUMPRODUCT(--(A1:A5>3))', cells)).toBe(3);
    expect(calc('SUMPRODUCT((A1:A5>3)*1,B1:B5)', cells)).toBe(50);
  });

  it('needs arrays of the same shape', () => {
    expect(calc('SUMPRODUCT(A1:A5,B1:B4)', cells)).toEqual({ error: '#VALUE!' });
  });
});
