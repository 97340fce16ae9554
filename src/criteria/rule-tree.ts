// Walking the rule tree (the model's own structure): every rule of a tree, the root first.

import type { Rule } from './model';

/** The direct sub-rules of a rule. */
export function childRules(rule: Rule): Rule[] {
  switch (rule.kind) {
    case 'best':
      return rule.cases;
    case 'sum':
    case 'min':
    case 'max':
      return rule.of;
    case 'when':
      return [rule.then];
    default:
      return [];
  }
}

/** The rule and all its sub-rules, depth first, in order. */
export function allRules(rule: Rule): Rule[] {
  return [rule, ...childRules(rule).flatMap(allRules)];
}
