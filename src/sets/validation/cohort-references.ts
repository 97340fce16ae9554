// Several rules scoring one field against the best unit share one provisional best value in a unit's form
// (max(own value, reference)), so they must agree on `reference`.

import type { CriteriaSet, Rule } from '../../criteria/model';
import { childEntries, ownFieldUses } from '../../rules/tree';
import { msg } from '../../messages';
import { IssueList } from './issues';

interface CohortUse {
  reference: number | undefined;
  path: string;
}

export function checkCohortReferences(set: CriteriaSet, issues: IssueList): void {
  const first = new Map<string, CohortUse>();
  set.sections.forEach((section, s) =>
    section.criteria.forEach((criterion, c) => {
      const visit = (rule: Rule, path: string): void => {
        for (const use of ownFieldUses(rule)) {
          if (!use.best) continue;
          const here = { reference: use.best.reference, path };
          const seen = first.get(use.field);
          if (!seen) first.set(use.field, here);
          else if (seen.reference !== here.reference) report(use.field, seen, here, issues);
        }
        for (const child of childEntries(rule)) visit(child.rule, path + child.at);
      };
      visit(criterion.rule, `sections[${s}].criteria[${c}].rule`);
    }),
  );
}

function report(field: string, first: CohortUse, other: CohortUse, issues: IssueList): void {
  const shown = (reference: number | undefined) => (reference === undefined ? msg('setcheck.reference.none') : msg('setcheck.reference', { value: reference }));
  issues.report('error', `${other.path}.reference`, msg('setcheck.cohortReferenceMismatch', { field, here: shown(other.reference), there: shown(first.reference), first: first.path }));
}
