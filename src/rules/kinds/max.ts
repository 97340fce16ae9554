// max: the largest of the sub-rules (as best).

import { extremeOf, largest } from '../compute';
import { extreme } from '../formula-text';
import type { KindModule } from '../kind';

export const max: KindModule<'max'> = {
  kind: 'max',
  properties: { of: { type: 'rules', required: true } },
  guide: {
    vi: 'Lớn nhất trong các quy tắc con (giống best).',
    en: 'The largest of the sub-rules (like best).',
    rows: [
      { rule: 'max' },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'co_can_bo_chuyen_trach', points: 4 },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'co_can_bo_kiem_nhiem', points: 2 },
    ],
  },
  check() {},
  upperBound: (rule, env) => largest(rule.of.map(env.sub)),
  compile: (rule, env) => extremeOf(rule.of.map(env.sub), Math.max),
  formula: (rule, env) => extreme('MAX', rule.of.map(env.sub)),
  sentence: (rule, env) => `Lớn nhất của: ${rule.of.map((r) => `(${env.sub(r)})`).join('; ')}`,
};
