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

  it('refuses a number typed over the formula and another criterion’s formula', () => {
    expect(isScoreFormula(profile, first.code, '5')).toBe(false);
    const other = scoreCellFormula(xa, second, at('E'));
    expect(isScoreFormula(profile, first.code, other)).toBe(false);
    expect(isScoreFormula(profile, second.code, other)).toBe(true);
  });
});
