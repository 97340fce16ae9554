// Scoring one unit's inputs against a criteria set: criterion points, section sub-totals,
// total, band and problems — the same numbers the form's formulas compute, in the same order
// of operations (criterion.ts, totals.ts).

import type { CriteriaSet, Inputs } from '../criteria/model';
import { atLeast } from '../rules/cell';
import { compiledBestLookup, compiledPoints, compiledVoid, compileSet, type CompiledCriterion } from './compiled-set';
import { isMarkedNotApplicable } from './criterion';
import { problemsOf } from './problems';
import { applicableMax, sectionValue, totalValue } from './totals';
import type { CriterionScore, PointsResult, ScoreOptions, ScoreResult, SectionScore } from './types';

/** Scores of every criterion and section, the total, its band and the problems of the inputs. */
export function scoreSet(set: CriteriaSet, inputs: Inputs, opts: ScoreOptions = {}): ScoreResult {
  const compiled = compileSet(set);
  const points = new Map<CompiledCriterion, number>();
  const result = scorePointsOf(set, compiled, inputs, opts, points);
  return { ...result, problems: problemsOf(compiled, inputs, opts, (c) => points.get(c)!) };
}

/**
 * The points alone, without the problems of the inputs: what a ranking needs (standings
 * recompute every unit with its group's cohort bests; the problems were told at intake).
 */
export function scorePoints(set: CriteriaSet, inputs: Inputs, opts: ScoreOptions = {}): PointsResult {
  return scorePointsOf(set, compileSet(set), inputs, opts, new Map());
}

function scorePointsOf(set: CriteriaSet, compiled: ReturnType<typeof compileSet>, inputs: Inputs, opts: ScoreOptions, points: Map<CompiledCriterion, number>): PointsResult {
  const best = compiledBestLookup(compiled, inputs, opts.cohortBest);
  const cohortBest = opts.cohortBest ?? {};
  const criteria: CriterionScore[] = [];
  const sections: SectionScore[] = [];
  const marked: number[] = [];
  for (const { section, criteria: members } of compiled.sections) {
    const sectionPoints: number[] = [];
    for (const c of members) {
      const p = compiledPoints(c, set.precision, inputs, best);
      points.set(c, p);
      sectionPoints.push(p);
      const notApplicable = isMarkedNotApplicable(c.criterion, inputs);
      const voided = compiledVoid(c, inputs);
      if (notApplicable && c.criterion.notApplicable?.policy === 'rescale') marked.push(c.criterion.max);
      // Optional members set only when present, not spread in: this runs for every criterion of every unit a ranking re-scores.
      const score: CriterionScore = { code: c.criterion.code, points: p, max: c.criterion.max, provisional: c.cohortFields.some((f) => cohortBest[f] === undefined) };
      if (c.role !== 'normal') score.role = c.role;
      if (notApplicable) score.notApplicable = true;
      if (voided) score.voided = voided;
      criteria.push(score);
    }
    sections.push({ code: section.code, points: sectionValue(section, sectionPoints, set.precision), max: section.max });
  }
  const applicable = compiled.rescales ? applicableMax(set, marked) : undefined;
  const total = totalValue(set, sections.map((s) => s.points), applicable, set.precision);
  const band = compiled.bandsFromHighest.find((b) => atLeast(total, b.min))?.label;
  return {
    criteria,
    sections,
    total,
    ...(applicable === undefined ? {} : { applicableMax: applicable }),
    ...(band === undefined ? {} : { band }),
  };
}
