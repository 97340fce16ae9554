// ROUND, ROUNDUP, ROUNDDOWN, INT, ABS: scalar functions, applied element-wise to arrays.

import { toNumber } from '../coerce';
import { roundDecimal, type RoundMode } from '../decimal';
import { isError, type Scalar } from '../values';
import { scalarFn, type FormulaFunction } from './types';

function numeric(args: Scalar[], op: (...numbers: number[]) => Scalar): Scalar {
  const numbers: number[] = [];
  for (const arg of args) {
    const n = toNumber(arg);
    if (isError(n)) return n;
    numbers.push(n);
  }
  return op(...numbers);
}

function rounding(mode: RoundMode) {
  return scalarFn(2, 2, (args) => numeric(args, (value, places) => roundDecimal(value, places, mode)));
}

export const mathFunctions: Record<string, FormulaFunction> = {
  ROUND: rounding('half'),
  ROUNDUP: rounding('up'),
  ROUNDDOWN: rounding('down'),
  INT: scalarFn(1, 1, (args) => numeric(args, (value) => Math.floor(value))),
  ABS: scalarFn(1, 1, (args) => numeric(args, (value) => Math.abs(value))),
};
