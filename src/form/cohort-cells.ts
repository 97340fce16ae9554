// Which criterion row carries the best value of each cohort field: the first criterion whose
// rule scores the field (its HELPER cell). The plan writes it there and readers look there.

import type { CriteriaSet } from '../criteria/model';
import { fieldUses } from '../rules/tree';

/** Criterion code that carries each cohort field's best value, in set order. */
export function cohortOwners(set: CriteriaSet): Map<string, string> {
  const owner = new Map<string, string>();
  for (const section of set.sections) {
    for (const c of section.criteria) {
      for (const use of fieldUses(c.rule)) {
        if (use.best && !owner.has(use.field)) owner.set(use.field, c.code);
      }
    }
  }
  return owner;
}
