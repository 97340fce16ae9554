import { findBuiltinSet } from '../../../src/sets';
import { isScoreFormula, setProfile } from '../../../src/consolidate/set-profile';
import { criterionFormula, scoreCellFormula } from '../../../src/scoring/formula';

describe('isScoreFormula', () => {
  const xa = findBuiltinSet('phutho-2018-xa')!;
  const profile = setProfile(xa);
  const [first, second] = xa.sections[0].criteria;
  const at = (column: string) => ({ fieldRef: (id: string) => `${column}${id.length}`, cohortBestRef: () => 'J9' });

  it('accepts the set’s score formula wherever its cells moved, every time it is asked', () => {
    for (const column of ['E', 'F', 'E']) {
      expect(isScoreFormula(profile, first.code, scoreCellFormula(xa, first, at(column)))).toBe(true);
    }
  });

  it('accepts the formula of a form written before invalid data scored 0, and not a void test changed', () => {
    const before = criterionFormula(first, xa.precision, at('E'));
    expect(scoreCellFormula(xa, first, at('E'))).not.toBe(before);
    expect(isScoreFormula(profile, first.code, before)).toBe(true);
    expect(isScoreFormula(profile, first.code, scoreCellFormula(xa, first, at('E')).replace('IF(', 'IF(FALSE,0,IF(') + ')')).toBe(false);
  });

  it('accepts a deduction item’s formula of a form written before a voided deduction took its full deduction (0 while voided)', () => {
    const so = findBuiltinSet('phutho-2025-so')!;
    const deduction = so.sections.find((sec) => sec.role === 'deduction')!.criteria[0];
    const now = scoreCellFormula(so, deduction, at('E'));
    const earlier = now.replace(`,${-deduction.max},-ROUND(`, ',0,-ROUND(');
    expect(earlier).not.toBe(now);
    expect(isScoreFormula(setProfile(so), deduction.code, now)).toBe(true);
    expect(isScoreFormula(setProfile(so), deduction.code, earlier)).toBe(true);
    expect(isScoreFormula(setProfile(so), deduction.code, now.replace(`,${-deduction.max},-ROUND(`, ',-1,-ROUND('))).toBe(false);
  });

  it('refuses a number typed over the formula and another criterion’s formula', () => {
    expect(isScoreFormula(profile, first.code, '5')).toBe(false);
    const other = scoreCellFormula(xa, second, at('E'));
    expect(isScoreFormula(profile, first.code, other)).toBe(false);
    expect(isScoreFormula(profile, second.code, other)).toBe(true);
  });
});
