// ratio: clamp(num / den, 0, 1) × points (points defaults to the criterion max); a whole that
// is not positive gives 0. "Share of staff with a computer × 6".

import { share } from '../compute';
import { shareFormula } from '../formula-text';
import { msg } from '../../messages';
import type { KindModule } from '../kind';
import { operandFormula, operandReader, operandSentence } from '../operand';

export const ratio: KindModule<'ratio'> = {
  kind: 'ratio',
  properties: {
    num: { type: 'operand', required: true, column: 'num' },
    den: { type: 'operand', required: true, column: 'den' },
    points: { type: 'maximum', required: false, column: 'points' },
  },
  guide: {
    vi: 'Tỷ lệ: (tử số / mẫu số) × điểm, tỷ lệ giới hạn trong 0–1; mẫu số ≤ 0 cho 0 điểm. points trống = điểm tối đa của tiêu chí.',
    en: 'Ratio: (num / den) × points, the ratio clamped to 0–1; a denominator ≤ 0 gives 0. Blank points = the criterion max.',
    rows: [{ rule: 'ratio', num: 'so_cbccvc_co_may_tinh', den: 'tong_so_cbccvc' }],
  },
  check(rule, at) {
    if ('value' in rule.den && rule.den.value <= 0) {
      at.error(`${at.path}.den`, msg('sets.zeroDenominator'));
    }
  },
  upperBound: (rule, env) => Math.max(0, rule.points ?? env.max),
  compile(rule, env) {
    const num = operandReader(rule.num);
    const den = operandReader(rule.den);
    const points = rule.points ?? env.max;
    return (inputs) => share(num(inputs), den(inputs), points);
  },
  formula(rule, env) {
    const wholeConstant = 'value' in rule.den ? rule.den.value : undefined;
    return shareFormula(operandFormula(rule.num, env.ctx), operandFormula(rule.den, env.ctx), wholeConstant, rule.points ?? env.max);
  },
  sentence: (rule, env) =>
    `(${operandSentence(rule.num, env)} / ${operandSentence(rule.den, env)}) × ${env.number(rule.points ?? env.max)} điểm, tỷ lệ tính tối đa 100%`,
};

