// What is done, missing or invalid, per step and per section, from the engine's problems.

import type { CriteriaSet } from '../../criteria/model';
import type { Problem, ProblemKind } from '../../scoring/types';
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

/** Invalid when a value is wrong, missing when something is blank, done otherwise. */
export function statusOf(problems: readonly Problem[] | undefined): StepStatus {
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

export function sectionProgress(set: CriteriaSet, byStep: Map<StepId, Problem[]>): SectionProgress[] {
  return set.sections.map((section) => {
    const counts = { done: 0, missing: 0, invalid: 0 };
    for (const criterion of section.criteria) counts[statusOf(byStep.get(criterion.code))] += 1;
    return { code: section.code, name: section.name, max: section.max, ...counts };
  });
}

/** Share of criteria (0..1) with nothing missing or invalid. */
export function doneShare(set: CriteriaSet, byStep: Map<StepId, Problem[]>): number {
  const codes = set.sections.flatMap((s) => s.criteria.map((c) => c.code));
  if (codes.length === 0) return 1;
  return codes.filter((code) => statusOf(byStep.get(code)) === 'done').length / codes.length;
}
