import fc from 'fast-check';
import type { Inputs, Rule } from '../../../src/criteria/model';
import { cohortFields, provisionalBest } from '../../../src/scoring/cohort';
import { scoreSet } from '../../../src/scoring/engine';
import { excelRound } from '../../../src/scoring/round';
import { criteriaSet, criterion, field, section } from './fixtures';

const set = criteriaSet(
  [
    section('I', 12, [
      criterion('1.1', 10, { kind: 'ratio', num: { field: 'may_tinh' }, den: { field: 'cbccvc' } }, [
        field('cbccvc', 'integer'),
        field('may_tinh', 'integer'),
      ]),
      criterion('1.2', 5, { kind: 'count', field: 'phan_mem', each: 1.5, cap: 5 }, [field('phan_mem', 'count')]),
    ]),
    section('II', 20, [
      criterion('2.1', 8, { kind: 'cohort', field: 'dvc', reference: 40 }, [field('dvc', 'integer')]),
      criterion('2.2', 6, { kind: 'tiers', items: [{ field: 'a', points: 3.333 }, { field: 'b', points: 3.333 }] }, [
        field('a', 'yesno'),
        field('b', 'yesno'),
      ]),
    ]),
  ],
  { bands: [{ label: 'Tốt', min: 25 }, { label: 'Khá', min: 15 }, { label: 'Trung bình', min: 0 }] },
);

describe('scoreSet', () => {
  it('scores criteria, caps sections at their max, totals and bands', () => {
    const result = scoreSet(set, { cbccvc: 30, may_tinh: 20, phan_mem: 3, dvc: 30, a: 'Có', b: 'có' });
    expect(result.criteria).toEqual([
      { code: '1.1', points: 6.67, max: 10, provisional: false },
      { code: '1.2', points: 4.5, max: 5, provisional: false },
      { code: '2.1', points: 6, max: 8, provisional: true },
      { code: '2.2', points: 6, max: 6, provisional: false },
    ]);
    expect(result.sections).toEqual([
      { code: 'I', points: 11.17, max: 12 },
      { code: 'II', points: 12, max: 20 },
    ]);
    expect(result.total).toBe(23.17);
    expect(result.band).toBe('Khá');
    expect(result.problems).toEqual([]);
  });

  it('caps a section sub-total at the section max', () => {
    const result = scoreSet(set, { cbccvc: 10, may_tinh: 10, phan_mem: 9 });
    expect(result.sections[0]).toEqual({ code: 'I', points: 12, max: 12 });
  });

  it('uses the consolidated best of a cohort field when given, and is then final', () => {
    const result = scoreSet(set, { dvc: 30 }, { cohortBest: { dvc: 120 } });
    expect(result.criteria[2]).toEqual({ code: '2.1', points: 2, max: 8, provisional: false });
  });

  it('uses max(own value, reference) as the provisional best', () => {
    expect(scoreSet(set, { dvc: 60 }).criteria[2].points).toBe(8);
    expect(scoreSet(set, { dvc: 10 }).criteria[2].points).toBe(2);
    expect(provisionalBest(10, 40)).toBe(40);
    expect(provisionalBest('nhiều', undefined)).toBe(0);
    expect(cohortFields(set)).toEqual([{ field: 'dvc', reference: 40 }]);
  });

  it('gives no band to a set without bands', () => {
    expect(scoreSet({ ...set, bands: [] }, {}).band).toBeUndefined();
  });

  it('reports the problems of the inputs, and invalid data scores 0 with its reason (issue 9)', () => {
    const result = scoreSet(set, { cbccvc: 10, may_tinh: 12 });
    expect(result.criteria[0].points).toBe(0);
    expect(result.criteria[0].voided?.code).toMatch(/^invalid\./);
    expect(result.problems.map((p) => p.kind)).toEqual(['inconsistent']);
    expect(scoreSet(set, { cbccvc: 12, may_tinh: 10 }).criteria[0]).not.toHaveProperty('voided');
  });
});

describe('scoreSet properties', () => {
  const anyValue = fc.oneof(
    fc.double({ min: -50, max: 500, noNaN: true }),
    fc.integer({ min: -5, max: 200 }),
    fc.constantFrom('Có', 'Không', 'abc', null),
  );
  const inputs: fc.Arbitrary<Inputs> = fc.record({
    cbccvc: anyValue,
    may_tinh: anyValue,
    phan_mem: anyValue,
    dvc: anyValue,
    a: anyValue,
    b: anyValue,
  });

  it('keeps criterion points within [0, max] and section points within [0, section max]', () => {
    fc.assert(
      fc.property(inputs, (values) => {
        const result = scoreSet(set, values);
        for (const c of result.criteria) expect(c.points >= 0 && c.points <= c.max).toBe(true);
        for (const s of result.sections) expect(s.points >= 0 && s.points <= s.max).toBe(true);
      }),
    );
  });

  it('adds up: each section is its rounded, capped criteria sum; the total is the sum of sections', () => {
    fc.assert(
      fc.property(inputs, (values) => {
        const result = scoreSet(set, values);
        set.sections.forEach((s, i) => {
          const points = result.criteria.filter((c) => s.criteria.some((sc) => sc.code === c.code)).map((c) => c.points);
          expect(result.sections[i].points).toBe(excelRound(Math.min(s.max, points.reduce((t, p) => t + p, 0)), 2));
        });
        expect(result.total).toBe(excelRound(result.sections.reduce((t, s) => t + s.points, 0), 2));
      }),
    );
  });

  const ruleSets: [string, Rule, string][] = [
    ['ratio, in its part', { kind: 'ratio', num: { field: 'x' }, den: { value: 37 } }, 'x'],
    ['steps', { kind: 'steps', of: { field: 'x' }, steps: [{ atLeast: 80, points: 6 }, { atLeast: 20, points: 2 }, { atLeast: 50, points: 4 }] }, 'x'],
    ['count', { kind: 'count', field: 'x', each: 0.75, cap: 6 }, 'x'],
  ];
  it.each(ruleSets)('is monotone where the rule is: %s', (_name, rule) => {
    const monotone = criteriaSet([section('I', 10, [criterion('1', 7, rule, [field('x', 'decimal')])])], { precision: 1 });
    fc.assert(
      fc.property(fc.double({ min: -100, max: 200, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (x, more) => {
        const low = scoreSet(monotone, { x }).total;
        const high = scoreSet(monotone, { x: x + more }).total;
        expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });
});
