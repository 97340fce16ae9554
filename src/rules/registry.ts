// The registry of rule kinds: one module per kind (./kinds), listed here. Its type makes a
// kind that is missing from the table, or a module that lacks a part, a compile error.
// Adding a kind: docs/rule-kinds.md.

import type { Rule, RuleKind } from '../criteria/model';
import type { KindModule } from './kind';
import { best } from './kinds/best';
import { choice } from './kinds/choice';
import { cohort } from './kinds/cohort';
import { count } from './kinds/count';
import { deduct } from './kinds/deduct';
import { level } from './kinds/level';
import { levels } from './kinds/levels';
import { max } from './kinds/max';
import { min } from './kinds/min';
import { ratio } from './kinds/ratio';
import { steps } from './kinds/steps';
import { subindex } from './kinds/subindex';
import { sum } from './kinds/sum';
import { tiers } from './kinds/tiers';
import { when } from './kinds/when';
import { yesno } from './kinds/yesno';

/** Every kind's module, by kind. */
export type Registry = { [K in RuleKind]: KindModule<K> };

export const KINDS = {
  ratio,
  steps,
  yesno,
  tiers,
  choice,
  count,
  best,
  sum,
  min,
  max,
  when,
  cohort,
  subindex,
  levels,
  level,
  deduct,
} satisfies Registry;

/** The kinds in the order authors see them (instructions, drop-down lists, docs). */
export const RULE_KINDS = Object.keys(KINDS) as RuleKind[];

const REGISTRY: Registry = KINDS;

/** The module of a rule's kind. */
export function kindModule(rule: Rule): KindModule<RuleKind> {
  return REGISTRY[rule.kind] as unknown as KindModule<RuleKind>;
}

/** Whether the text names a kind. */
export function isRuleKind(text: string): text is RuleKind {
  return Object.prototype.hasOwnProperty.call(REGISTRY, text);
}
