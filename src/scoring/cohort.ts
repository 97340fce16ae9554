// Cohort rules score a value against the best unit's. In a unit's own form the best is
// provisional: max(own value, the rule's reference); at consolidation it is the group's
// largest value. One best value per cohort field, shared by every rule that reads it.

import type { CriteriaSet, InputValue, Inputs, Rule } from '../criteria/model';
import { numberOf } from '../rules/cell';
import { fieldUses } from '../rules/tree';

export interface CohortField {
  field: string;
  /** The largest `reference` of the cohort rules that read the field (0 when none has one). */
  reference: number;
}

/** The fields of a rule tree scored against the best unit, with their references. */
function bestUses(rule: Rule): { field: string; reference?: number }[] {
  return fieldUses(rule).flatMap((use) => (use.best ? [{ field: use.field, reference: use.best.reference }] : []));
}

/** Every field scored by a cohort rule in the set, in set order, each once. */
export function cohortFields(set: CriteriaSet): CohortField[] {
  const references = new Map<string, number>();
  for (const section of set.sections) {
    for (const criterion of section.criteria) {
      for (const rule of bestUses(criterion.rule)) {
        const known = references.get(rule.field) ?? 0;
        references.set(rule.field, Math.max(known, rule.reference ?? 0));
      }
    }
  }
  return [...references].map(([field, reference]) => ({ field, reference }));
}

/** The provisional best of a cohort field: MAX(own value read as a number, reference). */
export function provisionalBest(own: InputValue | undefined, reference = 0): number {
  return Math.max(numberOf(own), reference);
}

/** The best value of each cohort field: the consolidated one when known, else the provisional one. */
export function cohortBestLookup(
  set: CriteriaSet,
  inputs: Inputs,
  cohortBest: Record<string, number> = {},
): (fieldId: string) => number {
  const references = new Map(cohortFields(set).map((c) => [c.field, c.reference]));
  return (fieldId) => cohortBest[fieldId] ?? provisionalBest(inputs[fieldId], references.get(fieldId));
}

/** True when the rule scores a cohort field whose best value is not known (only provisional). */
export function isProvisional(rule: Rule, cohortBest: Record<string, number> = {}): boolean {
  return bestUses(rule).some((r) => cohortBest[r.field] === undefined);
}
