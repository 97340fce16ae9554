// Maxima must be representable at the set's precision: a criterion max of 2.25 in a set
// rounded to one decimal would let ROUND(points, 1) give 2.3, above the criterion's own max.

import type { CriteriaSet } from '../../criteria/model';
import { childPath, IssueList } from './issues';

/** True when `value` has more decimals than `precision`. */
export function hasMoreDecimals(value: number, precision: number): boolean {
  return Number(value.toFixed(precision)) !== value;
}

export function checkMaximaPrecision(set: CriteriaSet, issues: IssueList): void {
  const report = (path: string, whatVi: string, whatEn: string, code: string, max: number) =>
    issues.error(
      childPath(path, 'max'),
      'maxPrecision',
      `điểm tối đa ${max} của ${whatVi} '${code}' có nhiều chữ số thập phân hơn độ chính xác của bộ tiêu chí (${set.precision} chữ số): điểm làm tròn có thể vượt điểm tối đa`,
      `the maximum ${max} of ${whatEn} '${code}' has more decimals than the set's precision (${set.precision}): rounded points can exceed it`,
    );
  set.sections.forEach((section, s) => {
    const path = childPath('sections', s);
    if (hasMoreDecimals(section.max, set.precision)) report(path, 'nhóm', 'section', section.code, section.max);
    section.criteria.forEach((criterion, c) => {
      if (hasMoreDecimals(criterion.max, set.precision)) report(`${path}.criteria[${c}]`, 'tiêu chí', 'criterion', criterion.code, criterion.max);
    });
  });
}
