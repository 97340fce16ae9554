import { findBuiltinSet } from '../../../src/sets';
import { isScoreFormula, setProfile } from '../../../src/consolidate/set-profile';
import { criterionFormula } from '../../../src/scoring/formula';

describe('isScoreFormula', () => {
  const xa = findBuiltinSet('phutho-2018-xa')!;
  const profile = setProfile(xa);
  const [first, second] = xa.sections[0].criteria;
  const at = (column: string) => ({ fieldRef: (id: string) => `${column}${id.length}`, cohortBestRef: () => 'J9' });

  it('accepts the set’s score formula wherever its cells moved, every time it is asked', () => {
    for (const column of ['E', 'F', 'E']) {
      expect(isScoreFormula(profile, first.code, criterionFormula(first, xa.precision, at(column)))).toBe(true);
    }
  });

  it('refuses a number typed over the formula and another criterion’s formula', () => {
    expect(isScoreFormula(profile, first.code, '5')).toBe(false);
    const other = criterionFormula(second, xa.precision, at('E'));
    if (profile.scoreShapes.get(second.code) !== profile.scoreShapes.get(first.code)) {
      expect(isScoreFormula(profile, first.code, other)).toBe(false);
    }
    expect(isScoreFormula(profile, second.code, other)).toBe(true);
  });
});
