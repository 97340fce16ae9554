// min: the smallest of the sub-rules (points only as far as every condition is met).

import { extremeOf } from '../compute';
import { extreme } from '../formula-text';
import type { KindModule } from '../kind';

export const min: KindModule<'min'> = {
  kind: 'min',
  properties: { of: { type: 'rules', required: true } },
  guide: {
    vi: 'Nhỏ nhất trong các quy tắc con (đạt điểm khi đạt mọi điều kiện).',
    en: 'The smallest of the sub-rules (points only as far as every condition is met).',
    rows: [
      { rule: 'min' },
      { type: 'rule', depth: 1, rule: 'ratio', num: 'so_xa_mot_cua_dien_tu', den: 'so_xa' },
      { type: 'rule', depth: 1, rule: 'ratio', num: 'so_xa_dvc_muc_3', den: 'so_xa' },
    ],
  },
  check() {},
  upperBound: (rule, env) => (rule.of.length === 0 ? 0 : Math.min(...rule.of.map(env.sub))),
  compile: (rule, env) => extremeOf(rule.of.map(env.sub), Math.min),
  formula: (rule, env) => extreme('MIN', rule.of.map(env.sub)),
  sentence: (rule, env) => `Nhỏ nhất của: ${rule.of.map((r) => `(${env.sub(r)})`).join('; ')}`,
};
