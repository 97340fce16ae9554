import { calc } from './calc';

const cells = {
  A1: 'Có', A2: 'không', A3: 'có', A4: null, A5: 'Có ',
  B1: 10, B2: 8, B3: '8', B4: 5, B5: 2,
  C1: 'Sở', C2: 'Huyện', C3: 'Sở', C4: 'Sở', C5: 'Huyện',
  D1: 3,
};

describe('COUNTIF', () => {
  it('matches text without regard to case, with or without "="', () => {
    expect(calc('COUNTIF(A1:A5,"có")', cells)).toBe(2);
    expect(calc('COUNTIF(A1:A5,"=Có")', cells)).toBe(2);
    expect(calc('COUNTIF(A1:A5,"<>Có")', cells)).toBe(3);
  });

  it('compares numbers with a criterion built by &', () => {
    expect(calc('COUNTIF(B1:B5,">"&D1)', cells)).toBe(3);
    expect(calc('COUNTIF(B1:B5,">="&8)', cells)).toBe(2);
    expect(calc('COUNTIF(B1:B5,"<=5")', cells)).toBe(2);
  });

  it('matches a number criterion against numbers and numeric text', () => {
    expect(calc('COUNTIF(B1:B5,8)', cells)).toBe(2);
    expect(calc('COUNTIF(B1:B5,"8")', cells)).toBe(2);
  });

  it('counts blank cells with "" and non-blank with "<>"', () => {
    expect(calc('COUNTIF(A1:A5,"")', cells)).toBe(1);
    expect(calc('COUNTIF(A1:A5,"<>")', cells)).toBe(4);
  });

  it('honours wildcards', () => {
    expect(calc('COUNTIF(A1:A5,"c*")', cells)).toBe(3);
    expect(calc('COUNTIF(A1:A5,"?ó")', cells)).toBe(2);
    expect(calc('COUNTIF({"a*","ab"},"a~*")')).toBe(1);
  });

  it('matches booleans', () => {
    expect(calc('COUNTIF({TRUE,FALSE,TRUE},TRUE)')).toBe(2);
    expect(calc('COUNTIF({TRUE,FALSE,1},"FALSE")')).toBe(1);
  });
});

describe('COUNTIFS, SUMIF, SUMIFS, MAXIFS, MINIFS', () => {
  it('COUNTIFS needs every pair to match', () => {
    expect(calc('COUNTIFS(C1:C5,"Sở",B1:B5,">5")', cells)).toBe(1);
    expect(calc('COUNTIFS(C1:C5,"Sở",B1:B4,">5")', cells)).toEqual({ error: '#VALUE!' });
  });

  it('SUMIF sums the sum range (or the range itself), numbers only', () => {
    expect(calc('SUMIF(C1:C5,"Sở",B1:B5)', cells)).toBe(15);
    expect(calc('SUMIF(B1:B5,">4")', cells)).toBe(23);
    expect(calc('SUMIF(C1:C5,"Sở",B1)', cells)).toBe(15);
  });

  it('SUMIFS, MAXIFS and MINIFS aggregate the matching numbers', () => {
    expect(calc('SUMIFS(B1:B5,C1:C5,"Huyện")', cells)).toBe(10);
    expect(calc('SUMIFS(B1:B5,C1:C5,"Sở",A1:A5,"có")', cells)).toBe(10);
    expect(calc('_xlfn.MAXIFS(B1:B5,C1:C5,"Sở")', cells)).toBe(10);
    expect(calc('_xlfn.MINIFS(B1:B5,C1:C5,"Sở")', cells)).toBe(5);
    expect(calc('MAXIFS(B1:B5,C1:C5,"Tỉnh")', cells)).toBe(0);
  });
});
