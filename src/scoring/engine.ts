// Scoring one unit's inputs against a criteria set: criterion points, section sub-totals,
// total, band and problems — the same numbers the form's formulas compute.

import type { CriteriaSet, Inputs } from '../criteria/model';
import { bandFor } from './band';
import { cohortBestLookup, isProvisional } from './cohort';
import { criterionPoints } from './criterion';
import { checkInputs } from './problems';
import { excelRound } from './round';
import type { CriterionScore, ScoreOptions, ScoreResult, SectionScore } from './types';

function sumInOrder(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** Scores of every criterion and section, the total, its band and the problems of the inputs. */
export function scoreSet(set: CriteriaSet, inputs: Inputs, opts: ScoreOptions = {}): ScoreResult {
  const best = cohortBestLookup(set, inputs, opts.cohortBest);
  const criteria: CriterionScore[] = [];
  const sections: SectionScore[] = set.sections.map((section) => {
    const scores = section.criteria.map((c) => ({
      code: c.code,
      points: criterionPoints(c, set.precision, inputs, best),
      max: c.max,
      provisional: isProvisional(c.rule, opts.cohortBest),
    }));
    criteria.push(...scores);
    const sum = sumInOrder(scores.map((s) => s.points));
    return { code: section.code, points: excelRound(Math.min(section.max, sum), set.precision), max: section.max };
  });
  const total = excelRound(sumInOrder(sections.map((s) => s.points)), set.precision);
  const band = bandFor(total, set.bands);
  return { criteria, sections, total, ...(band === undefined ? {} : { band }), problems: checkInputs(set, inputs, opts) };
}
