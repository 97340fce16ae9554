// tiers: the sum of the points of every yes/no item that is "Có", at most `cap` when given.
// "Has a data centre: 35; meets standard A: +5".

import { isYes, YES } from '../cell';
import { cappedBound, cappedValue, sumOf, sumPositive } from '../compute';
import { atom, capped, formulaNumber, isText, sumOf as sumFormula } from '../formula-text';
import type { KindModule, RuleEvaluator } from '../kind';

export const tiers: KindModule<'tiers'> = {
  kind: 'tiers',
  properties: {
    items: { type: 'yesnoItems', required: true, column: 'items' },
    cap: { type: 'maximum', required: false, column: 'cap' },
  },
  guide: {
    vi: 'Cộng dồn các mục có/không: mỗi mục “Có” được số điểm của mục đó; cap (không bắt buộc) là mức trần.',
    en: 'Tiered yes/no: each item that is "Có" adds its points; cap (optional) limits the sum.',
    rows: [{ rule: 'tiers', items: 'co_phong_may_chu:35; phong_may_chu_dat_chuan:5', cap: 40 }],
  },
  check() {},
  upperBound: (rule) => cappedBound(sumPositive(rule.items.map((item) => item.points)), rule.cap),
  compile(rule) {
    const items = rule.items.map((item): RuleEvaluator => (inputs) => (isYes(inputs[item.field]) ? item.points : 0));
    const cap = rule.cap;
    return (inputs, best) => cappedValue(sumOf(items, inputs, best), cap);
  },
  formula(rule, env) {
    const items = rule.items.map((item) => atom(`IF(${isText(env.ctx.fieldRef(item.field), YES)},${formulaNumber(item.points)},0)`));
    return capped(sumFormula(items), rule.cap);
  },
  sentence(rule, env) {
    const items = rule.items.map((item) => `${env.label(item.field)}: ${env.number(item.points)} điểm`);
    const cap = rule.cap === undefined ? '' : ` (tối đa ${env.number(rule.cap)} điểm)`;
    return `Cộng điểm mỗi mục “Có”: ${items.join('; ')}${cap}`;
  },
};
