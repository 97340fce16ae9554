// SUM, AVERAGE, MIN, MAX, COUNT, COUNTA, LARGE, SMALL, RANK/RANK.EQ and SUMPRODUCT.
// Inside ranges and arrays only numbers count; arguments typed directly also count
// booleans and numeric text (SUM(TRUE,"2") is 3), and other text is #VALUE!.

import { flatten, shapeOf, toGrid, toScalar } from '../arrays';
import { toNumber } from '../coerce';
import type { EvalContext } from '../context';
import { err, isError, isMatrix, isRange, type FormulaError, type Scalar, type Value } from '../values';
import { eagerFn, type FormulaFunction } from './types';

/** The numbers of an argument list, or the first error met. */
export function collectNumbers(args: readonly Value[], ctx: EvalContext): number[] | FormulaError {
  const out: number[] = [];
  for (const arg of args) {
    if (isRange(arg) || isMatrix(arg)) {
      for (const item of flatten(arg, ctx)) {
        if (isError(item)) return item;
        if (typeof item === 'number') out.push(item);
      }
    } else {
      const n = toNumber(arg);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function overNumbers(reduce: (numbers: number[]) => Scalar) {
  return eagerFn(1, 255, (args, ctx) => {
    const numbers = collectNumbers(args, ctx);
    return isError(numbers) ? numbers : reduce(numbers);
  });
}

function isDirectNumber(value: Scalar): boolean {
  return !isError(value) && value !== null && !isError(toNumber(value));
}

function count(args: Value[], ctx: EvalContext): number {
  let total = 0;
  for (const arg of args) {
    if (isRange(arg) || isMatrix(arg)) total += flatten(arg, ctx).filter((item) => typeof item === 'number').length;
    else if (isDirectNumber(arg)) total += 1;
  }
  return total;
}

function countA(args: Value[], ctx: EvalContext): number {
  let total = 0;
  for (const arg of args) {
    if (isRange(arg) || isMatrix(arg)) total += flatten(arg, ctx).filter((item) => item !== null).length;
    else total += 1;
  }
  return total;
}

/** The k-th largest (or smallest) number; k is rounded up as Excel does. */
function kth(order: 'largest' | 'smallest') {
  return eagerFn(2, 2, ([array, k], ctx) => {
    const numbers = collectNumbers([array], ctx);
    if (isError(numbers)) return numbers;
    const position = toNumber(toScalar(k, ctx));
    if (isError(position)) return position;
    const index = Math.ceil(position);
    if (index < 1 || index > numbers.length) return err('#NUM!');
    numbers.sort((a, b) => (order === 'largest' ? b - a : a - b));
    return numbers[index - 1];
  });
}

/** Rank of a number in a list: 1 + how many are better; ties share a rank (1,2,2,4). */
function rank(args: Value[], ctx: EvalContext): Scalar {
  const value = toNumber(toScalar(args[0], ctx));
  if (isError(value)) return value;
  if (!isRange(args[1]) && !isMatrix(args[1])) return err('#VALUE!');
  const numbers = collectNumbers([args[1]], ctx);
  if (isError(numbers)) return numbers;
  const orderArg = args.length > 2 ? toNumber(toScalar(args[2], ctx)) : 0;
  if (isError(orderArg)) return orderArg;
  if (!numbers.includes(value)) return err('#N/A');
  const ascending = orderArg !== 0;
  return 1 + numbers.filter((n) => (ascending ? n < value : n > value)).length;
}

/** Sum of element-wise products; all arrays the same shape, non-numbers count as 0. */
function sumProduct(args: Value[], ctx: EvalContext): Scalar {
  const shape = shapeOf(args[0]);
  if (args.some((arg) => {
    const other = shapeOf(arg);
    return other.rows !== shape.rows || other.cols !== shape.cols;
  })) {
    return err('#VALUE!');
  }
  const grids = args.map((arg) => toGrid(arg, ctx));
  let total = 0;
  for (let r = 0; r < shape.rows; r += 1) {
    for (let c = 0; c < shape.cols; c += 1) {
      let product = 1;
      for (const grid of grids) {
        const item = grid[r][c];
        if (isError(item)) return item;
        product *= typeof item === 'number' ? item : 0;
      }
      total += product;
    }
  }
  return total;
}

export const aggregateFunctions: Record<string, FormulaFunction> = {
  SUM: overNumbers((numbers) => numbers.reduce((a, b) => a + b, 0)),
  AVERAGE: overNumbers((numbers) =>
    numbers.length === 0 ? err('#DIV/0!') : numbers.reduce((a, b) => a + b, 0) / numbers.length,
  ),
  MIN: overNumbers((numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.min(a, b)))),
  MAX: overNumbers((numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.max(a, b)))),
  COUNT: eagerFn(1, 255, count),
  COUNTA: eagerFn(1, 255, countA),
  LARGE: kth('largest'),
  SMALL: kth('smallest'),
  RANK: eagerFn(2, 3, rank),
  'RANK.EQ': eagerFn(2, 3, rank),
  SUMPRODUCT: eagerFn(1, 255, sumProduct),
};
