// A rule as the engine computes it: turned once into a closure by its kind's module (the same
// IEEE operations in the same order as its formula), reused for every unit.

import type { Inputs, Rule } from '../criteria/model';
import type { RuleEvaluator } from './kind';
import { kindModule } from './registry';

/**
 * Compiles `rule`; `max` is the criterion maximum (the default points of ratio and cohort),
 * `precision` the set's (a `deduct` rule subtracts points rounded to it).
 */
export function compileRuleEvaluator(rule: Rule, max: number, precision: number): RuleEvaluator {
  const sub = (r: Rule): RuleEvaluator => compileRuleEvaluator(r, max, precision);
  return kindModule(rule).compile(rule, { max, precision, sub });
}

/**
 * The raw value of `rule` for one unit (not clamped to [0, max], not rounded). `best` gives the
 * best value of a cohort field among the units compared. Compiles the rule on every call: for
 * one-off values; scoring many units compiles once (see scoring/compiled-set.ts).
 */
export function evaluateRule(rule: Rule, max: number, inputs: Inputs, best: (fieldId: string) => number, precision: number): number {
  return compileRuleEvaluator(rule, max, precision)(inputs, best);
}
