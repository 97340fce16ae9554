import { addXlfnPrefixes, shiftFormula, stripXlfnPrefixes } from '../../../src/xlsx/formula';

describe('_xlfn. prefixes', () => {
  it('adds them to post-2007 functions only, outside string literals, idempotently', () => {
    expect(addXlfnPrefixes('RANK.EQ(A1,$A$1:$A$9)+rank.avg(A1,A:A)')).toBe('_xlfn.RANK.EQ(A1,$A$1:$A$9)+_xlfn.rank.avg(A1,A:A)');
    expect(addXlfnPrefixes('IFS(A1>1,"IFS(",TRUE,SUM(MAXIFS(B:B,C:C,"x")))')).toBe('_xlfn.IFS(A1>1,"IFS(",TRUE,SUM(_xlfn.MAXIFS(B:B,C:C,"x")))');
    expect(addXlfnPrefixes('STDEV.S(A1:A3)+STDEV(A1:A3)+CONCAT(A1)&CONCATENATE(A1)')).toBe('_xlfn.STDEV.S(A1:A3)+STDEV(A1:A3)+_xlfn.CONCAT(A1)&CONCATENATE(A1)');
    expect(addXlfnPrefixes('FILTER(A:A,B:B)')).toBe('_xlfn._xlws.FILTER(A:A,B:B)');
    expect(addXlfnPrefixes("'IFS(x'!A1+SWITCH(1,1,2)")).toBe("'IFS(x'!A1+_xlfn.SWITCH(1,1,2)");
    const once = addXlfnPrefixes('XOR(TRUE)+TEXTJOIN(",",1,IFNA(A1,""))');
    expect(addXlfnPrefixes(once)).toBe(once);
    expect(stripXlfnPrefixes(once)).toBe('XOR(TRUE)+TEXTJOIN(",",1,IFNA(A1,""))');
  });

  it('strips _xlfn. and _xlws. but not inside strings', () => {
    expect(stripXlfnPrefixes('_xlfn._xlws.SORT(A1:A3)&"_xlfn.X"')).toBe('SORT(A1:A3)&"_xlfn.X"');
  });
});

describe('shiftFormula', () => {
  it('moves relative parts of references, keeps absolute ones', () => {
    expect(shiftFormula('A1+$A1+A$1+$A$1', 2, 1)).toBe('B3+$A3+B$1+$A$1');
    expect(shiftFormula('SUM(A:A,$B:C,1:2,$3:4)', 1, 1)).toBe('SUM(B:B,$B:D,2:3,$3:5)');
    expect(shiftFormula('Z1+AZ10', 0, 1)).toBe('AA1+BA10');
  });
  it('turns references moved off the sheet into #REF!', () => {
    expect(shiftFormula('A1+B2', -1, 0)).toBe('#REF!+B1');
  });
  it('leaves strings, quoted sheet names, names with digits and numbers alone', () => {
    expect(shiftFormula(`"A1"&'B1 x'!B1&LOG10(A1)&1E5&Sheet1!A1&T1.5`, 1, 0)).toBe(`"A1"&'B1 x'!B2&LOG10(A2)&1E5&Sheet1!A2&T1.5`);
  });
});
