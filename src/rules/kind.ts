// What a rule kind is made of. Every kind lives in one module of ./kinds and is listed in the
// registry (./registry.ts), whose type makes a kind that lacks any of these parts a compile
// error. The engine, the formula compiler, the bounds, the set checks, the definition
// workbook and the generated "cách tính điểm" sentence all go through the registry.

import type { InputField, Inputs, Rule, RuleKind } from '../criteria/model';
import type { Message } from '../messages';
import type { Expr, FormulaContext } from './formula-text';

/** The rule of kind K. */
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;

/** Columns of the definition workbook's tieu_chi sheet that hold a rule's parameters. */
export type ParamKey =
  | 'field'
  | 'num'
  | 'den'
  | 'points'
  | 'steps'
  | 'items'
  | 'choice_points'
  | 'each'
  | 'cap'
  | 'reference'
  | 'conditions'
  | 'label';

/**
 * What a property of a rule holds. The set checks (structure and field types), the definition
 * workbook (reading and writing a cell) and the walks over fields and sub-rules each handle
 * every type; a new type is a new entry in each of their tables (see docs/rule-kinds.md).
 */
export type PropertyType =
  | 'numberField' // the id of a numeric field
  | 'yesnoField' // the id of a yes/no field
  | 'choiceField' // the id of a choice field
  | 'bestField' // the id of a numeric field scored against the best unit
  | 'operand' // { field } of a numeric field, or { value }
  | 'points' // any number of points
  | 'maximum' // a number of points >= 0
  | 'reference' // a number >= 0
  | 'steps' // [{ atLeast, points }]
  | 'yesnoItems' // [{ field (yes/no), points }]
  | 'choicePoints' // [{ label, points }]
  | 'text' // a short text (a level's name)
  | 'conditions' // [{ field, atLeast?, equals? }]: yes/no is "Có", number ≥ atLeast, choice = equals
  | 'subindexItems' // [{ field, weight, target?, best? }]
  | 'rule' // exactly one sub-rule (from the rows below on tieu_chi)
  | 'rules'; // sub-rules (from the rows below on tieu_chi)

export interface PropertySpec {
  type: PropertyType;
  required: boolean;
  /** The tieu_chi column that holds it; sub-rules have none (they are the rows below). */
  column?: ParamKey;
}

/** Every property of a rule of kind K but `kind`, each declared. */
export type Properties<K extends RuleKind> = { [P in Exclude<keyof RuleOf<K>, 'kind'>]-?: PropertySpec };

/** An example row of the definition workbook: the rule's cells, or a sub-rule row (type rule, depth). */
export type GuideRow = Partial<Record<string, string | number>>;

/** How the kind is explained to an author: the instructions sheet and the docs. */
export interface KindGuide {
  vi: string;
  en: string;
  /** The criterion row's rule cells, then any sub-rule rows. */
  rows: GuideRow[];
}

/** The raw value of a rule for one unit's inputs; `best` gives a cohort field's best value. */
export type RuleEvaluator = (inputs: Inputs, best: (fieldId: string) => number) => number;

/** What a kind's own check may ask and report (the set checks implement it). */
export interface KindCheck {
  /** Where the rule is, e.g. "sections[0].criteria[2].rule.cases[1]". */
  path: string;
  /** The field of the set with this id, if any. */
  field(id: string): InputField | undefined;
  /** Whether this rule is the top rule of its criterion. */
  top: boolean;
  error(path: string, text: Message): void;
  warning(path: string, text: Message): void;
}

export interface BoundEnv {
  /** The criterion's maximum (what ratio and cohort give without their own points). */
  max: number;
  /** The upper bound of a sub-rule. */
  sub(rule: Rule): number;
}

export interface CompileEnv {
  max: number;
  /** The set's precision (decimals of points): what a criterion's points are rounded to. */
  precision: number;
  sub(rule: Rule): RuleEvaluator;
}

export interface FormulaEnv {
  max: number;
  /** The set's precision (decimals of points). */
  precision: number;
  ctx: FormulaContext;
  sub(rule: Rule): Expr;
}

export interface SentenceEnv {
  max: number;
  /** How a field is named in a sentence: its label in quotes. */
  label(fieldId: string): string;
  /** A number of points or a threshold as Vietnamese writes it (decimal comma). */
  number(value: number): string;
  /** A threshold of the field: a percentage for percent fields. */
  valueOf(fieldId: string, value: number): string;
  sub(rule: Rule): string;
}

/** Everything one rule kind means. */
export interface KindModule<K extends RuleKind> {
  kind: K;
  /** Its properties: types (structure, fields, sub-rules) and tieu_chi columns. */
  properties: Properties<K>;
  /** What it does and an example, in Vietnamese and English. */
  guide: KindGuide;
  /** Checks of its own beyond the types of its properties (reported through `at`). */
  check(rule: RuleOf<K>, at: KindCheck): void;
  /** The largest number of points it can give, before the criterion's clamp to [0, max]. */
  upperBound(rule: RuleOf<K>, env: BoundEnv): number;
  /** The engine: a closure computing its raw value. */
  compile(rule: RuleOf<K>, env: CompileEnv): RuleEvaluator;
  /** The same value as Excel formula text, operation for operation. */
  formula(rule: RuleOf<K>, env: FormulaEnv): Expr;
  /** "Cách tính điểm" in Vietnamese, generated from the rule. */
  sentence(rule: RuleOf<K>, env: SentenceEnv): string;
}
