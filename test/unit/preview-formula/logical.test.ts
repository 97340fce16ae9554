import { calc } from './calc';

describe('IF', () => {
  it('evaluates only the branch it takes', () => {
    expect(calc('IF(TRUE,1,1/0)')).toBe(1);
    expect(calc('IF(A1>0,1/A1,"none")')).toBe('none');
  });

  it('gives FALSE without a false branch and 0 for an empty one', () => {
    expect(calc('IF(FALSE,1)')).toBe(false);
    expect(calc('IF(FALSE,1,)')).toBe(0);
    expect(calc('IF(1,,2)')).toBe(0);
  });

  it('takes numbers and "TRUE" text as conditions, other text is #VALUE!', () => {
    expect(calc('IF(2,"y","n")')).toBe('y');
    expect(calc('IF(0,"y","n")')).toBe('n');
    expect(calc('IF("true","y","n")')).toBe('y');
    expect(calc('IF("Có","y","n")')).toEqual({ error: '#VALUE!' });
    expect(calc('IF(1/0,"y","n")')).toEqual({ error: '#DIV/0!' });
  });

  it('works element-wise on an array condition', () => {
    expect(calc('SUM(IF({1,0,1},{10,20,30},5))')).toBe(45);
  });
});

describe('IFERROR and IFNA', () => {
  it('replaces errors (IFNA: only #N/A)', () => {
    expect(calc('IFERROR(1/0,"x")')).toBe('x');
    expect(calc('IFERROR(5,1/0)')).toBe(5);
    expect(calc('IFNA(#N/A,0)')).toBe(0);
    expect(calc('IFNA(1/0,0)')).toEqual({ error: '#DIV/0!' });
  });

  it('maps INDEX/MATCH misses to a default (blank, other-case text, a number)', () => {
    const formula = 'IFERROR(INDEX({1,2},MATCH(A1,{"a","b"},0)),0)';
    expect(calc(formula)).toBe(0);
    expect(calc(formula, { A1: 'B' })).toBe(2);
    expect(calc(formula, { A1: 5 })).toBe(0);
  });
});

describe('AND, OR, NOT', () => {
  it('combines conditions', () => {
    expect(calc('AND(TRUE,1,"true")')).toBe(true);
    expect(calc('AND(TRUE,0)')).toBe(false);
    expect(calc('OR(FALSE,0,1)')).toBe(true);
    expect(calc('NOT(A1)')).toBe(true);
  });

  it('ignores text and blanks inside ranges but not as direct arguments', () => {
    expect(calc('AND(A1:A3)', { A1: true, A2: 'x' })).toBe(true);
    expect(calc('AND(A1:A2)', { A1: 'x' })).toEqual({ error: '#VALUE!' });
    expect(calc('OR("x")')).toEqual({ error: '#VALUE!' });
    expect(calc('AND(1/0,TRUE)')).toEqual({ error: '#DIV/0!' });
  });
});

describe('N, NA and IS functions', () => {
  it('N turns text and blank into 0, booleans into 1/0', () => {
    expect(calc('N("Có")')).toBe(0);
    expect(calc('N(A1)')).toBe(0);
    expect(calc('N(TRUE)')).toBe(1);
    expect(calc('N(4.5)')).toBe(4.5);
    expect(calc('N(A1)', { A1: '7' })).toBe(0);
    expect(calc('N(1/0)')).toEqual({ error: '#DIV/0!' });
  });

  it('N of a range takes its first cell', () => {
    expect(calc('N(A1:A3)', { A1: 3, A2: 9 })).toBe(3);
  });

  it('NA gives #N/A', () => {
    expect(calc('NA()')).toEqual({ error: '#N/A' });
  });

  it('ISBLANK is only TRUE for an empty cell, not for ""', () => {
    expect(calc('ISBLANK(A1)')).toBe(true);
    expect(calc('ISBLANK(A1)', { A1: '' })).toBe(false);
    expect(calc('ISBLANK(A1)', { A1: { formula: '""' } })).toBe(false);
    expect(calc('ISBLANK(A1)', { A1: 0 })).toBe(false);
  });

  it('ISNUMBER, ISTEXT and ISERROR test the type', () => {
    expect(calc('ISNUMBER(A1)', { A1: 3 })).toBe(true);
    expect(calc('ISNUMBER(A1)', { A1: '3' })).toBe(false);
    expect(calc('ISTEXT(A1)', { A1: '3' })).toBe(true);
    expect(calc('ISTEXT(A1)')).toBe(false);
    expect(calc('ISERROR(1/0)')).toBe(true);
    expect(calc('ISERROR(#N/A)')).toBe(true);
    expect(calc('ISERROR(1)')).toBe(false);
  });

  it('IS functions work element-wise over ranges', () => {
    expect(calc('SUMPRODUCT(--ISNUMBER(A1:A4))', { A1: 1, A2: 'x', A4: 2 })).toBe(2);
  });
});

describe('unknown functions and names', () => {
  it('give #NAME?', () => {
    expect(calc('XLOOKUP(1,A1:A2,B1:B2)')).toEqual({ error: '#NAME?' });
    expect(calc('foo+1')).toEqual({ error: '#NAME?' });
  });
});
