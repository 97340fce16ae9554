// when: the one sub-rule counts only when the yes/no field is "Có" ("+5 if the data centre
// meets standard A"); otherwise 0.

import { isYes, YES } from '../cell';
import { atom, isText } from '../formula-text';
import type { KindModule } from '../kind';

export const when: KindModule<'when'> = {
  kind: 'when',
  properties: {
    field: { type: 'yesnoField', required: true, column: 'field' },
    then: { type: 'rule', required: true },
  },
  guide: {
    vi: 'Có điều kiện: chỉ tính quy tắc con (đúng một dòng, depth 1) khi trường có/không ở cột field là “Có”; nếu không: 0.',
    en: 'Conditional: the one sub-rule (depth 1) counts only when the yes/no field is "Có"; else 0.',
    rows: [
      { rule: 'when', field: 'co_phong_may_chu' },
      { type: 'rule', depth: 1, rule: 'tiers', items: 'co_phong_may_chu:3; phong_may_chu_dat_chuan:2' },
    ],
  },
  check() {},
  upperBound: (rule, env) => env.sub(rule.then),
  compile(rule, env) {
    const field = rule.field;
    const then = env.sub(rule.then);
    return (inputs, best) => (isYes(inputs[field]) ? then(inputs, best) : 0);
  },
  formula: (rule, env) => atom(`IF(${isText(env.ctx.fieldRef(rule.field), YES)},${env.sub(rule.then).text},0)`),
  sentence: (rule, env) => `Nếu ${env.label(rule.field)} là “Có”: ${env.sub(rule.then)}; nếu không: 0 điểm`,
};
