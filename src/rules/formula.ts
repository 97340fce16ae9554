// A rule as Excel formula text, through its kind's module: exactly the engine's semantics,
// operation for operation, so the form's own formulas give the engine's points.

import type { Rule } from '../criteria/model';
import type { Expr, FormulaContext } from './formula-text';
import { kindModule } from './registry';

function compile(rule: Rule, max: number, ctx: FormulaContext, precision: number): Expr {
  const sub = (r: Rule): Expr => compile(r, max, ctx, precision);
  return kindModule(rule).formula(rule, { max, ctx, precision, sub });
}

/** The raw value of a rule as formula text (no '='); `max` is the criterion maximum, `precision` the set's. */
export function compileRule(rule: Rule, max: number, ctx: FormulaContext, precision: number): string {
  return compile(rule, max, ctx, precision).text;
}
