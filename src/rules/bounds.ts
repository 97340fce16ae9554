// The largest number of points a rule can give, before the criterion's clamp to [0, max].
// The set checks use it to make sure that no rule promises more than its criterion's max.

import type { Rule } from '../criteria/model';
import { kindModule } from './registry';

/** Upper bound of a rule's points; `criterionMax` is what ratio/cohort rules give without `points`. */
export function ruleUpperBound(rule: Rule, criterionMax: number): number {
  const sub = (r: Rule): number => ruleUpperBound(r, criterionMax);
  return kindModule(rule).upperBound(rule, { max: criterionMax, sub });
}
