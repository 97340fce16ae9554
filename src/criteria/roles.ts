// What a criterion's points do: add (normal), add as a bonus, or deduct — its own role, or its
// section's when the section is a bonus or deduction section; and the maxima that follow.

import type { CriteriaSet, Criterion, Section } from './model';

export type EffectiveRole = 'normal' | 'bonus' | 'deduction';

/** The role of a criterion in its section. */
export function roleOf(section: Section, criterion: Criterion): EffectiveRole {
  return section.role ?? criterion.role ?? 'normal';
}

/** Normal sections make up maxTotal; bonus and deduction sections act on the total. */
export function isNormalSection(section: Section): boolean {
  return section.role === undefined;
}

/** The sum of the maxima of the normal criteria of a normal section. */
export function normalCriteriaMax(section: Section): number {
  return section.criteria.reduce((total, c) => total + (roleOf(section, c) === 'normal' ? c.max : 0), 0);
}

/** Whether the set has bonus points anywhere (bonus criteria or bonus sections). */
export function hasBonus(set: CriteriaSet): boolean {
  return set.sections.some((s) => s.role === 'bonus' || s.criteria.some((c) => roleOf(s, c) === 'bonus'));
}

/** Whether some criterion may be marked not applicable with the total rescaled. */
export function rescalesForNotApplicable(set: CriteriaSet): boolean {
  return set.sections.some((s) => s.criteria.some((c) => c.notApplicable?.policy === 'rescale'));
}
