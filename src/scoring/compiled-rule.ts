// A rule turned once into a closure that computes exactly what evaluateRule computes (the
// same IEEE operations in the same order), without re-walking the tree, re-sorting steps or
// re-building label lists for every unit. Consolidation scores hundreds of units per set.

import type { Inputs, Operand, Rule } from '../criteria/model';
import { atLeast, isYes, numberOf } from './cell';
import { stepsFromHighest } from './evaluate';

/** The raw value of a rule for one unit's inputs; `best` gives a cohort field's best value. */
export type RuleEvaluator = (inputs: Inputs, best: (fieldId: string) => number) => number;

function operandReader(operand: Operand): (inputs: Inputs) => number {
  if ('field' in operand) {
    const field = operand.field;
    return (inputs) => numberOf(inputs[field]);
  }
  const value = operand.value;
  return () => value;
}

function share(part: number, whole: number, points: number): number {
  if (whole <= 0) return 0;
  return Math.min(1, Math.max(0, part / whole)) * points;
}

/** Left-to-right sum as Array.reduce without a seed computes it (0 for none). */
function sumOf(parts: readonly RuleEvaluator[], inputs: Inputs, best: (fieldId: string) => number): number {
  if (parts.length === 0) return 0;
  let total = parts[0](inputs, best);
  for (let i = 1; i < parts.length; i++) total += parts[i](inputs, best);
  return total;
}

/** Compiles `rule`; `max` is the criterion maximum (the default points of ratio and cohort). */
export function compileRuleEvaluator(rule: Rule, max: number): RuleEvaluator {
  const sub = (r: Rule) => compileRuleEvaluator(r, max);
  switch (rule.kind) {
    case 'ratio': {
      const num = operandReader(rule.num);
      const den = operandReader(rule.den);
      const points = rule.points ?? max;
      return (inputs) => share(num(inputs), den(inputs), points);
    }
    case 'steps': {
      const of = operandReader(rule.of);
      const steps = stepsFromHighest(rule.steps);
      return (inputs) => {
        const value = of(inputs);
        for (const step of steps) if (atLeast(value, step.atLeast)) return step.points;
        return 0;
      };
    }
    case 'yesno': {
      const { field, points } = rule;
      return (inputs) => (isYes(inputs[field]) ? points : 0);
    }
    case 'tiers': {
      const items = rule.items.map((item): RuleEvaluator => (inputs) => (isYes(inputs[item.field]) ? item.points : 0));
      const cap = rule.cap;
      return (inputs, best) => {
        const total = sumOf(items, inputs, best);
        return cap === undefined ? total : Math.min(cap, total);
      };
    }
    case 'choice': {
      const field = rule.field;
      const labels = rule.points.map((p) => p.label.toLowerCase());
      const points = rule.points.map((p) => p.points);
      return (inputs) => {
        const v = inputs[field];
        if (typeof v !== 'string') return 0;
        const index = labels.indexOf(v.toLowerCase());
        return index < 0 ? 0 : points[index];
      };
    }
    case 'count': {
      const { field, each, cap } = rule;
      return (inputs) => Math.min(cap, Math.max(0, numberOf(inputs[field]) * each));
    }
    case 'best':
    case 'max': {
      const parts = (rule.kind === 'best' ? rule.cases : rule.of).map(sub);
      if (parts.length === 0) return () => 0;
      return (inputs, best) => {
        let value = parts[0](inputs, best);
        for (let i = 1; i < parts.length; i++) value = Math.max(value, parts[i](inputs, best));
        return value;
      };
    }
    case 'min': {
      const parts = rule.of.map(sub);
      if (parts.length === 0) return () => 0;
      return (inputs, best) => {
        let value = parts[0](inputs, best);
        for (let i = 1; i < parts.length; i++) value = Math.min(value, parts[i](inputs, best));
        return value;
      };
    }
    case 'sum': {
      const parts = rule.of.map(sub);
      const cap = rule.cap;
      return (inputs, best) => {
        const total = sumOf(parts, inputs, best);
        return cap === undefined ? total : Math.min(cap, total);
      };
    }
    case 'when': {
      const field = rule.field;
      const then = sub(rule.then);
      return (inputs, best) => (isYes(inputs[field]) ? then(inputs, best) : 0);
    }
    case 'cohort': {
      const field = rule.field;
      const points = rule.points ?? max;
      return (inputs, best) => share(numberOf(inputs[field]), best(field), points);
    }
  }
}
