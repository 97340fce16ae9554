// INDEX, MATCH and VLOOKUP over ranges and inline arrays. Exact matching ignores case
// and honours wildcards in text; approximate matching expects ascending (MATCH -1:
// descending) data and returns the last position that does not pass the value.

import { flatten, matrix, shapeOf, toGrid, toScalar } from '../arrays';
import { compareScalars, isPlain } from '../compare';
import { toNumber } from '../coerce';
import type { EvalContext } from '../context';
import { err, isError, isRange, type FormulaError, type Scalar, type Value } from '../values';
import { textMatcher } from './criteria';
import { eagerFn, type FormulaFunction } from './types';

function positiveIndex(value: Value, ctx: EvalContext): number | FormulaError {
  const n = toNumber(toScalar(value, ctx));
  if (isError(n)) return n;
  return n < 0 ? err('#VALUE!') : Math.trunc(n);
}

/**
 * INDEX(array, row, [col]); 0 (or a missing col) selects a whole row or column; a single
 * row takes its one index as a column. Returns a reference when given one.
 */
function index(args: Value[], ctx: EvalContext): Value {
  const [array] = args;
  const { rows, cols } = shapeOf(array);
  const first = args.length > 1 ? positiveIndex(args[1], ctx) : 0;
  if (isError(first)) return first;
  const second = args.length > 2 ? positiveIndex(args[2], ctx) : undefined;
  if (isError(second)) return second;
  let row = first;
  let col = second ?? 0;
  if (second === undefined && rows === 1 && cols > 1) {
    row = 0;
    col = first;
  }
  if (row > rows || col > cols) return err('#REF!');
  const top = row === 0 ? 0 : row - 1;
  const bottom = row === 0 ? rows - 1 : row - 1;
  const left = col === 0 ? 0 : col - 1;
  const right = col === 0 ? cols - 1 : col - 1;
  if (isRange(array)) {
    return { ...array, top: array.top + top, bottom: array.top + bottom, left: array.left + left, right: array.left + right };
  }
  const grid = toGrid(array, ctx);
  return matrix(grid.slice(top, bottom + 1).map((line) => line.slice(left, right + 1)));
}

function sameKind(a: Scalar, b: Scalar): boolean {
  return typeof a === typeof b && a !== null && b !== null && !isError(a) && !isError(b);
}

function exactPosition(value: Scalar, items: readonly Scalar[]): number {
  const matches = typeof value === 'string' ? textMatcher(value) : undefined;
  return items.findIndex((item) => {
    if (!sameKind(value, item)) return false;
    return matches ? matches(item as string) : item === value;
  });
}

/** Last position before the data passes `value` (ascending: 1, descending: -1), or -1. */
function approximatePosition(value: Scalar, items: readonly Scalar[], direction: 1 | -1): number {
  let found = -1;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    if (!sameKind(value, item) || !isPlain(item) || !isPlain(value)) continue;
    const order = compareScalars(item, value) * direction;
    if (order > 0) break;
    found = i;
    if (order === 0 && direction === -1) break;
  }
  return found;
}

function match(args: Value[], ctx: EvalContext): Scalar {
  const value = toScalar(args[0], ctx);
  if (isError(value)) return value;
  if (value === null) return err('#N/A');
  const { rows, cols } = shapeOf(args[1]);
  if (rows !== 1 && cols !== 1) return err('#N/A');
  const items = flatten(args[1], ctx);
  const typeArg = args.length > 2 ? toNumber(toScalar(args[2], ctx)) : 1;
  if (isError(typeArg)) return typeArg;
  const position =
    typeArg === 0 ? exactPosition(value, items) : approximatePosition(value, items, typeArg > 0 ? 1 : -1);
  return position < 0 ? err('#N/A') : position + 1;
}

function vlookup(args: Value[], ctx: EvalContext): Scalar {
  const value = toScalar(args[0], ctx);
  if (isError(value)) return value;
  const column = positiveIndex(args[2], ctx);
  if (isError(column)) return column;
  const grid = toGrid(args[1], ctx);
  if (column < 1) return err('#VALUE!');
  if (column > grid[0].length) return err('#REF!');
  const approximate = args.length > 3 ? toScalar(args[3], ctx) : true;
  if (isError(approximate)) return approximate;
  const keys = grid.map((line) => line[0]);
  const exact = approximate === false || approximate === 0 || approximate === null;
  const position = value === null ? -1 : exact ? exactPosition(value, keys) : approximatePosition(value, keys, 1);
  return position < 0 ? err('#N/A') : grid[position][column - 1];
}

export const lookupFunctions: Record<string, FormulaFunction> = {
  INDEX: eagerFn(2, 3, index),
  MATCH: eagerFn(2, 3, match),
  VLOOKUP: eagerFn(3, 4, vlookup),
};
