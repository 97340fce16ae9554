// steps: the points of the highest threshold the value reaches (value ≥ threshold); none
// reached gives 0. "4 meetings = 20, 3 = 15, 2 = 10, 1 = 5".

import type { Step } from '../../criteria/model';
import { atLeast } from '../cell';
import { largest } from '../compute';
import { atom, formulaNumber, term } from '../formula-text';
import { msg } from '../../messages';
import type { KindModule } from '../kind';
import { operandFormula, operandReader } from '../operand';

/** Steps from the highest threshold down (stable for equal thresholds): the order both sides test them. */
export function stepsFromHighest(steps: readonly Step[]): Step[] {
  return steps.slice().sort((a, b) => b.atLeast - a.atLeast);
}

export const steps: KindModule<'steps'> = {
  kind: 'steps',
  properties: {
    of: { type: 'operand', required: true, column: 'field' },
    steps: { type: 'steps', required: true, column: 'steps' },
  },
  guide: {
    vi: 'Theo bậc: điểm của bậc cao nhất mà giá trị đạt tới (giá trị ≥ ngưỡng); không đạt bậc nào được 0 điểm.',
    en: 'Steps: the points of the highest threshold the value reaches (value ≥ threshold); none reached gives 0.',
    rows: [{ rule: 'steps', field: 'so_cuoc_hop_truc_tuyen', steps: '4:20; 3:15; 2:10; 1:5' }],
  },
  check(rule, at) {
    let orderReported = false;
    rule.steps.forEach((step, i) => {
      const path = `${at.path}.steps[${i}]`;
      const previous = rule.steps[i - 1];
      if (rule.steps.slice(0, i).some((other) => other.atLeast === step.atLeast)) {
        at.error(path, msg('sets.duplicateStep', { threshold: step.atLeast }));
      } else if (previous && step.atLeast < previous.atLeast && !orderReported) {
        orderReported = true;
        at.warning(path, msg('sets.stepsUnordered', { threshold: step.atLeast, previous: previous.atLeast }));
      }
    });
  },
  upperBound: (rule) => largest(rule.steps.map((step) => step.points)),
  compile(rule) {
    const of = operandReader(rule.of);
    const ordered = stepsFromHighest(rule.steps);
    return (inputs) => {
      const value = of(inputs);
      for (const step of ordered) if (atLeast(value, step.atLeast)) return step.points;
      return 0;
    };
  },
  formula(rule, env) {
    const value = operandFormula(rule.of, env.ctx);
    return atom(
      stepsFromHighest(rule.steps).reduceRight((otherwise, step) => `IF(${value}>=${term(step.atLeast)},${formulaNumber(step.points)},${otherwise})`, '0'),
    );
  },
  sentence(rule, env) {
    const shown = (n: number) => ('field' in rule.of ? env.valueOf(rule.of.field, n) : env.number(n));
    const name = 'field' in rule.of ? env.label(rule.of.field) : env.number(rule.of.value);
    const parts = stepsFromHighest(rule.steps).map((step) => `từ ${shown(step.atLeast)}: ${env.number(step.points)} điểm`);
    return `Theo ${name}: ${parts.join('; ')}; thấp hơn: 0 điểm`;
  },
};
