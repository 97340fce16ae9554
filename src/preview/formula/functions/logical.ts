// IF, IFERROR, IFNA, AND, OR, NOT.

import { collapse, liftScalars, flatten } from '../arrays';
import { toBoolean } from '../coerce';
import type { EvalContext } from '../context';
import { err, isError, isMatrix, isRange, type FormulaError, type Scalar, type Value } from '../values';
import { lazyFn, eagerFn, scalarFn, type FormulaFunction } from './types';

/** IF without a false branch gives FALSE; an empty branch argument gives 0 (blank). */
function ifFunction(args: (() => Value)[], ctx: EvalContext): Value {
  const condition = collapse(args[0](), ctx);
  const whenTrue = (): Value => (args.length > 1 ? args[1]() : true);
  const whenFalse = (): Value => (args.length > 2 ? args[2]() : false);
  if (isRange(condition) || isMatrix(condition)) {
    return liftScalars([condition, whenTrue(), whenFalse()], ctx, ([c, t, f]) => {
      const flag = toBoolean(c);
      return isError(flag) ? flag : flag ? t : f;
    });
  }
  const flag = toBoolean(condition);
  if (isError(flag)) return flag;
  return flag ? whenTrue() : whenFalse();
}

function replaceErrors(test: (value: FormulaError) => boolean) {
  return (args: (() => Value)[], ctx: EvalContext): Value => {
    const value = collapse(args[0](), ctx);
    if (isRange(value) || isMatrix(value)) {
      return liftScalars([value, args[1]()], ctx, ([v, alt]) => (isError(v) && test(v) ? alt : v));
    }
    return isError(value) && test(value) ? args[1]() : value;
  };
}

/** The logical values AND/OR look at: in ranges only booleans and numbers count. */
function logicals(args: Value[], ctx: EvalContext): boolean[] | FormulaError {
  const out: boolean[] = [];
  for (const arg of args) {
    if (isRange(arg) || isMatrix(arg)) {
      for (const item of flatten(arg, ctx)) {
        if (isError(item)) return item;
        if (typeof item === 'boolean') out.push(item);
        else if (typeof item === 'number') out.push(item !== 0);
      }
    } else if (arg !== null) {
      const flag = toBoolean(arg);
      if (isError(flag)) return flag;
      out.push(flag);
    }
  }
  return out;
}

function combine(reduce: (flags: boolean[]) => boolean) {
  return (args: Value[], ctx: EvalContext): Scalar => {
    const flags = logicals(args, ctx);
    if (isError(flags)) return flags;
    return flags.length === 0 ? err('#VALUE!') : reduce(flags);
  };
}

export const logicalFunctions: Record<string, FormulaFunction> = {
  IF: lazyFn(1, 3, ifFunction),
  IFERROR: lazyFn(2, 2, replaceErrors(() => true)),
  IFNA: lazyFn(2, 2, replaceErrors((value) => value.error === '#N/A')),
  AND: eagerFn(1, 255, combine((flags) => flags.every(Boolean))),
  OR: eagerFn(1, 255, combine((flags) => flags.some(Boolean))),
  NOT: scalarFn(1, 1, ([value]) => {
    const flag = toBoolean(value);
    return isError(flag) ? flag : !flag;
  }),
};
