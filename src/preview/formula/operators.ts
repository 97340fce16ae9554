// The scalar meaning of each operator; errors on the left win over errors on the right.

import type { BinaryOperator } from './ast';
import { compareScalars } from './compare';
import { finite, toNumber, toText } from './coerce';
import { err, isError, type Scalar } from './values';

function arithmetic(operator: '+' | '-' | '*' | '/' | '^', a: number, b: number): Scalar {
  switch (operator) {
    case '+':
      return finite(a + b);
    case '-':
      return finite(a - b);
    case '*':
      return finite(a * b);
    case '/':
      return b === 0 ? err('#DIV/0!') : finite(a / b);
    case '^':
      if (a === 0 && b === 0) return err('#NUM!');
      if (a === 0 && b < 0) return err('#DIV/0!');
      return finite(a ** b);
  }
}

export type Comparison = '=' | '<>' | '<' | '>' | '<=' | '>=';

/** Whether `order` (a three-way comparison: <0, 0, >0) satisfies the operator. */
export function comparison(operator: Comparison, order: number): boolean {
  switch (operator) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '>=':
      return order >= 0;
  }
}

export function applyBinary(operator: BinaryOperator, left: Scalar, right: Scalar): Scalar {
  if (isError(left)) return left;
  if (isError(right)) return right;
  switch (operator) {
    case '&': {
      const a = toText(left);
      const b = toText(right);
      return isError(a) ? a : isError(b) ? b : a + b;
    }
    case '=':
    case '<>':
    case '<':
    case '>':
    case '<=':
    case '>=':
      return comparison(operator, compareScalars(left, right));
    default: {
      const a = toNumber(left);
      if (isError(a)) return a;
      const b = toNumber(right);
      if (isError(b)) return b;
      return arithmetic(operator, a, b);
    }
  }
}

export function applyNegate(operand: Scalar): Scalar {
  const n = toNumber(operand);
  return isError(n) ? n : n === 0 ? 0 : -n;
}

export function applyPercent(operand: Scalar): Scalar {
  const n = toNumber(operand);
  return isError(n) ? n : n / 100;
}

/** Unary plus returns its operand unchanged in Excel (+"a" is "a"). */
export function applyPlus(operand: Scalar): Scalar {
  return operand;
}
