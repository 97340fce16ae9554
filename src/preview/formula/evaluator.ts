// Evaluates a syntax tree in a workbook context. Operators and scalar functions work
// element-wise on ranges and arrays, so SUMPRODUCT((A1:A5>3)*B1:B5) and --(cond) work.

import { collapse, liftScalars, matrix, toScalar } from './arrays';
import type { Node, RefNode } from './ast';
import type { EvalContext } from './context';
import { lookupFunction } from './functions';
import { applyBinary, applyNegate, applyPercent, applyPlus } from './operators';
import { err, type Scalar, type Value } from './values';

function reference(node: RefNode, ctx: EvalContext): Value {
  const sheet = node.sheet ?? ctx.sheet;
  if (!ctx.hasSheet(sheet)) return err('#REF!');
  const end = node.end ?? node.start;
  return {
    kind: 'range',
    sheet,
    top: Math.min(node.start.row, end.row),
    bottom: Math.max(node.start.row, end.row),
    left: Math.min(node.start.col, end.col),
    right: Math.max(node.start.col, end.col),
  };
}

function call(node: Extract<Node, { kind: 'call' }>, ctx: EvalContext): Value {
  const fn = lookupFunction(node.name);
  if (!fn) return err('#NAME?');
  if (node.args.length < fn.minArgs || node.args.length > fn.maxArgs) return err('#VALUE!');
  switch (fn.kind) {
    case 'scalar':
      return liftScalars(
        node.args.map((arg) => evaluate(arg, ctx)),
        ctx,
        (args) => fn.call(args),
      );
    case 'eager':
      return fn.call(
        node.args.map((arg) => evaluate(arg, ctx)),
        ctx,
      );
    case 'lazy':
      return fn.call(
        node.args.map((arg) => () => evaluate(arg, ctx)),
        ctx,
      );
  }
}

export function evaluate(node: Node, ctx: EvalContext): Value {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value;
    case 'error':
      return err(node.code);
    case 'array':
      return matrix(node.rows.map((row) => [...row]));
    case 'name':
      return err('#NAME?');
    case 'missing':
      return null;
    case 'ref':
      return reference(node, ctx);
    case 'unary':
      return liftScalars([evaluate(node.operand, ctx)], ctx, ([value]) =>
        node.operator === '-' ? applyNegate(value) : applyPlus(value),
      );
    case 'percent':
      return liftScalars([evaluate(node.operand, ctx)], ctx, ([value]) => applyPercent(value));
    case 'binary':
      return liftScalars([evaluate(node.left, ctx), evaluate(node.right, ctx)], ctx, ([a, b]) =>
        applyBinary(node.operator, a, b),
      );
    case 'call':
      return call(node, ctx);
  }
}

/**
 * The value a cell shows for a formula: an array or range gives its top-left element,
 * and a blank (=A1 with A1 empty) shows as 0, as in Excel.
 */
export function evaluateCell(node: Node, ctx: EvalContext): Scalar {
  const value = toScalar(collapse(evaluate(node, ctx), ctx), ctx);
  return value === null ? 0 : value;
}
