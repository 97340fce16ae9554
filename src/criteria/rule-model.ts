// The scoring rule's model: a typed tree of plain data. Each kind has its module in
// src/rules/kinds, listed in src/rules/registry.ts (docs/rule-kinds.md).

/** An operand of a rule: an input field, or a constant. */
export type Operand = { field: string } | { value: number };

/** One threshold of a `steps` rule: when the value is >= `atLeast`, score `points`. */
export interface Step {
  atLeast: number;
  points: number;
}

/** One item of a `tiers` rule: a yes/no field that adds `points` when "Có". */
export interface Tier {
  field: string;
  points: number;
}

/** Points for one label of a `choice` field. Labels not listed score 0. */
export interface ChoicePoints {
  label: string;
  points: number;
}

/**
 * One condition of a `level`: a yes/no field is "Có" (neither atLeast nor equals), a numeric
 * field is at least `atLeast`, or a choice field holds the label `equals`.
 */
export interface Condition {
  field: string;
  atLeast?: number;
  equals?: string;
}

/**
 * One value of a `subindex`, normalised to 0..1: against `target` (clamp(value / target, 0, 1);
 * a maximum is a target), against the best unit of the group (`best`), or — for a yes/no
 * field, with neither — 1 when "Có". `weight` > 0 is its share of the average.
 */
export interface SubindexItem {
  field: string;
  weight: number;
  target?: number;
  best?: boolean;
}

/**
 * A scoring rule: a typed tree, evaluated by the engine and compiled to an Excel
 * formula with the same semantics. Never evaluated with eval. Each kind has its module in
 * src/rules/kinds (docs/rule-kinds.md).
 *
 * Blank cells count as 0. The result of the top-level rule is clamped to [0, criterion max]
 * and rounded to the set's precision (Excel ROUND).
 */
export type Rule =
  /** clamp(num / den, 0, 1) × points (points defaults to the criterion max); den <= 0 gives 0. */
  | { kind: 'ratio'; num: Operand; den: Operand; points?: number }
  /** The points of the highest step whose threshold the value reaches; else 0. */
  | { kind: 'steps'; of: Operand; steps: Step[] }
  /** `points` when the yes/no field is "Có", else 0. */
  | { kind: 'yesno'; field: string; points: number }
  /** Sum of the points of every yes/no item that is "Có", at most `cap` when given. */
  | { kind: 'tiers'; items: Tier[]; cap?: number }
  /** Points by the label chosen (e.g. by role: chairman full, deputy half). */
  | { kind: 'choice'; field: string; points: ChoicePoints[] }
  /** `each` points per item counted, between 0 and `cap`. */
  | { kind: 'count'; field: string; each: number; cap: number }
  /** The best of several ways of scoring (the case that gives the most points). */
  | { kind: 'best'; cases: Rule[] }
  /** Sum / smallest / largest of sub-rules; `sum` may be capped. */
  | { kind: 'sum'; of: Rule[]; cap?: number }
  | { kind: 'min'; of: Rule[] }
  | { kind: 'max'; of: Rule[] }
  /** `then` only when the yes/no field is "Có" (e.g. "+5 if the data centre meets standard A"). */
  | { kind: 'when'; field: string; then: Rule }
  /**
   * Normalised to the best unit: clamp(value / best, 0, 1) × points, where best is the
   * largest value among the units compared. Provisional in a unit's own form (best =
   * max(own value, `reference`)), final at consolidation (best = the group's largest).
   */
  | { kind: 'cohort'; field: string; points?: number; reference?: number }
  /**
   * Deductions inside a criterion: MAX(0, MIN(max, MAX(0, from)) − Σ MAX(0, less)). Only as a
   * criterion's top rule. A `less` rule is usually a count (each event −x, at most −y).
   */
  | { kind: 'deduct'; from: Rule; less: Rule[] }
  /** `points` when every condition holds, else 0. */
  | { kind: 'level'; points: number; conditions: Condition[]; label?: string }
  /**
   * Levels by conditions, the lowest first: the points of the highest level reached, a level
   * being reached when all its conditions and all lower levels' hold; none reached gives 0.
   */
  | { kind: 'levels'; levels: Extract<Rule, { kind: 'level' }>[] }
  /** Weighted average of normalised values × points (points default to the criterion max). */
  | { kind: 'subindex'; items: SubindexItem[]; points?: number };

/** The kinds of rule; each has its module in src/rules/kinds (listed in src/rules/registry.ts). */
export type RuleKind = Rule['kind'];
