// Which criterion row carries the best value of each cohort field: the first criterion whose
// rule scores the field (its HELPER cell). The plan writes it there and readers look there.

import type { CriteriaSet } from '../criteria/model';
import { cohortFields, provisionalBestFormula, type FormulaContext } from '../scoring';
import type { FormMap, FormOptions } from './api';
import type { SheetBuilder } from './sheet-builder';
import { fieldUses } from '../rules/tree';

// Module-level because it is a memo of a value derived from its key (a set is not changed once
// built): every submitted form of a set is read against the same owners.
const ownersBySet = new WeakMap<CriteriaSet, ReadonlyMap<string, string>>();

/** Criterion code that carries each cohort field's best value, in set order. */
export function cohortOwners(set: CriteriaSet): ReadonlyMap<string, string> {
  let owners = ownersBySet.get(set);
  if (owners === undefined) {
    owners = findCohortOwners(set);
    ownersBySet.set(set, owners);
  }
  return owners;
}

function findCohortOwners(set: CriteriaSet): Map<string, string> {
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

/** The best value of each cohort field in its HELPER cell: linked to the master, known, or provisional. */
export function writeCohortBests(b: SheetBuilder, set: CriteriaSet, map: FormMap, ctx: FormulaContext, opts: FormOptions): void {
  for (const { field, reference } of cohortFields(set)) {
    const at = map.cohortBestCell[field];
    const known = opts.cohortBest?.[field];
    const linked = opts.cohortBestRef?.[field];
    const content =
      linked !== undefined
        ? { formula: linked }
        : known === undefined
          ? { formula: provisionalBestFormula(ctx.fieldRef(field), reference) }
          : { value: known };
    b.raw(at.row, at.col, content, 'helper');
  }
}
