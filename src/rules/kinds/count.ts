// count: `each` points per item counted, between 0 and `cap`. "1 point per database, at most 3".

import { numberOf } from '../cell';
import { atom, formulaNumber, numberRef, term } from '../formula-text';
import { msg } from '../../messages';
import type { KindModule } from '../kind';

export const count: KindModule<'count'> = {
  kind: 'count',
  properties: {
    field: { type: 'numberField', required: true, column: 'field' },
    each: { type: 'points', required: true, column: 'each' },
    cap: { type: 'maximum', required: true, column: 'cap' },
  },
  guide: {
    vi: 'Đếm: each điểm cho mỗi mục, tối đa cap điểm.',
    en: 'Count: each points per item, at most cap.',
    rows: [{ rule: 'count', field: 'so_csdl_chuyen_nganh', each: 1, cap: 3 }],
  },
  check(rule, at) {
    if (rule.each <= 0) at.error(`${at.path}.each`, msg('sets.outOfRange.each'));
  },
  upperBound: (rule) => (rule.each > 0 ? Math.max(0, rule.cap) : 0),
  compile(rule) {
    const { field, each, cap } = rule;
    return (inputs) => Math.min(cap, Math.max(0, numberOf(inputs[field]) * each));
  },
  formula: (rule, env) => atom(`MIN(${formulaNumber(rule.cap)},MAX(0,${numberRef(env.ctx.fieldRef(rule.field))}*${term(rule.each)}))`),
  sentence: (rule, env) => `${env.label(rule.field)} × ${env.number(rule.each)} điểm, tối đa ${env.number(rule.cap)} điểm`,
};
