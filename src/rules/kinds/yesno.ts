// yesno: `points` when the yes/no field is "Có", else 0.

import { isYes, YES } from '../cell';
import { atom, formulaNumber, isText } from '../formula-text';
import type { KindModule } from '../kind';

export const yesno: KindModule<'yesno'> = {
  kind: 'yesno',
  properties: {
    field: { type: 'yesnoField', required: true, column: 'field' },
    points: { type: 'points', required: true, column: 'points' },
  },
  guide: {
    vi: 'Có/không: được points điểm khi trường có/không là “Có”.',
    en: 'Yes/no: points when the yes/no field is "Có".',
    rows: [{ rule: 'yesno', field: 'co_trang_ttdt', points: 3 }],
  },
  check() {},
  upperBound: (rule) => Math.max(0, rule.points),
  compile(rule) {
    const { field, points } = rule;
    return (inputs) => (isYes(inputs[field]) ? points : 0);
  },
  formula: (rule, env) => atom(`IF(${isText(env.ctx.fieldRef(rule.field), YES)},${formulaNumber(rule.points)},0)`),
  sentence: (rule, env) => `${env.label(rule.field)} là “Có”: ${env.number(rule.points)} điểm`,
};
