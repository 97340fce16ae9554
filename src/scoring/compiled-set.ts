// What scoring needs of a criteria set, derived once per set object and reused for every unit:
// each criterion's rule as a closure, the cohort fields it reads, its ratio part/whole pairs,
// every field with its criterion, the cohort references and the bands in test order.
// A set is plain data that is not modified once it is scored; the cache is keyed by the object.

import { criterionFields } from '../criteria/fields';
import type { Band, CriteriaSet, Criterion, InputField, Inputs, Section } from '../criteria/model';
import { rescalesForNotApplicable, roleOf, type EffectiveRole } from '../criteria/roles';
import { compileRuleEvaluator } from '../rules/evaluate';
import type { RuleEvaluator } from '../rules/kind';
import type { Message } from '../messages';
import { allRules, fieldUses } from '../rules/tree';
import { bandsFromHighest } from './band';
import { cohortFields, provisionalBest } from './cohort';
import { criterionValue, isMarkedNotApplicable, voidedValue } from './criterion';
import { firstReason, firstWords, voidTestsOf, type VoidTest } from './voids';

export interface PlacedField {
  field: InputField;
  /** The criterion the field belongs to; none for general information. */
  criterionCode?: string;
}

export interface CompiledCriterion {
  criterion: Criterion;
  /** Normal, bonus or deduction (its own role or its section's). */
  role: EffectiveRole;
  evaluate: RuleEvaluator;
  /** Fields its cohort rules read (a score is provisional while one has no consolidated best). */
  cohortFields: string[];
  /** Ratios whose part and whole are both fields of the set, in rule order. */
  ratioPairs: { part: string; whole: string }[];
  /** What voids it (scores 0): invalid data it reads, a part above its whole, a failed check (voids.ts). */
  voids: VoidTest[];
}

export interface CompiledSet {
  set: CriteriaSet;
  sections: { section: Section; criteria: CompiledCriterion[] }[];
  criteria: CompiledCriterion[];
  /** Every field, general information first, then by criterion in set order. */
  placed: PlacedField[];
  fields: Map<string, PlacedField>;
  /** The largest `reference` of the cohort rules reading each cohort field. */
  cohortReferences: Map<string, number>;
  bandsFromHighest: Band[];
  /** Some criterion may be marked not applicable with the total rescaled. */
  rescales: boolean;
}

// Module-level because it is a memo of a value derived from its key (a set is not changed once built).
const compiled = new WeakMap<CriteriaSet, CompiledSet>();

function compileCriterion(set: CriteriaSet, section: Section, criterion: Criterion, fields: Map<string, PlacedField>): CompiledCriterion {
  const cohort = fieldUses(criterion.rule).filter((use) => use.best).map((use) => use.field);
  const ratioPairs: { part: string; whole: string }[] = [];
  for (const rule of allRules(criterion.rule)) {
    if (rule.kind === 'ratio' && 'field' in rule.num && 'field' in rule.den && fields.has(rule.num.field) && fields.has(rule.den.field)) {
      ratioPairs.push({ part: rule.num.field, whole: rule.den.field });
    }
  }
  const byId = new Map([...fields].map(([id, p]) => [id, p.field]));
  const role = roleOf(section, criterion);
  return {
    criterion,
    role,
    evaluate: compileRuleEvaluator(criterion.rule, criterion.max, set.precision),
    cohortFields: cohort,
    ratioPairs,
    voids: voidTestsOf(set, criterion, byId, ratioPairs, voidedValue(criterion, role, set.precision)),
  };
}

/** The compiled form of `set`, built on first use and cached for the set object. */
export function compileSet(set: CriteriaSet): CompiledSet {
  const known = compiled.get(set);
  if (known) return known;
  const placed: PlacedField[] = [
    ...set.generalFields.map((field) => ({ field })),
    ...set.sections.flatMap((s) => s.criteria.flatMap((c) => criterionFields(c).map((field) => ({ field, criterionCode: c.code })))),
  ];
  const fields = new Map(placed.map((p) => [p.field.id, p]));
  const sections = set.sections.map((section) => ({ section, criteria: section.criteria.map((c) => compileCriterion(set, section, c, fields)) }));
  const result: CompiledSet = {
    set,
    sections,
    criteria: sections.flatMap((s) => s.criteria),
    placed,
    fields,
    cohortReferences: new Map(cohortFields(set).map((c) => [c.field, c.reference])),
    bandsFromHighest: bandsFromHighest(set.bands),
    rescales: rescalesForNotApplicable(set),
  };
  compiled.set(set, result);
  return result;
}

/** The best value of each cohort field: the consolidated one when known, else the provisional one. */
export function compiledBestLookup(set: CompiledSet, inputs: Inputs, cohortBest: Record<string, number> = {}): (fieldId: string) => number {
  return (fieldId) => cohortBest[fieldId] ?? provisionalBest(inputs[fieldId], set.cohortReferences.get(fieldId));
}

/** Why the criterion is voided (scores 0, a deduction item −max) by the inputs, or undefined; never while marked not applicable. */
export function compiledVoid(c: CompiledCriterion, inputs: Inputs): Message | undefined {
  return isMarkedNotApplicable(c.criterion, inputs) ? undefined : firstReason(c.voids, inputs);
}

/** Why invalid data voids criterion `code` of `set` (marked not applicable or not), or undefined. */
export function criterionVoid(set: CriteriaSet, code: string, inputs: Inputs): Message | undefined {
  const c = compileSet(set).criteria.find((x) => x.criterion.code === code);
  return c && firstReason(c.voids, inputs);
}

/**
 * What the criterion's "Kiểm tra số liệu" cell of the form shows (voidTextFormula): the workbook's
 * reason it scores 0 ("0 điểm — số liệu không hợp lệ: 25 > 20"), or "" — also while marked not applicable.
 */
export function criterionVoidText(set: CriteriaSet, code: string, inputs: Inputs): string {
  const c = compileSet(set).criteria.find((x) => x.criterion.code === code);
  return c === undefined || isMarkedNotApplicable(c.criterion, inputs) ? '' : firstWords(c.voids, inputs, voidedValue(c.criterion, c.role, set.precision));
}

/** The score cell's value of a compiled criterion, as criterionFormula computes it. */
export function compiledPoints(c: CompiledCriterion, precision: number, inputs: Inputs, best: (fieldId: string) => number): number {
  const marked = isMarkedNotApplicable(c.criterion, inputs);
  if (!marked && firstReason(c.voids, inputs)) return voidedValue(c.criterion, c.role, precision);
  return criterionValue(c.criterion, c.role, precision, marked ? 0 : c.evaluate(inputs, best), marked);
}
