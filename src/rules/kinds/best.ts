// best: the best of several ways of scoring (the case that gives the most points).

import { extremeOf, largest } from '../compute';
import { extreme } from '../formula-text';
import type { KindModule } from '../kind';

export const best: KindModule<'best'> = {
  kind: 'best',
  properties: { cases: { type: 'rules', required: true } },
  guide: {
    vi: 'Trường hợp cao nhất: điểm lớn nhất trong các quy tắc con (các dòng rule ngay bên dưới, depth 1).',
    en: 'Best case: the largest of the sub-rules (the rule rows right below, depth 1).',
    rows: [
      { rule: 'best' },
      { type: 'rule', depth: 1, rule: 'ratio', num: 'so_van_ban_ky_so', den: 'so_van_ban_di' },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'ky_so_tich_hop_qlvb', points: 3 },
    ],
  },
  check() {},
  upperBound: (rule, env) => largest(rule.cases.map(env.sub)),
  compile: (rule, env) => extremeOf(rule.cases.map(env.sub), Math.max),
  formula: (rule, env) => extreme('MAX', rule.cases.map(env.sub)),
  sentence: (rule, env) => `Cao nhất trong các cách tính: ${rule.cases.map((r) => `(${env.sub(r)})`).join('; ')}`,
};
