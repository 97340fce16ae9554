// Maxima must be representable at the set's precision: a criterion max of 2.25 in a set
// rounded to one decimal would let ROUND(points, 1) give 2.3, above the criterion's own max.

import type { CriteriaSet } from '../../criteria/model';
import { msg, type Message } from '../../messages';
import { childPath, IssueList } from './issues';

/** True when `value` has more decimals than `precision`. */
export function hasMoreDecimals(value: number, precision: number): boolean {
  return Number(value.toFixed(precision)) !== value;
}

export function checkMaximaPrecision(set: CriteriaSet, issues: IssueList): void {
  const report = (path: string, what: Message, code: string, max: number) =>
    issues.report('error', childPath(path, 'max'), msg('setcheck.maxPrecision', { max, what, code, precision: set.precision }));
  set.sections.forEach((section, s) => {
    const path = childPath('sections', s);
    if (hasMoreDecimals(section.max, set.precision)) report(path, msg('sets.what.section'), section.code, section.max);
    section.criteria.forEach((criterion, c) => {
      if (hasMoreDecimals(criterion.max, set.precision)) report(`${path}.criteria[${c}]`, msg('sets.what.criterion'), criterion.code, criterion.max);
    });
  });
}
