// Shapes: reading a reference into a grid of scalars, reducing any value to one scalar,
// and applying a scalar operation element-wise over arrays of compatible shapes
// (Excel broadcasts a single row or column; cells outside both shapes are #N/A).

import type { EvalContext } from './context';
import { err, isMatrix, isRange, type Matrix, type RangeValue, type Scalar, type Value } from './values';

export interface Shape {
  rows: number;
  cols: number;
}

export function matrix(rows: Scalar[][]): Matrix {
  return { kind: 'array', rows };
}

function rangeShape(range: RangeValue): Shape {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}

export function shapeOf(value: Value): Shape {
  if (isRange(value)) return rangeShape(value);
  if (isMatrix(value)) return { rows: value.rows.length, cols: value.rows[0].length };
  return { rows: 1, cols: 1 };
}

/** Reads a rectangle of cells one by one, row by row. */
export function readCells(range: RangeValue, cellValue: (row: number, col: number) => Scalar): Scalar[][] {
  const rows: Scalar[][] = [];
  for (let r = range.top; r <= range.bottom; r += 1) {
    const row: Scalar[] = [];
    for (let c = range.left; c <= range.right; c += 1) row.push(cellValue(r, c));
    rows.push(row);
  }
  return rows;
}

/** Any value as rows of scalars (a scalar is 1×1). */
export function toGrid(value: Value, ctx: EvalContext): readonly (readonly Scalar[])[] {
  if (isRange(value)) return ctx.rangeValues(value);
  if (isMatrix(value)) return value.rows;
  return [[value]];
}

// Module-level because it is a memo of a value derived from its key (range values are not changed once read).
const flattened = new WeakMap<readonly (readonly Scalar[])[], readonly Scalar[]>();

/**
 * Every scalar of a value, row by row. Shared for a grid the context reuses (a range read
 * by many formulas), so callers must not modify the result.
 */
export function flatten(value: Value, ctx: EvalContext): readonly Scalar[] {
  const grid = toGrid(value, ctx);
  if (grid.length === 1) return grid[0];
  let flat = flattened.get(grid);
  if (!flat) {
    const out: Scalar[] = [];
    for (const row of grid) for (const item of row) out.push(item);
    flattened.set(grid, (flat = out));
  }
  return flat;
}

/** The scalar a value stands for where one is needed: the top-left element of an array. */
export function toScalar(value: Value, ctx: EvalContext): Scalar {
  if (isRange(value)) return ctx.cellValue(value.sheet, value.top, value.left);
  if (isMatrix(value)) return value.rows[0][0];
  return value;
}

/** A range or array of one element becomes that element; anything else stays as it is. */
export function collapse(value: Value, ctx: EvalContext): Value {
  const { rows, cols } = shapeOf(value);
  return rows === 1 && cols === 1 ? toScalar(value, ctx) : value;
}

function elementAt(grid: readonly (readonly Scalar[])[], row: number, col: number): Scalar {
  const r = grid.length === 1 ? 0 : row;
  const c = grid[0].length === 1 ? 0 : col;
  return r < grid.length && c < grid[0].length ? grid[r][c] : err('#N/A');
}

/**
 * Applies `op` to the arguments; when any is a multi-cell range or array, applies it
 * element-wise and returns an array of the broadcast shape.
 */
export function liftScalars(args: readonly Value[], ctx: EvalContext, op: (values: Scalar[]) => Scalar): Value {
  const collapsed = args.map((arg) => collapse(arg, ctx));
  if (!collapsed.some((arg) => isRange(arg) || isMatrix(arg))) return op(collapsed as Scalar[]);
  const grids = collapsed.map((arg) => toGrid(arg, ctx));
  const rows = Math.max(...grids.map((grid) => grid.length));
  const cols = Math.max(...grids.map((grid) => grid[0].length));
  const out: Scalar[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const row: Scalar[] = [];
    for (let c = 0; c < cols; c += 1) row.push(op(grids.map((grid) => elementAt(grid, r, c))));
    out.push(row);
  }
  return matrix(out);
}
