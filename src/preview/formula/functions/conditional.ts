// COUNTIF, COUNTIFS, SUMIF, SUMIFS, MAXIFS, MINIFS: aggregate the cells whose
// companions in one or more criteria ranges all match their criteria.

import { flatten, shapeOf, toScalar, type Shape } from '../arrays';
import type { EvalContext } from '../context';
import { err, isError, isRange, type FormulaError, type Scalar, type Value } from '../values';
import { parseCriterion } from './criteria';
import { eagerFn, type FormulaFunction } from './types';

function sameShape(a: Shape, b: Shape): boolean {
  return a.rows === b.rows && a.cols === b.cols;
}

/** Which positions satisfy every (range, criterion) pair, row by row; #VALUE! when shapes differ. */
function matchMask(pairs: Value[], ctx: EvalContext): readonly boolean[] | FormulaError {
  const shape = shapeOf(pairs[0]);
  let mask: readonly boolean[] | undefined;
  for (let i = 0; i < pairs.length; i += 2) {
    if (!sameShape(shapeOf(pairs[i]), shape)) return err('#VALUE!');
    const matched = criterionMatches(flatten(pairs[i], ctx), toScalar(pairs[i + 1], ctx));
    mask = mask === undefined ? matched : mask.map((flag, index) => flag && matched[index]);
  }
  return mask as readonly boolean[];
}

function countTrue(mask: readonly boolean[]): number {
  let count = 0;
  for (const flag of mask) if (flag) count += 1;
  return count;
}

/** Matches per shared cell list and criterion, so formulas counting in one range reuse them. */
// Module-level because it is a memo of values derived from its key (range values are not changed once read).
const matchCache = new WeakMap<readonly Scalar[], Map<string, readonly boolean[]>>();

function criterionKey(criterion: Scalar): string {
  return isError(criterion) ? `e${criterion.error}` : `${typeof criterion}:${String(criterion)}`;
}

function criterionMatches(cells: readonly Scalar[], criterion: Scalar): readonly boolean[] {
  let byCriterion = matchCache.get(cells);
  if (!byCriterion) matchCache.set(cells, (byCriterion = new Map()));
  const key = criterionKey(criterion);
  let matched = byCriterion.get(key);
  if (!matched) {
    const matches = parseCriterion(criterion);
    matched = cells.map((cell) => matches(cell));
    byCriterion.set(key, matched);
  }
  return matched;
}

/** SUMIF's sum range takes the criteria range's size, starting from its own top-left cell. */
function resized(value: Value, shape: Shape): Value {
  if (!isRange(value)) return value;
  return { ...value, bottom: value.top + shape.rows - 1, right: value.left + shape.cols - 1 };
}

function selected(values: Value, mask: readonly boolean[], ctx: EvalContext): Scalar[] {
  return flatten(values, ctx).filter((_, index) => mask[index]);
}

function numbersOf(items: Scalar[]): number[] | FormulaError {
  const out: number[] = [];
  for (const item of items) {
    if (isError(item)) return item;
    if (typeof item === 'number') out.push(item);
  }
  return out;
}

function aggregateIfs(reduce: (numbers: number[]) => Scalar) {
  return eagerFn(3, 255, ([target, ...pairs], ctx) => {
    if (pairs.length % 2 !== 0) return err('#VALUE!');
    if (!sameShape(shapeOf(target), shapeOf(pairs[0]))) return err('#VALUE!');
    const mask = matchMask(pairs, ctx);
    if (isError(mask)) return mask;
    const numbers = numbersOf(selected(target, mask, ctx));
    return isError(numbers) ? numbers : reduce(numbers);
  });
}

const sum = (numbers: number[]): number => numbers.reduce((a, b) => a + b, 0);

export const conditionalFunctions: Record<string, FormulaFunction> = {
  COUNTIF: eagerFn(2, 2, (args, ctx) => {
    const mask = matchMask(args, ctx);
    return isError(mask) ? mask : countTrue(mask);
  }),
  COUNTIFS: eagerFn(2, 254, (args, ctx) => {
    if (args.length % 2 !== 0) return err('#VALUE!');
    const mask = matchMask(args, ctx);
    return isError(mask) ? mask : countTrue(mask);
  }),
  SUMIF: eagerFn(2, 3, ([range, criterion, sumRange], ctx) => {
    const mask = matchMask([range, criterion], ctx);
    if (isError(mask)) return mask;
    const shape = shapeOf(range);
    const target = sumRange === undefined ? range : resized(sumRange, shape);
    if (!sameShape(shapeOf(target), shape)) return err('#VALUE!');
    const numbers = numbersOf(selected(target, mask, ctx));
    return isError(numbers) ? numbers : sum(numbers);
  }),
  SUMIFS: aggregateIfs(sum),
  MAXIFS: aggregateIfs((numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.max(a, b)))),
  MINIFS: aggregateIfs((numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.min(a, b)))),
};
