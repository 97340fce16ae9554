// The rule kinds layer: one module per kind (./kinds) in a typed registry, and what goes
// through it — the engine's closures, formula text, bounds, tree walks, generated sentences.

export type * from './kind';
export { KINDS, RULE_KINDS, kindModule, isRuleKind, type Registry } from './registry';
export { childRules, childEntries, allRules, ownFieldUses, fieldUses, fieldsRead, type FieldUse } from './tree';
export { compileRuleEvaluator, evaluateRule } from './evaluate';
export { compileRule } from './formula';
export { ruleUpperBound } from './bounds';
export { ruleSentence, vietnameseNumber } from './sentence';
export { stepsFromHighest } from './kinds/steps';
export { numberOf, isYes, textEquals, choiceIndex, atLeast, atMost, YES, NO } from './cell';
export { formulaNumber, formulaString, type Expr, type FormulaContext } from './formula-text';
