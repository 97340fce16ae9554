// sum: the sum of the sub-rules, at most `cap` when given.

import { cappedBound, cappedValue, sumOf, sumPositive } from '../compute';
import { capped, sumOf as sumFormula } from '../formula-text';
import type { KindModule } from '../kind';

export const sum: KindModule<'sum'> = {
  kind: 'sum',
  properties: {
    of: { type: 'rules', required: true },
    cap: { type: 'maximum', required: false, column: 'cap' },
  },
  guide: {
    vi: 'Tổng các quy tắc con; cap (không bắt buộc) là mức trần.',
    en: 'Sum of the sub-rules; cap (optional) limits it.',
    rows: [
      { rule: 'sum', cap: 5 },
      { type: 'rule', depth: 1, rule: 'count', field: 'so_csdl_chuyen_nganh', each: 1, cap: 3 },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'co_csdl_dung_chung', points: 2 },
    ],
  },
  check() {},
  upperBound: (rule, env) => cappedBound(sumPositive(rule.of.map(env.sub)), rule.cap),
  compile(rule, env) {
    const parts = rule.of.map(env.sub);
    const cap = rule.cap;
    return (inputs, best) => cappedValue(sumOf(parts, inputs, best), cap);
  },
  formula: (rule, env) => capped(sumFormula(rule.of.map(env.sub)), rule.cap),
  sentence(rule, env) {
    const cap = rule.cap === undefined ? '' : ` (tối đa ${env.number(rule.cap)} điểm)`;
    return `Tổng của: ${rule.of.map((r) => `(${env.sub(r)})`).join(' + ')}${cap}`;
  },
};
