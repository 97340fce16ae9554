// Several cohort rules on one field share one provisional best value in a unit's form
// (max(own value, reference)), so they must agree on `reference`.

import type { CriteriaSet, Rule } from '../model';
import { IssueList } from './issues';

interface CohortUse {
  reference: number | undefined;
  path: string;
}

export function checkCohortReferences(set: CriteriaSet, issues: IssueList): void {
  const first = new Map<string, CohortUse>();
  const visit = (rule: Rule, path: string): void => {
    switch (rule.kind) {
      case 'cohort': {
        const seen = first.get(rule.field);
        if (!seen) first.set(rule.field, { reference: rule.reference, path });
        else if (seen.reference !== rule.reference) report(rule.field, seen, { reference: rule.reference, path }, issues);
        return;
      }
      case 'best':
        rule.cases.forEach((sub, i) => visit(sub, `${path}.cases[${i}]`));
        return;
      case 'sum':
      case 'min':
      case 'max':
        rule.of.forEach((sub, i) => visit(sub, `${path}.of[${i}]`));
        return;
      case 'when':
        visit(rule.then, `${path}.then`);
        return;
      default:
        return;
    }
  };
  set.sections.forEach((section, s) =>
    section.criteria.forEach((criterion, c) => visit(criterion.rule, `sections[${s}].criteria[${c}].rule`)),
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
