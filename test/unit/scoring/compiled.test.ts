import fc from 'fast-check';
import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet, Inputs } from '../../../src/criteria/model';
import { cohortBestLookup } from '../../../src/scoring/cohort';
import { compileRuleEvaluator } from '../../../src/rules/evaluate';
import { compiledBestLookup, compileSet, criterionVoid } from '../../../src/scoring/compiled-set';
import { criterionPoints } from '../../../src/scoring/criterion';
import { evaluateRule as oracle } from './oracle';
import { checkInputs } from '../../../src/scoring/problems';
import { scoreSet } from '../../../src/scoring/engine';
import { arbitraryRule, bests, inputs } from './arbitrary-rules';
import { criteriaSet, criterion, field, section } from './fixtures';

describe('compiled rule evaluators', () => {
  it('give bit-identical raw values to the independent oracle for random rules, inputs and bests', () => {
    fc.assert(
      fc.property(arbitraryRule, inputs, bests, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 4 }), (rule, values, best, max, precision) => {
        const lookup = (id: string) => best[id] ?? 0;
        expect(Object.is(compileRuleEvaluator(rule, max, precision)(values, lookup), oracle(rule, max, values, lookup, precision))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compileSet', () => {
  const set: CriteriaSet = criteriaSet([
    section('I', 10, [
      criterion('1', 5, { kind: 'ratio', num: { field: 'a' }, den: { field: 'b' } }, [field('a', 'integer'), field('b', 'integer')]),
      criterion('2', 5, { kind: 'sum', of: [{ kind: 'cohort', field: 'c', reference: 40 }, { kind: 'ratio', num: { field: 'a' }, den: { value: 3 } }] }, [field('c', 'decimal')]),
    ]),
  ]);

  it('is built once per set object and reused', () => {
    expect(compileSet(set)).toBe(compileSet(set));
    expect(compileSet({ ...set })).not.toBe(compileSet(set));
  });

  it('lists each criterion’s cohort fields and its field/field ratios', () => {
    const [one, two] = compileSet(set).criteria;
    expect(one.cohortFields).toEqual([]);
    expect(one.ratioPairs).toEqual([{ part: 'a', whole: 'b' }]);
    expect(two.cohortFields).toEqual(['c']);
    expect(two.ratioPairs).toEqual([]);
  });

  it('looks cohort bests up as cohortBestLookup does', () => {
    fc.assert(
      fc.property(inputs, bests, (values, best) => {
        const compiled = compiledBestLookup(compileSet(set), values, best);
        const reference = cohortBestLookup(set, values, best);
        for (const id of ['a', 'b', 'c']) expect(compiled(id)).toBe(reference(id));
      }),
    );
  });
});

describe('scoreSet over the compiled set', () => {
  const xa = findBuiltinSet('phutho-2018-xa')!;
  const values = fc.dictionary(
    fc.constantFrom(...xa.sections.flatMap((s) => s.criteria.flatMap((c) => c.fields.map((f) => f.id)))),
    fc.oneof(fc.integer({ min: -5, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('Có', 'Không', 'x', '', null)),
  );

  it('gives the points criterionPoints gives (0 where criterionVoid finds invalid data), and the problems checkInputs gives', () => {
    fc.assert(
      fc.property(values, fc.boolean(), (entered: Inputs, consolidated) => {
        const cohortBest = consolidated ? { bang_thong_binh_quan: 2.5 } : undefined;
        const result = scoreSet(xa, entered, { cohortBest });
        const best = cohortBestLookup(xa, entered, cohortBest);
        const criteria = xa.sections.flatMap((s) => s.criteria);
        const expected = criteria.map((c) => (criterionVoid(xa, c.code, entered) ? 0 : criterionPoints(c, xa.precision, entered, best)));
        expect(result.criteria.map((c) => c.points)).toEqual(expected);
        expect(result.criteria.map((c) => c.voided?.code)).toEqual(criteria.map((c) => criterionVoid(xa, c.code, entered)?.code));
        expect(result.problems).toEqual(checkInputs(xa, entered, { cohortBest }));
      }),
      { numRuns: 300 },
    );
  });
});
