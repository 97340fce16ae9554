import type { Inputs, Rule } from '../../../src/criteria/model';
import { evaluateRule } from '../../../src/rules/evaluate';

const noCohort = (): number => {
  throw new Error('no cohort in this rule');
};
const value = (rule: Rule, inputs: Inputs, max = 10, best = noCohort): number => evaluateRule(rule, max, inputs, best, 2);

describe('evaluateRule', () => {
  describe('ratio', () => {
    const rule: Rule = { kind: 'ratio', num: { field: 'a' }, den: { field: 'b' } };
    it('scales the share by the criterion max, or by its own points', () => {
      expect(value(rule, { a: 15, b: 20 })).toBe(7.5);
      expect(value({ ...rule, points: 4 }, { a: 15, b: 20 })).toBe(3);
    });
    it('clamps a share above 1 and below 0', () => {
      expect(value(rule, { a: 25, b: 20 })).toBe(10);
      expect(value(rule, { a: -5, b: 20 })).toBe(0);
    });
    it('gives 0 for a zero, negative, blank or text whole', () => {
      expect(value(rule, { a: 5, b: 0 })).toBe(0);
      expect(value(rule, { a: -5, b: -10 })).toBe(0);
      expect(value(rule, { a: 5 })).toBe(0);
      expect(value(rule, { a: 5, b: '20' })).toBe(0);
    });
    it('counts a blank or text part as 0 and accepts constants', () => {
      expect(value(rule, { a: null, b: 20 })).toBe(0);
      expect(value(rule, { a: 'nhiều', b: 20 })).toBe(0);
      expect(value({ kind: 'ratio', num: { field: 'a' }, den: { value: 4 } }, { a: 1 })).toBe(2.5);
    });
  });

  describe('steps', () => {
    const rule: Rule = {
      kind: 'steps',
      of: { field: 'v' },
      steps: [
        { atLeast: 50, points: 2 },
        { atLeast: 90, points: 5 },
        { atLeast: 70, points: 3 },
      ],
    };
    it('gives the points of the highest threshold reached, whatever the order the steps are given in', () => {
      expect(value(rule, { v: 95 })).toBe(5);
      expect(value(rule, { v: 90 })).toBe(5);
      expect(value(rule, { v: 89.9 })).toBe(3);
      expect(value(rule, { v: 50 })).toBe(2);
    });
    it('gives 0 below every threshold, for blank and for text', () => {
      expect(value(rule, { v: 49 })).toBe(0);
      expect(value(rule, {})).toBe(0);
      expect(value(rule, { v: '95' })).toBe(0);
    });
    it('takes the first of steps with equal thresholds', () => {
      const tie: Rule = { kind: 'steps', of: { field: 'v' }, steps: [{ atLeast: 1, points: 4 }, { atLeast: 1, points: 6 }] };
      expect(value(tie, { v: 1 })).toBe(4);
    });
  });

  it('yesno scores "Có" in any case and nothing else', () => {
    const rule: Rule = { kind: 'yesno', field: 'y', points: 3 };
    expect(value(rule, { y: 'Có' })).toBe(3);
    expect(value(rule, { y: 'có' })).toBe(3);
    expect(value(rule, { y: 'Không' })).toBe(0);
    expect(value(rule, { y: true })).toBe(0);
    expect(value(rule, {})).toBe(0);
  });

  it('tiers add the items answered "Có" and stop at the cap', () => {
    const items = [
      { field: 'a', points: 2 },
      { field: 'b', points: 3 },
      { field: 'c', points: 4 },
    ];
    expect(value({ kind: 'tiers', items }, { a: 'Có', c: 'CÓ' })).toBe(6);
    expect(value({ kind: 'tiers', items, cap: 5 }, { a: 'Có', b: 'Có', c: 'Có' })).toBe(5);
    expect(value({ kind: 'tiers', items, cap: 5 }, { b: 'Có' })).toBe(3);
    expect(value({ kind: 'tiers', items: [] }, {})).toBe(0);
  });

  it('choice gives the points of the label chosen, 0 for a label not listed, a number or blank', () => {
    const rule: Rule = {
      kind: 'choice',
      field: 'role',
      points: [
        { label: 'Chủ tịch', points: 4 },
        { label: 'Phó Chủ tịch', points: 2 },
      ],
    };
    expect(value(rule, { role: 'Phó chủ tịch' })).toBe(2);
    expect(value(rule, { role: 'Chủ tịch' })).toBe(4);
    expect(value(rule, { role: 'Ủy viên' })).toBe(0);
    expect(value(rule, { role: 4 })).toBe(0);
    expect(value(rule, {})).toBe(0);
  });

  it('count gives `each` per item between 0 and the cap', () => {
    const rule: Rule = { kind: 'count', field: 'n', each: 0.5, cap: 3 };
    expect(value(rule, { n: 4 })).toBe(2);
    expect(value(rule, { n: 10 })).toBe(3);
    expect(value(rule, { n: -2 })).toBe(0);
    expect(value(rule, { n: 'ba' })).toBe(0);
  });

  describe('combinations', () => {
    const a: Rule = { kind: 'yesno', field: 'a', points: 2 };
    const b: Rule = { kind: 'count', field: 'n', each: 1, cap: 5 };
    const inputs = { a: 'Có', n: 3 };
    it('best and max take the largest case, min the smallest', () => {
      expect(value({ kind: 'best', cases: [a, b] }, inputs)).toBe(3);
      expect(value({ kind: 'max', of: [a, b] }, inputs)).toBe(3);
      expect(value({ kind: 'min', of: [a, b] }, inputs)).toBe(2);
      expect(value({ kind: 'best', cases: [] }, inputs)).toBe(0);
    });
    it('sum adds the parts and stops at the cap', () => {
      expect(value({ kind: 'sum', of: [a, b] }, inputs)).toBe(5);
      expect(value({ kind: 'sum', of: [a, b], cap: 4 }, inputs)).toBe(4);
      expect(value({ kind: 'sum', of: [] }, inputs)).toBe(0);
    });
    it('when scores its rule only when the condition is "Có"', () => {
      expect(value({ kind: 'when', field: 'a', then: b }, inputs)).toBe(3);
      expect(value({ kind: 'when', field: 'a', then: b }, { a: 'Không', n: 3 })).toBe(0);
    });
  });

  it('cohort normalises to the best value and gives 0 when the best is not positive', () => {
    const rule: Rule = { kind: 'cohort', field: 'dvc', points: 6 };
    expect(value(rule, { dvc: 30 }, 10, () => 60)).toBe(3);
    expect(value(rule, { dvc: 30 }, 10, () => 20)).toBe(6);
    expect(value(rule, { dvc: 30 }, 10, () => 0)).toBe(0);
    expect(value({ kind: 'cohort', field: 'dvc' }, { dvc: 30 }, 10, () => 60)).toBe(5);
  });
});
