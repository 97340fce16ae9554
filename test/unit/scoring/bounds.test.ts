import type { Rule } from '../../../src/criteria/model';
import { fieldsOfRule, ruleUpperBound } from '../../../src/scoring/bounds';

describe('ruleUpperBound', () => {
  it.each<[string, Rule, number]>([
    ['ratio defaults to the criterion max', { kind: 'ratio', num: { field: 'a' }, den: { field: 'b' } }, 10],
    ['ratio with its own points', { kind: 'ratio', num: { field: 'a' }, den: { field: 'b' }, points: 4 }, 4],
    ['steps: the best step', { kind: 'steps', of: { field: 'a' }, steps: [{ atLeast: 90, points: 5 }, { atLeast: 95, points: 3 }] }, 5],
    ['yesno', { kind: 'yesno', field: 'y', points: 2 }, 2],
    ['tiers: positive points, capped', { kind: 'tiers', items: [{ field: 'y', points: 3 }, { field: 'z', points: 4 }, { field: 'x', points: -1 }], cap: 6 }, 6],
    ['tiers without cap', { kind: 'tiers', items: [{ field: 'y', points: 3 }, { field: 'z', points: 4 }] }, 7],
    ['choice: the best label', { kind: 'choice', field: 'r', points: [{ label: 'A', points: 1 }, { label: 'B', points: 3 }] }, 3],
    ['count: the cap', { kind: 'count', field: 'n', each: 0.5, cap: 3 }, 3],
    ['count with a non-positive step gives nothing', { kind: 'count', field: 'n', each: 0, cap: 3 }, 0],
    [
      'best: the best case',
      { kind: 'best', cases: [{ kind: 'yesno', field: 'y', points: 2 }, { kind: 'yesno', field: 'z', points: 5 }] },
      5,
    ],
    ['min: the smallest bound', { kind: 'min', of: [{ kind: 'yesno', field: 'y', points: 2 }, { kind: 'yesno', field: 'z', points: 5 }] }, 2],
    ['sum: capped', { kind: 'sum', of: [{ kind: 'yesno', field: 'y', points: 2 }, { kind: 'yesno', field: 'z', points: 5 }], cap: 6 }, 6],
    ['when: its rule', { kind: 'when', field: 'y', then: { kind: 'yesno', field: 'z', points: 5 } }, 5],
    ['cohort: its points', { kind: 'cohort', field: 'a', points: 6 }, 6],
  ])('%s', (_name, rule, bound) => {
    expect(ruleUpperBound(rule, 10)).toBe(bound);
  });
});

describe('fieldsOfRule', () => {
  it('lists each field a rule reads, with how it reads it, once', () => {
    const rule: Rule = {
      kind: 'sum',
      of: [
        { kind: 'ratio', num: { field: 'a' }, den: { value: 5 } },
        { kind: 'when', field: 'y', then: { kind: 'count', field: 'a', each: 1, cap: 2 } },
        { kind: 'tiers', items: [{ field: 'y', points: 1 }, { field: 'z', points: 1 }] },
        { kind: 'choice', field: 'r', points: [] },
        { kind: 'cohort', field: 'c' },
      ],
    };
    expect(fieldsOfRule(rule)).toEqual([
      { field: 'a', role: 'number' },
      { field: 'y', role: 'yesno' },
      { field: 'z', role: 'yesno' },
      { field: 'r', role: 'choice' },
      { field: 'c', role: 'number' },
    ]);
  });
});
