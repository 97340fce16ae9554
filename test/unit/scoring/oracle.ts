// An independent oracle of the rule semantics for the tests: a plain tree walker over the
// rule kinds, written apart from the kinds' modules (src/rules/kinds), whose closures and
// formulas must give bit-identical values.

import type { Condition, Inputs, Operand, Rule, Step, SubindexItem } from '../../../src/criteria/model';
import { atLeast, choiceIndex, isYes, numberOf } from '../../../src/rules/cell';
import { excelRound } from '../../../src/scoring/round';

/** Steps from the highest threshold down (stable for equal thresholds): the order both sides test them. */
export function stepsFromHighest(steps: readonly Step[]): Step[] {
  return steps.slice().sort((a, b) => b.atLeast - a.atLeast);
}

function operandValue(operand: Operand, inputs: Inputs): number {
  return 'field' in operand ? numberOf(inputs[operand.field]) : operand.value;
}

/** clamp(part / whole, 0, 1) × points, or 0 when the whole is not positive. */
function share(part: number, whole: number, points: number): number {
  if (whole <= 0) return 0;
  return Math.min(1, Math.max(0, part / whole)) * points;
}

function sumLeftToRight(values: number[]): number {
  if (values.length === 0) return 0;
  return values.reduce((total, v) => total + v);
}

function capped(value: number, cap: number | undefined): number {
  return cap === undefined ? value : Math.min(cap, value);
}

/**
 * The raw value of `rule` (not clamped to [0, max], not rounded). `max` is the criterion
 * maximum (the default points of ratio and cohort); `best` gives the best value of a
 * cohort field among the units compared.
 */
export function evaluateRule(rule: Rule, max: number, inputs: Inputs, best: (fieldId: string) => number, precision = 4): number {
  const sub = (r: Rule): number => evaluateRule(r, max, inputs, best, precision);
  const rounded = (x: number): number => excelRound(x, precision);
  switch (rule.kind) {
    case 'ratio':
      return share(operandValue(rule.num, inputs), operandValue(rule.den, inputs), rule.points ?? max);
    case 'steps': {
      const value = operandValue(rule.of, inputs);
      const reached = stepsFromHighest(rule.steps).find((step) => atLeast(value, step.atLeast));
      return reached ? reached.points : 0;
    }
    case 'yesno':
      return isYes(inputs[rule.field]) ? rule.points : 0;
    case 'tiers':
      return capped(sumLeftToRight(rule.items.map((item) => (isYes(inputs[item.field]) ? item.points : 0))), rule.cap);
    case 'choice': {
      const index = choiceIndex(inputs[rule.field], rule.points.map((p) => p.label));
      return index < 0 ? 0 : rule.points[index].points;
    }
    case 'count':
      return Math.min(rule.cap, Math.max(0, numberOf(inputs[rule.field]) * rule.each));
    case 'best':
    case 'max': {
      const values = (rule.kind === 'best' ? rule.cases : rule.of).map(sub);
      return values.length === 0 ? 0 : Math.max(...values);
    }
    case 'min':
      return rule.of.length === 0 ? 0 : Math.min(...rule.of.map(sub));
    case 'sum':
      return capped(sumLeftToRight(rule.of.map(sub)), rule.cap);
    case 'when':
      return isYes(inputs[rule.field]) ? sub(rule.then) : 0;
    case 'cohort':
      return share(numberOf(inputs[rule.field]), best(rule.field), rule.points ?? max);
    case 'deduct':
      return Math.max(0, rule.less.reduce((value, r) => value - rounded(Math.max(0, sub(r))), rounded(Math.min(max, Math.max(0, sub(rule.from))))));
    case 'level':
      return rule.conditions.every((c) => holds(c, inputs)) ? rule.points : 0;
    case 'levels': {
      const reached = rule.levels.findIndex((l) => !l.conditions.every((c) => holds(c, inputs)));
      const top = reached < 0 ? rule.levels.length : reached;
      return top === 0 ? 0 : rule.levels[top - 1].points;
    }
    case 'subindex': {
      const total = rule.items.reduce((t, i) => t + i.weight, 0);
      if (rule.items.length === 0 || total <= 0) return 0;
      const weighted = sumLeftToRight(rule.items.map((item) => item.weight * normalised(item, inputs, best)));
      return (weighted / total) * (rule.points ?? max);
    }
  }
}

function holds(c: Condition, inputs: Inputs): boolean {
  if (c.atLeast !== undefined) return atLeast(numberOf(inputs[c.field]), c.atLeast);
  if (c.equals !== undefined) return choiceIndex(inputs[c.field], [c.equals]) === 0;
  return isYes(inputs[c.field]);
}

function normalised(item: SubindexItem, inputs: Inputs, best: (fieldId: string) => number): number {
  if (item.best) return share(numberOf(inputs[item.field]), best(item.field), 1);
  if (item.target !== undefined) return share(numberOf(inputs[item.field]), item.target, 1);
  return isYes(inputs[item.field]) ? 1 : 0;
}
