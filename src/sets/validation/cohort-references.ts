// Several rules scoring one field against the best unit share one provisional best value in a unit's form
// (max(own value, reference)), so they must agree on `reference`.

import type { CriteriaSet, Rule } from '../../criteria/model';
import { childEntries, ownFieldUses } from '../../rules/tree';
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
  const shown = (reference: number | undefined) => (reference === undefined ? '(trống)' : String(reference));
  const shownEn = (reference: number | undefined) => (reference === undefined ? '(none)' : String(reference));
  issues.error(
    `${other.path}.reference`,
    'cohortReferenceMismatch',
    `các quy tắc cohort trên cùng trường '${field}' phải có cùng giá trị tham chiếu: ${shown(other.reference)} ở đây, ${shown(first.reference)} tại ${first.path}`,
    `cohort rules on the same field '${field}' must have the same reference: ${shownEn(other.reference)} here, ${shownEn(first.reference)} at ${first.path}`,
  );
}
