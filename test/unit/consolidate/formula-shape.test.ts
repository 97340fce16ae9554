import { formulaShape } from '../../../src/consolidate/formula-shape';

describe('the shape of a score formula', () => {
  const ours = 'ROUND(MIN(6,MAX(0,IF(N(E46)>=0.9,6,IF(N(E46)>=0.7,4,IF(N(E46)>=0.5,2,IF(N(E46)>=0.3,1,0)))))),1)';

  it('is the same when Gnumeric re-saves its numbers with 21 digits', () => {
    const gnumeric = 'ROUND(MIN(6,MAX(0,IF(N(E46)>=0.899999999999999999978,6,IF(N(E46)>=0.699999999999999999989,4,IF(N(E46)>=0.5,2,IF(N(E46)>=0.300000000000000000011,1,0)))))),1)';
    expect(formulaShape(gnumeric)).toBe(formulaShape(ours));
  });

  it('is the same after rows were inserted, in lower case and with spaces', () => {
    expect(formulaShape('round(min(6, max(0, if(n(e49)>=0.9,6,if(n(e49)>=0.7,4,if(n(e49)>=0.5,2,if(n(e49)>=0.3,1,0)))))), 1)')).toBe(formulaShape(ours));
  });

  it('reads an older form\'s N(x) as the IF(ISNUMBER(x),x,0) forms carry now, and no other N', () => {
    const now = ours.replace(/N\(E46\)/g, 'IF(ISNUMBER(E46),E46,0)');
    expect(formulaShape(now)).toBe(formulaShape(ours));
    expect(formulaShape('MIN(A1)+LEN(A2)')).toBe('MIN(#)+LEN(#)');
  });

  it('differs when a threshold or a function changed, and keeps names such as LOG10 and texts', () => {
    expect(formulaShape(ours.replace('>=0.9,6', '>=0.8,6'))).not.toBe(formulaShape(ours));
    expect(formulaShape('LOG10(A1)*2')).toBe('LOG10(#)*2');
    expect(formulaShape('IF(A1="0.50",1.50,2E+3)')).toBe('IF(#="0.50",1.5,2000)');
  });
});
