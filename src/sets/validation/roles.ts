// Checks of the parts of a set that act around the rules: bonus and deduction items and
// sections (a set with bonus points says how far above maxTotal a total may go), criteria a
// unit may mark not applicable, and the criteria a failed check scores 0.

import type { CriteriaSet, Criterion, Section } from '../../criteria/model';
import { hasBonus, normalCriteriaMax, roleOf } from '../../criteria/roles';
import { msg } from '../../messages';
import { childPath, IssueList } from './issues';

const EPSILON = 1e-9;

export function checkRoles(set: CriteriaSet, issues: IssueList): void {
  if (hasBonus(set) && !((set.maxBonus ?? 0) > 0)) issues.report('error', 'maxBonus', msg('sets.maxBonusMissing'));
  set.sections.forEach((section, s) => {
    const path = childPath('sections', s);
    if (section.bonusMax !== undefined && !section.criteria.some((c) => roleOf(section, c) === 'bonus' && section.role === undefined)) {
      issues.report('warning', childPath(path, 'bonusMax'), msg('sets.bonusMaxWithoutBonus', { section: section.code }));
    }
    section.criteria.forEach((criterion, c) => checkCriterion(section, criterion, `${path}.criteria[${c}]`, issues));
  });
  checkVoids(set, issues);
}

function checkCriterion(section: Section, criterion: Criterion, path: string, issues: IssueList): void {
  if (section.role !== undefined && criterion.role !== undefined) {
    issues.report('error', childPath(path, 'role'), msg('sets.roleInRoleSection', { criterion: criterion.code, section: section.code }));
  }
  const na = criterion.notApplicable;
  if (!na) return;
  const at = childPath(path, 'notApplicable');
  if (roleOf(section, criterion) !== 'normal') issues.report('error', at, msg('sets.notApplicableRole', { criterion: criterion.code }));
  else if (na.policy === 'fixed' && na.points > criterion.max + EPSILON) {
    issues.report('error', childPath(at, 'points'), msg('sets.notApplicableFixedAboveMax', { criterion: criterion.code, points: na.points, max: criterion.max }));
  } else if (na.policy === 'rescale' && normalCriteriaMax(section) > section.max + EPSILON) {
    issues.report('error', at, msg('sets.notApplicableCappedSection', { criterion: criterion.code, section: section.code }));
  }
}

function checkVoids(set: CriteriaSet, issues: IssueList): void {
  const codes = new Set(set.sections.flatMap((s) => s.criteria.map((c) => c.code)));
  set.checks.forEach((check, i) =>
    check.voids?.forEach((code, j) => {
      if (!codes.has(code)) issues.report('error', `checks[${i}].voids[${j}]`, msg('sets.unknownVoidCriterion', { criterion: code }));
    }),
  );
}
