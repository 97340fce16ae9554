// What is done, missing or invalid, per step and per section, from the engine's problems and the
// criteria it voids (invalid data, possibly entered at another step: a criterion reading another
// criterion's field scores 0 too, and is not done until that value is corrected).

import type { CriteriaSet } from '../../criteria/model';
import type { Problem, ProblemKind, ScoreResult } from '../../scoring/types';
import { GENERAL_STEP, type StepId } from './steps';

export type StepStatus = 'done' | 'missing' | 'invalid';

const MISSING_KINDS: ReadonlySet<ProblemKind> = new Set(['missing', 'evidenceMissing']);

/** The step a problem belongs to: its criterion, else the general information. */
export function stepOfProblem(problem: Problem): StepId {
  return problem.criterionCode ?? GENERAL_STEP;
}

export function problemsByStep(problems: readonly Problem[]): Map<StepId, Problem[]> {
  const byStep = new Map<StepId, Problem[]>();
  for (const problem of problems) {
    const step = stepOfProblem(problem);
    byStep.set(step, [...(byStep.get(step) ?? []), problem]);
  }
  return byStep;
}

/** The steps whose criterion invalid data voids (it scores 0). */
export function voidedSteps(result: Pick<ScoreResult, 'criteria'>): ReadonlySet<StepId> {
  return new Set(result.criteria.filter((c) => c.voided).map((c) => c.code));
}

/** Invalid when a value is wrong or the criterion is voided, missing when something is blank, done otherwise. */
export function statusOf(problems: readonly Problem[] | undefined, voided = false): StepStatus {
  if (voided) return 'invalid';
  if (!problems || problems.length === 0) return 'done';
  return problems.every((p) => MISSING_KINDS.has(p.kind)) ? 'missing' : 'invalid';
}

export interface SectionProgress {
  code: string;
  name: string;
  max: number;
  done: number;
  missing: number;
  invalid: number;
}

export function sectionProgress(set: CriteriaSet, byStep: Map<StepId, Problem[]>, voided: ReadonlySet<StepId> = new Set()): SectionProgress[] {
  return set.sections.map((section) => {
    const counts = { done: 0, missing: 0, invalid: 0 };
    for (const criterion of section.criteria) counts[statusOf(byStep.get(criterion.code), voided.has(criterion.code))] += 1;
    return { code: section.code, name: section.name, max: section.max, ...counts };
  });
}

/** Share of criteria (0..1) with nothing missing or invalid. */
export function doneShare(set: CriteriaSet, byStep: Map<StepId, Problem[]>, voided: ReadonlySet<StepId> = new Set()): number {
  const codes = set.sections.flatMap((s) => s.criteria.map((c) => c.code));
  if (codes.length === 0) return 1;
  return codes.filter((code) => statusOf(byStep.get(code), voided.has(code)) === 'done').length / codes.length;
}
