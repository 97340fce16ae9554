// Scoring one unit's inputs against a criteria set: criterion points, section sub-totals,
// total, band and problems — the same numbers the form's formulas compute.

import type { CriteriaSet, Inputs } from '../criteria/model';
import { atLeast } from '../rules/cell';
import { compiledBestLookup, compiledPoints, compileSet, type CompiledCriterion } from './compiled-set';
import { problemsOf } from './problems';
import { excelRound } from './round';
import type { CriterionScore, ScoreOptions, ScoreResult, SectionScore } from './types';

/** Scores of every criterion and section, the total, its band and the problems of the inputs. */
export function scoreSet(set: CriteriaSet, inputs: Inputs, opts: ScoreOptions = {}): ScoreResult {
  const compiled = compileSet(set);
  const best = compiledBestLookup(compiled, inputs, opts.cohortBest);
  const cohortBest = opts.cohortBest ?? {};
  const points = new Map<CompiledCriterion, number>();
  const criteria: CriterionScore[] = [];
  const sections: SectionScore[] = [];
  let sum = 0;
  for (const { section, criteria: members } of compiled.sections) {
    let sectionSum = 0;
    for (const c of members) {
      const p = compiledPoints(c, set.precision, inputs, best);
      points.set(c, p);
      sectionSum += p;
      criteria.push({ code: c.criterion.code, points: p, max: c.criterion.max, provisional: c.cohortFields.some((f) => cohortBest[f] === undefined) });
    }
    const sectionPoints = excelRound(Math.min(section.max, sectionSum), set.precision);
    sections.push({ code: section.code, points: sectionPoints, max: section.max });
    sum += sectionPoints;
  }
  const total = excelRound(sum, set.precision);
  const band = compiled.bandsFromHighest.find((b) => atLeast(total, b.min))?.label;
  return { criteria, sections, total, ...(band === undefined ? {} : { band }), problems: problemsOf(compiled, inputs, opts, (c) => points.get(c)!) };
}
