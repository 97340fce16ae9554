import { allFields, criterionOfField, fieldById } from '../../../src/criteria/fields';
import { RULE_KINDS } from '../../../src/rules/registry';
import type { Rule } from '../../../src/criteria/model';
import { ruleUpperBound } from '../../../src/rules/bounds';
import { editDistance, suggest } from '../../../src/util/suggest';
import { copyOf } from './helpers';

describe('field lookups', () => {
  const set = copyOf('phutho-2018-so');

  test('allFields lists the general block first, then every criterion field, once each', () => {
    const ids = allFields(set).map((field) => field.id);
    expect(ids.slice(0, 3)).toEqual(['ten_don_vi', 'dia_chi', 'tong_so_cbccvc']);
    expect(ids).toContain('bang_thong_binh_quan');
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('fieldById and criterionOfField find a field and the criterion that asks for it', () => {
    expect(fieldById(set).get('so_cbccvc_co_may_tinh')?.type).toBe('integer');
    expect(criterionOfField(set).get('so_cbccvc_co_may_tinh')?.code).toBe('1.1');
    expect(criterionOfField(set).get('tong_so_cbccvc')).toBeUndefined();
  });
});

describe('ruleUpperBound', () => {
  const yes = (points: number): Rule => ({ kind: 'yesno', field: 'a', points });
  test.each<[string, Rule, number]>([
    ['ratio without points gives the criterion max', { kind: 'ratio', num: { field: 'a' }, den: { field: 'b' } }, 10],
    ['ratio with points', { kind: 'ratio', num: { field: 'a' }, den: { field: 'b' }, points: 4 }, 4],
    ['cohort without points', { kind: 'cohort', field: 'a' }, 10],
    ['steps: the highest step', { kind: 'steps', of: { field: 'a' }, steps: [{ atLeast: 1, points: 5 }, { atLeast: 4, points: 20 }, { atLeast: 2, points: 10 }] }, 20],
    ['tiers: the sum', { kind: 'tiers', items: [{ field: 'a', points: 35 }, { field: 'b', points: 5 }] }, 40],
    ['tiers: capped', { kind: 'tiers', items: [{ field: 'a', points: 35 }, { field: 'b', points: 5 }], cap: 36 }, 36],
    ['choice: the best label', { kind: 'choice', field: 'a', points: [{ label: 'x', points: 2 }, { label: 'y', points: 4 }] }, 4],
    ['count: the cap', { kind: 'count', field: 'a', each: 1, cap: 5 }, 5],
    ['best: the best case', { kind: 'best', cases: [yes(3), yes(7)] }, 7],
    ['max: the largest', { kind: 'max', of: [yes(3), yes(7)] }, 7],
    ['min: the smallest', { kind: 'min', of: [yes(3), yes(7)] }, 3],
    ['sum: the total', { kind: 'sum', of: [yes(3), yes(7)] }, 10],
    ['sum: capped', { kind: 'sum', of: [yes(3), yes(7)], cap: 8 }, 8],
    ['when: its then-rule', { kind: 'when', field: 'a', then: yes(6) }, 6],
    ['negative points never raise the bound', { kind: 'sum', of: [yes(-3), yes(2)] }, 2],
  ])('%s', (_, rule, expected) => {
    expect(ruleUpperBound(rule, 10)).toBe(expected);
  });
});

describe('did-you-mean suggestions', () => {
  test('edit distance', () => {
    expect(editDistance('ratoi', 'ratio')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('steps', 'steps')).toBe(0);
  });

  test('suggest the closest rule kind, or nothing for a word far from all', () => {
    expect(suggest('ratoi', RULE_KINDS)).toBe('ratio');
    expect(suggest('Steps', RULE_KINDS)).toBe('steps');
    expect(suggest('cohrt', RULE_KINDS)).toBe('cohort');
    expect(suggest('formula', RULE_KINDS)).toBeUndefined();
  });
});
