// SUM, AVERAGE, MIN, MAX, COUNT, COUNTA, LARGE, SMALL, RANK/RANK.EQ and SUMPRODUCT.
// Inside ranges and arrays only numbers count; arguments typed directly also count
// booleans and numeric text (SUM(TRUE,"2") is 3), and other text is #VALUE!.

import { flatten, shapeOf, toGrid, toScalar } from '../arrays';
import { toNumber } from '../coerce';
import type { EvalContext } from '../context';
import { err, isError, isMatrix, isRange, type FormulaError, type Scalar, type Value } from '../values';
import { eagerFn, type FormulaFunction } from './types';

/** Appends the numbers among range or array items to `out`; returns the first error met. */
function pushNumbers(items: readonly Scalar[], out: number[]): FormulaError | undefined {
  for (const item of items) {
    if (typeof item === 'number') out.push(item);
    else if (isError(item)) return item;
  }
  return undefined;
}

/** The numbers of an argument list, or the first error met. */
export function collectNumbers(args: readonly Value[], ctx: EvalContext): number[] | FormulaError {
  const out: number[] = [];
  for (const arg of args) {
    if (isRange(arg) || isMatrix(arg)) {
      const failure = pushNumbers(flatten(arg, ctx), out);
      if (failure) return failure;
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

/** Ascending numbers per shared cell list, so the formulas ranking in one range sort it once. */
// Module-level because it is a memo of a value derived from its key (range values are not changed once read).
const sortedCache = new WeakMap<readonly Scalar[], number[] | FormulaError>();

function sortedNumbers(cells: readonly Scalar[]): number[] | FormulaError {
  let sorted = sortedCache.get(cells);
  if (!sorted) {
    const numbers: number[] = [];
    sorted = pushNumbers(cells, numbers) ?? numbers.sort((a, b) => a - b);
    sortedCache.set(cells, sorted);
  }
  return sorted;
}

/** How many sorted numbers are below `value` (strictly, or also equal). */
function countBelow(sorted: number[], value: number, orEqual: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value || (orEqual && sorted[mid] === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Rank of a number in a list: 1 + how many are better; ties share a rank (1,2,2,4). */
function rank(args: Value[], ctx: EvalContext): Scalar {
  const value = toNumber(toScalar(args[0], ctx));
  if (isError(value)) return value;
  if (!isRange(args[1]) && !isMatrix(args[1])) return err('#VALUE!');
  const sorted = sortedNumbers(flatten(args[1], ctx));
  if (isError(sorted)) return sorted;
  const orderArg = args.length > 2 ? toNumber(toScalar(args[2], ctx)) : 0;
  if (isError(orderArg)) return orderArg;
  const below = countBelow(sorted, value, false);
  if (sorted[below] !== value) return err('#N/A');
  return orderArg !== 0 ? 1 + below : 1 + sorted.length - countBelow(sorted, value, true);
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
