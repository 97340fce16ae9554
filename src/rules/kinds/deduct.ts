// deduct: deductions inside a criterion ("each late report −1, at most −5, never below 0"):
// MAX(0, ROUND(MIN(max, MAX(0, from)), p) − Σ ROUND(MAX(0, less), p)), p the set's precision.
// The criterion's points are clamped to [0, max] first and the deductions apply inside the
// criterion, floored at 0 — the order of operations of docs/rule-kinds.md. The parts are
// rounded to the precision points are shown at, as an appraiser subtracts them: 3.65 − 2 − 1
// is then 3.7 − 2 − 1 in both engines, where unrounded binary differences (LibreOffice snaps
// a difference to 15 digits, IEEE does not) would round 0.6499999999999995 apart. Only as a
// criterion's top rule.

import { msg } from '../../messages';
import type { KindModule } from '../kind';
import { atom, formulaNumber } from '../formula-text';
import { excelRound } from '../round';

export const deduct: KindModule<'deduct'> = {
  kind: 'deduct',
  properties: {
    from: { type: 'rule', required: true },
    less: { type: 'rules', required: true },
  },
  guide: {
    vi: 'Trừ điểm trong tiêu chí: quy tắc con đầu tiên (depth 1) cho điểm, các quy tắc con tiếp theo là số điểm bị trừ; điểm = điểm (trong 0–max) − điểm trừ, không thấp hơn 0. Chỉ dùng làm quy tắc của tiêu chí.',
    en: 'Deductions inside a criterion: the first sub-rule (depth 1) gives the points, each following one an amount deducted; points = points (within 0–max) − deductions, never below 0. Only as a criterion’s rule.',
    rows: [
      { rule: 'deduct' },
      { type: 'rule', depth: 1, rule: 'ratio', num: 'so_tin_bai_dang_tai', den: 'so_tin_bai_phai_dang' },
      { type: 'rule', depth: 1, rule: 'count', field: 'so_lan_cham_cap_nhat', each: 0.5, cap: 2 },
    ],
  },
  check(rule, at) {
    if (!at.top) at.error(at.path, msg('sets.deductNotTop'));
  },
  upperBound: (rule, env) => Math.max(0, env.sub(rule.from)),
  compile(rule, env) {
    const from = env.sub(rule.from);
    const less = rule.less.map(env.sub);
    const { max, precision } = env;
    return (inputs, best) => {
      let value = excelRound(Math.min(max, Math.max(0, from(inputs, best))), precision);
      for (const part of less) value -= excelRound(Math.max(0, part(inputs, best)), precision);
      return Math.max(0, value);
    };
  },
  formula(rule, env) {
    const p = env.precision;
    const less = rule.less.map((r) => `-ROUND(MAX(0,${env.sub(r).text}),${p})`).join('');
    return atom(`MAX(0,ROUND(MIN(${formulaNumber(env.max)},MAX(0,${env.sub(rule.from).text})),${p})${less})`);
  },
  sentence: (rule, env) => `${env.sub(rule.from)}; trừ ${rule.less.map((r) => `(${env.sub(r)})`).join(', ')}; không thấp hơn 0 điểm`,
};
