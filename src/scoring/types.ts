// Results of scoring one unit's inputs against a criteria set.

import type { Message } from '../messages';

export type ProblemKind =
  | 'missing' // a required value is blank
  | 'notANumber' // text (or a boolean) where a number is expected
  | 'notWhole' // a fraction where a whole number is expected
  | 'outOfBounds' // below min or above max (percent: above 100%)
  | 'invalidChoice' // not one of the field's choices (yes/no: not "Có"/"Không")
  | 'inconsistent' // a Check of the set fails, or a ratio's part exceeds its whole
  | 'evidenceMissing'; // the criterion requires evidence and none is cited

export interface Problem {
  kind: ProblemKind;
  /** The field concerned, when there is one. */
  fieldId?: string;
  /** The criterion concerned, when there is one (a field's criterion too). */
  criterionCode?: string;
  /** What to tell the user (catalogue area `problem`), rendered in the surface's language. */
  message: Message;
}

export interface CriterionScore {
  code: string;
  /** Points after clamping to [0, max] and ROUND to the set's precision. */
  points: number;
  max: number;
  /** True when a cohort rule used a provisional best value (the unit's own form). */
  provisional: boolean;
  /** A bonus item, or a deduction item (its points are then negative). */
  role?: 'bonus' | 'deduction';
  /** The unit marked it "Không áp dụng". */
  notApplicable?: true;
  /** Why it scores 0: its data is invalid (voids.ts); never with notApplicable. */
  voided?: Message;
}

export interface SectionScore {
  code: string;
  /** The section's points (normal: ROUND(MIN(max, SUM(criteria points)), precision)). */
  points: number;
  max: number;
}

/** The points of one unit's inputs: every criterion and section, the total and its band. */
export interface PointsResult {
  criteria: CriterionScore[];
  sections: SectionScore[];
  /** The total, after the order of operations of docs/criteria-format.md. */
  total: number;
  /** maxTotal less the maxima of the criteria marked not applicable (sets that rescale). */
  applicableMax?: number;
  /** Label of the band the total falls in; undefined when the set has no bands. */
  band?: string;
}

/** The points and the problems of the inputs (what a form shows beside them). */
export interface ScoreResult extends PointsResult {
  problems: Problem[];
}

export interface ScoreOptions {
  /**
   * Best value per cohort field among the units compared (consolidation). When absent
   * for a field, the provisional best is max(own value, rule.reference ?? 0).
   */
  cohortBest?: Record<string, number>;
  /** Evidence text per criterion code (Tài liệu kiểm chứng), for evidenceMissing. */
  evidence?: Record<string, string | null | undefined>;
}
