// ISBLANK, ISNUMBER, ISTEXT, ISERROR, N and NA.

import { toScalar } from '../arrays';
import { err, isError, type Scalar } from '../values';
import { eagerFn, scalarFn, type FormulaFunction } from './types';

/** N: a number stays, TRUE/FALSE are 1/0, anything else 0; errors pass through. */
function n(value: Scalar): Scalar {
  if (typeof value === 'number' || isError(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return 0;
}

export const infoFunctions: Record<string, FormulaFunction> = {
  ISBLANK: scalarFn(1, 1, ([value]) => value === null),
  ISNUMBER: scalarFn(1, 1, ([value]) => typeof value === 'number'),
  ISTEXT: scalarFn(1, 1, ([value]) => typeof value === 'string'),
  ISERROR: scalarFn(1, 1, ([value]) => isError(value)),
  /** A range or array argument gives N of its first cell. */
  N: eagerFn(1, 1, ([value], ctx) => n(toScalar(value, ctx))),
  NA: eagerFn(0, 0, () => err('#N/A')),
};
