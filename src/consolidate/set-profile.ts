// What consolidation needs of each criteria set, derived once and cached: its version, the
// shape of every criterion's score formula, and its fields. Reading 300 files of one set
// computes these once, not 300 times.

import type { CriteriaSet, InputField } from '../criteria/model';
import { allFields } from '../criteria/fields';
import { setVersion } from '../criteria/version';
import { roleOf } from '../criteria/roles';
import { criterionFormula, scoreCellFormula, voidFormula, type FormulaContext } from '../scoring/formula';
import { formulaShape } from './formula-shape';

export interface SetProfile {
  set: CriteriaSet;
  version: string;
  /**
   * Shapes (see formula-shape.ts) of each criterion's score formula, by code: today's, the one
   * forms carried before invalid data scored 0 (no void test), and for a deduction item the one
   * carried before a voided deduction took its full deduction (0 while voided): each is still the
   * set's formula.
   */
  scoreShapes: Map<string, ReadonlySet<string>>;
  /** The shape of each criterion's score formula as a form written today carries it, by code. */
  currentShapes: Map<string, string>;
  fields: Map<string, InputField>;
  /** Criterion codes in set order, with their section. */
  criteria: { code: string; section: string }[];
}

const PLACEHOLDER_CONTEXT: FormulaContext = { fieldRef: () => 'A1', cohortBestRef: () => 'A1' };

// Module-level because it is a memo of a value derived from its key (a set is not changed once built).
const profiles = new WeakMap<CriteriaSet, SetProfile>();

export function setProfile(set: CriteriaSet): SetProfile {
  const known = profiles.get(set);
  if (known) return known;
  const scoreShapes = new Map<string, ReadonlySet<string>>();
  const currentShapes = new Map<string, string>();
  const criteria: { code: string; section: string }[] = [];
  for (const section of set.sections) {
    for (const c of section.criteria) {
      const role = roleOf(section, c);
      const before = criterionFormula(c, set.precision, PLACEHOLDER_CONTEXT, role);
      const current = formulaShape(scoreCellFormula(set, c, PLACEHOLDER_CONTEXT));
      currentShapes.set(c.code, current);
      const shapes = new Set([current, formulaShape(before)]);
      const voidIf = voidFormula(set, c, PLACEHOLDER_CONTEXT);
      if (role === 'deduction' && voidIf !== undefined) shapes.add(formulaShape(`IF(${voidIf},0,${before})`));
      scoreShapes.set(c.code, shapes);
      criteria.push({ code: c.code, section: section.code });
    }
  }
  const profile: SetProfile = {
    set,
    version: setVersion(set),
    scoreShapes,
    currentShapes,
    fields: new Map(allFields(set).map((f) => [f.id, f])),
    criteria,
  };
  profiles.set(set, profile);
  return profile;
}

/** Shapes of formula texts already seen, per profile: the forms of one set repeat the same texts. */
// Module-level because it is a memo of formulaShape (a pure function of the text), one per profile.
const seenShapes = new WeakMap<SetProfile, Map<string, string>>();
const MAX_SEEN_SHAPES = 10_000;

function shapeOf(profile: SetProfile, formula: string): string {
  let seen = seenShapes.get(profile);
  if (!seen) seenShapes.set(profile, (seen = new Map()));
  let shape = seen.get(formula);
  if (shape === undefined) {
    shape = formulaShape(formula);
    if (seen.size < MAX_SEEN_SHAPES) seen.set(formula, shape);
  }
  return shape;
}

/** Whether `formula` has the shape of the set's score formula of criterion `code` (today's or an earlier one). */
export function isScoreFormula(profile: SetProfile, code: string, formula: string): boolean {
  return profile.scoreShapes.get(code)?.has(shapeOf(profile, formula)) ?? false;
}

/** Whether `formula` is the score formula of criterion `code` that a form written today carries. */
export function isCurrentScoreFormula(profile: SetProfile, code: string, formula: string): boolean {
  return profile.currentShapes.get(code) === shapeOf(profile, formula);
}
