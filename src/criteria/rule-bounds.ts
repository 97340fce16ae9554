// The largest number of points a rule can give, before the criterion's clamp to [0, max].
// The criteria layer checks with it that no rule promises more than its criterion's max.

import type { Rule } from './model';

/** Upper bound of a rule's points; `criterionMax` is what ratio/cohort rules give without `points`. */
export function ruleUpperBound(rule: Rule, criterionMax: number): number {
  switch (rule.kind) {
    case 'ratio':
    case 'cohort':
      return Math.max(0, rule.points ?? criterionMax);
    case 'steps':
      return largest(rule.steps.map((step) => step.points));
    case 'yesno':
      return Math.max(0, rule.points);
    case 'tiers':
      return capped(sumPositive(rule.items.map((item) => item.points)), rule.cap);
    case 'choice':
      return largest(rule.points.map((choice) => choice.points));
    case 'count':
      return rule.each > 0 ? Math.max(0, rule.cap) : 0;
    case 'best':
      return largest(rule.cases.map((r) => ruleUpperBound(r, criterionMax)));
    case 'max':
      return largest(rule.of.map((r) => ruleUpperBound(r, criterionMax)));
    case 'sum':
      return capped(sumPositive(rule.of.map((r) => ruleUpperBound(r, criterionMax))), rule.cap);
    case 'min':
      return rule.of.length === 0 ? 0 : Math.min(...rule.of.map((r) => ruleUpperBound(r, criterionMax)));
    case 'when':
      return ruleUpperBound(rule.then, criterionMax);
  }
}

function largest(values: number[]): number {
  return Math.max(0, ...values);
}

function sumPositive(values: number[]): number {
  return values.reduce((total, value) => total + Math.max(0, value), 0);
}

function capped(value: number, cap: number | undefined): number {
  return cap === undefined ? value : Math.min(value, Math.max(0, cap));
}
