// How a worksheet function is declared. Scalar functions see one scalar per argument
// and are applied element-wise when given ranges or arrays; eager functions see their
// evaluated arguments (ranges kept as references); lazy ones evaluate arguments on demand.

import type { EvalContext } from '../context';
import type { Scalar, Value } from '../values';

interface Arity {
  readonly minArgs: number;
  readonly maxArgs: number;
}

export interface ScalarFunction extends Arity {
  readonly kind: 'scalar';
  call(args: Scalar[]): Scalar;
}

export interface EagerFunction extends Arity {
  readonly kind: 'eager';
  call(args: Value[], ctx: EvalContext): Value;
}

export interface LazyFunction extends Arity {
  readonly kind: 'lazy';
  call(args: (() => Value)[], ctx: EvalContext): Value;
}

export type FormulaFunction = ScalarFunction | EagerFunction | LazyFunction;

export function scalarFn(minArgs: number, maxArgs: number, call: (args: Scalar[]) => Scalar): ScalarFunction {
  return { kind: 'scalar', minArgs, maxArgs, call };
}

export function eagerFn(minArgs: number, maxArgs: number, call: (args: Value[], ctx: EvalContext) => Value): EagerFunction {
  return { kind: 'eager', minArgs, maxArgs, call };
}

export function lazyFn(
  minArgs: number,
  maxArgs: number,
  call: (args: (() => Value)[], ctx: EvalContext) => Value,
): LazyFunction {
  return { kind: 'lazy', minArgs, maxArgs, call };
}
