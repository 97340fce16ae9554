// Mistakes in a unit's inputs, found as they are typed: blanks, text in number cells,
// values out of bounds, labels not offered, inconsistent numbers, evidence not cited.
// What makes a value invalid is written once, in validity.ts: the criteria reading an invalid
// value score 0 (voids.ts); the problems say what to correct.

import type { Check, CriteriaSet, InputValue, Inputs } from '../criteria/model';
import type { Problem, ProblemKind, ScoreOptions } from './types';
import { boundsOf, checkFails, fieldFault, isBlank } from './validity';
import { isMarkedNotApplicable } from './criterion';
import { compiledBestLookup, compiledPoints, compileSet, type CompiledCriterion, type CompiledSet, type PlacedField } from './compiled-set';
import {
  evidenceMissingText,
  failedCheckText,
  invalidChoiceText,
  missingText,
  notANumberText,
  notWholeText,
  outOfBoundsText,
  partExceedsWholeText,
  type Place,
} from './messages';
import type { Message } from '../messages';

function problem(kind: ProblemKind, place: Place, fieldId: string | undefined, message: Message): Problem {
  return {
    kind,
    ...(fieldId === undefined ? {} : { fieldId }),
    ...(place.criterionCode === undefined ? {} : { criterionCode: place.criterionCode }),
    message,
  };
}

const WHOLE_TYPES = new Set(['integer', 'count']);

function fieldProblem({ field, ...place }: PlacedField, entered: InputValue | undefined): Problem | undefined {
  const v = entered ?? null;
  if (isBlank(v)) {
    return field.required ? problem('missing', place, field.id, missingText(place, field)) : undefined;
  }
  const fault = fieldFault(field, v);
  if (fault?.kind === 'notANumber') return problem('notANumber', place, field.id, notANumberText(place, field, v));
  if (WHOLE_TYPES.has(field.type) && typeof v === 'number' && !Number.isInteger(v)) {
    return problem('notWhole', place, field.id, notWholeText(place, field, v));
  }
  if (fault?.kind === 'belowMin' || fault?.kind === 'aboveMax') {
    const { min, max } = boundsOf(field);
    return problem('outOfBounds', place, field.id, outOfBoundsText(place, field, fault.value, min, max));
  }
  if (fault?.kind === 'invalidChoice') return problem('invalidChoice', place, field.id, invalidChoiceText(place, field, v, fault.labels));
  return undefined;
}

function checkProblem(check: Check, inputs: Inputs, fields: Map<string, PlacedField>): Problem | undefined {
  const left = inputs[check.left];
  const right = inputs[check.right];
  if (!checkFails(check.op, left, right) || typeof left !== 'number' || typeof right !== 'number') return undefined;
  const leftField = fields.get(check.left);
  const place = { criterionCode: leftField?.criterionCode };
  const text = failedCheckText(place, check, leftField?.field, left, fields.get(check.right)?.field, right);
  return problem('inconsistent', place, check.left, text);
}

/** Ratios whose part and whole are both entered fields and whose part exceeds the whole. */
function ratioProblems(c: CompiledCriterion, inputs: Inputs, fields: Map<string, PlacedField>): Problem[] {
  if (c.ratioPairs.length === 0) return [];
  const place = { criterionCode: c.criterion.code };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const pair of c.ratioPairs) {
    const partValue = inputs[pair.part];
    const wholeValue = inputs[pair.whole];
    if (!checkFails('<=', partValue, wholeValue) || typeof partValue !== 'number' || typeof wholeValue !== 'number') continue;
    const key = `${pair.part}/${pair.whole}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const part = fields.get(pair.part)!.field;
    const whole = fields.get(pair.whole)!.field;
    problems.push(problem('inconsistent', place, part.id, partExceedsWholeText(place, part, partValue, whole, wholeValue)));
  }
  return problems;
}

/**
 * Every problem of a unit's inputs: per field (missing, notANumber, notWhole, outOfBounds,
 * invalidChoice), per ratio (part > whole), per check of the set, and evidence not cited for a
 * criterion that requires it and scores more than 0.
 */
export function checkInputs(set: CriteriaSet, inputs: Inputs, opts: ScoreOptions = {}): Problem[] {
  return problemsOf(compileSet(set), inputs, opts);
}

/** checkInputs over a compiled set; `points` gives criterion points already computed with the same options. */
export function problemsOf(
  compiled: CompiledSet,
  inputs: Inputs,
  opts: ScoreOptions = {},
  points?: (c: CompiledCriterion) => number,
): Problem[] {
  const { set, fields } = compiled;
  const best = compiledBestLookup(compiled, inputs, opts.cohortBest);
  const pointsOf = points ?? ((c: CompiledCriterion) => compiledPoints(c, set.precision, inputs, best));
  const problems: Problem[] = [];
  const notApplicable = new Set(compiled.criteria.filter((c) => isMarkedNotApplicable(c.criterion, inputs)).map((c) => c.criterion.code));
  for (const p of compiled.placed) {
    const found = fieldProblem(p, inputs[p.field.id]);
    // the fields of a criterion marked "Không áp dụng" need not be filled in
    if (found && !(found.kind === 'missing' && p.criterionCode !== undefined && notApplicable.has(p.criterionCode))) problems.push(found);
  }
  for (const c of compiled.criteria) problems.push(...ratioProblems(c, inputs, fields));
  for (const check of set.checks) {
    const found = checkProblem(check, inputs, fields);
    if (found) problems.push(found);
  }
  for (const c of compiled.criteria) {
    const code = c.criterion.code;
    if (c.criterion.evidenceRequired && isBlank(opts.evidence?.[code]) && pointsOf(c) > 0) {
      problems.push(problem('evidenceMissing', { criterionCode: code }, undefined, evidenceMissingText({ criterionCode: code })));
    }
  }
  return problems;
}
