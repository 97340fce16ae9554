// Checks a criteria set read from JSON or from a definition workbook: first its structure
// (types, required properties, ids, dates, rule kinds), then — when the structure is sound —
// its meaning (references, sums of maxima, rule bounds, bands).

import type { CriteriaSet } from '../criteria/model';
import { IssueList } from './validation/issues';
import type { SetIssue } from './validation/issues';
import { checkSemantics } from './validation/semantics';
import { checkStructure } from './validation/structure';

export type { SetIssue, IssueSeverity } from './validation/issues';

/** The set (when it has no error; warnings allowed) and every issue found. */
export function validateSet(value: unknown): { set?: CriteriaSet; issues: SetIssue[] } {
  const issues = new IssueList();
  if (!checkStructure(value, issues)) return { issues: issues.items };
  checkSemantics(value, issues);
  return issues.hasErrors() ? { issues: issues.items } : { set: value, issues: issues.items };
}

/** Only the errors among `issues`. */
export function errorsOf(issues: SetIssue[]): SetIssue[] {
  return issues.filter((issue) => issue.severity === 'error');
}
