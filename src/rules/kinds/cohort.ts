// cohort: normalised to the best unit, clamp(value / best, 0, 1) × points, where best is the
// largest value among the units compared. Provisional in a unit's own form (best =
// max(own value, `reference`)), final at consolidation (best = the group's largest).

import { numberOf } from '../cell';
import { share } from '../compute';
import { numberRef, shareFormula } from '../formula-text';
import type { KindModule } from '../kind';

export const cohort: KindModule<'cohort'> = {
  kind: 'cohort',
  properties: {
    field: { type: 'bestField', required: true, column: 'field' },
    points: { type: 'maximum', required: false, column: 'points' },
    reference: { type: 'reference', required: false, column: 'reference' },
  },
  guide: {
    vi: 'So với đơn vị cao nhất: (giá trị / giá trị lớn nhất trong nhóm) × điểm. Trên biểu mẫu của đơn vị, giá trị lớn nhất tạm tính là max(giá trị của đơn vị, reference); khi tổng hợp là giá trị lớn nhất của nhóm.',
    en: "Normalised to the best unit: (value / the group's largest) × points. In a unit's own form the largest is provisional: max(own value, reference); at consolidation it is the group's largest.",
    rows: [{ rule: 'cohort', field: 'bang_thong_binh_quan', reference: 1 }],
  },
  check() {},
  upperBound: (rule, env) => Math.max(0, rule.points ?? env.max),
  compile(rule, env) {
    const field = rule.field;
    const points = rule.points ?? env.max;
    return (inputs, best) => share(numberOf(inputs[field]), best(field), points);
  },
  formula: (rule, env) =>
    shareFormula(numberRef(env.ctx.fieldRef(rule.field)), numberRef(env.ctx.cohortBestRef(rule.field)), undefined, rule.points ?? env.max),
  sentence: (rule, env) =>
    `(${env.label(rule.field)} / giá trị cao nhất trong nhóm đơn vị) × ${env.number(rule.points ?? env.max)} điểm; trên phiếu là điểm tạm tính`,
};
