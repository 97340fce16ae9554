import { calc } from './calc';

describe('arithmetic and text conversion', () => {
  it('treats blank as 0 and numeric text as a number', () => {
    expect(calc('A1+1')).toBe(1);
    expect(calc('"3"+1')).toBe(4);
    expect(calc('" 2.5 "*2')).toBe(5);
    expect(calc('"50%"*2')).toBe(1);
    expect(calc('TRUE+1')).toBe(2);
  });

  it('gives #VALUE! for text that is not a number, including ""', () => {
    expect(calc('"abc"+1')).toEqual({ error: '#VALUE!' });
    expect(calc('""+1')).toEqual({ error: '#VALUE!' });
    expect(calc('-"x"')).toEqual({ error: '#VALUE!' });
  });

  it('gives #DIV/0! and #NUM! where Excel does', () => {
    expect(calc('1/0')).toEqual({ error: '#DIV/0!' });
    expect(calc('1/A1')).toEqual({ error: '#DIV/0!' });
    expect(calc('0^0')).toEqual({ error: '#NUM!' });
    expect(calc('(-8)^0.5')).toEqual({ error: '#NUM!' });
    expect(calc('10^400')).toEqual({ error: '#NUM!' });
  });

  it('propagates the left-most error', () => {
    expect(calc('#N/A+1/0')).toEqual({ error: '#N/A' });
    expect(calc('1/0&#N/A')).toEqual({ error: '#DIV/0!' });
    expect(calc('A1=1', { A1: { formula: '1/0' } })).toEqual({ error: '#DIV/0!' });
  });

  it('renders numbers in text with up to 15 significant digits', () => {
    expect(calc('""&(0.1+0.2)')).toBe('0.3');
    expect(calc('""&1/3')).toBe('0.333333333333333');
    expect(calc('"x"&TRUE')).toBe('xTRUE');
    expect(calc('"x"&A1')).toBe('x');
  });

  it('shows a reference to a blank cell as 0', () => {
    expect(calc('A1')).toBe(0);
    expect(calc('A1', { A1: '' })).toBe('');
  });
});

describe('comparisons', () => {
  it('ignores case in text but not accents', () => {
    expect(calc('"Có"="có"')).toBe(true);
    expect(calc('"CÓ"="có"')).toBe(true);
    expect(calc('"co"="có"')).toBe(false);
    expect(calc('"Không"<>"không"')).toBe(false);
    expect(calc('"a"<"B"')).toBe(true);
  });

  it('treats composed and decomposed Vietnamese letters as the same text', () => {
    expect(calc('A1="có"', { A1: 'Co\u0301' })).toBe(true);
    expect(calc('COUNTIF(A1:A2,"CÓ")', { A1: 'Co\u0301', A2: 'có' })).toBe(2);
  });

  it('orders numbers before text before booleans, and = is FALSE across types', () => {
    expect(calc('1="1"')).toBe(false);
    expect(calc('1<"1"')).toBe(true);
    expect(calc('"z"<TRUE')).toBe(true);
    expect(calc('99999>"a"')).toBe(false);
    expect(calc('TRUE=1')).toBe(false);
  });

  it('compares blank as 0, "" or FALSE, whichever the other side is', () => {
    expect(calc('A1=0')).toBe(true);
    expect(calc('A1=""')).toBe(true);
    expect(calc('A1=FALSE')).toBe(true);
    expect(calc('A1<1')).toBe(true);
    expect(calc('A1=A2')).toBe(true);
  });
});

describe('element-wise arrays', () => {
  it('applies operators across ranges and arrays, broadcasting single values', () => {
    expect(calc('SUM({1,2,3}*2)')).toBe(12);
    expect(calc('SUM({1,2,3}*{4,5,6})')).toBe(32);
    expect(calc('SUM((A1:A3>1)*B1:B3)', { A1: 1, A2: 2, A3: 3, B1: 10, B2: 20, B3: 30 })).toBe(50);
  });

  it('broadcasts a row against a column', () => {
    expect(calc('SUM({1,2}*{10;100})')).toBe(330);
  });

  it('fills positions outside both shapes with #N/A', () => {
    expect(calc('IFERROR(SUM({1,2,3}+{1,2}),"na")')).toBe('na');
  });

  it('shows the top-left element when a cell formula gives an array', () => {
    expect(calc('{7,8,9}')).toBe(7);
    expect(calc('B1:B3*2', { B1: 4, B2: 5 })).toBe(8);
  });
});
