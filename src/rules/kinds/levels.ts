// levels: levels by conditions (hiện diện → tương tác → giao dịch → chuyển đổi; maturity
// 1–4), the lowest first. A level is reached when all its conditions and all lower levels'
// hold; the points are those of the highest level reached, 0 when none is.

import { largest } from '../compute';
import { atom, formulaNumber } from '../formula-text';
import { msg } from '../../messages';
import type { KindModule } from '../kind';
import { allHold, conditionsSentence, ifAll } from './level';

export const levels: KindModule<'levels'> = {
  kind: 'levels',
  properties: { levels: { type: 'rules', required: true } },
  guide: {
    vi: 'Theo mức: các dòng quy tắc con (depth 1) là các mức từ thấp lên cao, mỗi mức là một quy tắc level; đạt một mức khi đạt mọi điều kiện của mức đó và của mọi mức thấp hơn; điểm là điểm của mức cao nhất đạt được, không đạt mức nào: 0.',
    en: 'By levels: the sub-rule rows (depth 1) are the levels from the lowest up, each a level rule; a level is reached when all its conditions and all lower levels’ hold; the points are those of the highest level reached, none: 0.',
    rows: [
      { rule: 'levels' },
      { type: 'rule', depth: 1, rule: 'level', label: 'Hiện diện', points: 2, conditions: 'co_cong_dvc' },
      { type: 'rule', depth: 1, rule: 'level', label: 'Tương tác', points: 4, conditions: 'co_bieu_mau_dien_tu' },
      { type: 'rule', depth: 1, rule: 'level', label: 'Giao dịch', points: 6, conditions: 'co_nop_truc_tuyen; so_ho_so_truc_tuyen>=1' },
    ],
  },
  check(rule, at) {
    rule.levels.forEach((sub, i) => {
      const path = `${at.path}.levels[${i}]`;
      if (sub.kind !== 'level') {
        at.error(path, msg('sets.levelExpected', { kind: sub.kind }));
      } else if (i > 0 && rule.levels[i - 1].kind === 'level' && sub.points < rule.levels[i - 1].points) {
        at.warning(path, msg('sets.levelsUnordered', { points: sub.points, previous: rule.levels[i - 1].points }));
      }
    });
  },
  upperBound: (rule) => largest(rule.levels.map((l) => l.points)),
  compile(rule) {
    const reached = rule.levels.map((l) => allHold(l.conditions));
    const points = rule.levels.map((l) => l.points);
    return (inputs) => {
      let i = 0;
      while (i < reached.length && reached[i](inputs)) i++;
      return i === 0 ? 0 : points[i - 1];
    };
  },
  formula(rule, env) {
    // IF(L1, IF(L2, IF(L3, p3, p2), p1), 0): a level is tested only once the lower ones hold.
    const from = (i: number, otherwise: string): string =>
      i === rule.levels.length ? otherwise : ifAll(rule.levels[i].conditions, env.ctx, from(i + 1, formulaNumber(rule.levels[i].points)), otherwise);
    return atom(from(0, '0'));
  },
  sentence(rule, env) {
    const rungs = rule.levels.map((l, i) => `mức ${i + 1}${l.label ? ` “${l.label}”` : ''} (${env.number(l.points)} điểm): ${conditionsSentence(l.conditions, env)}`);
    return `Điểm của mức cao nhất đạt được (đạt mọi điều kiện của mức đó và các mức dưới): ${rungs.join('; ')}; không đạt mức 1: 0 điểm`;
  },
};
