// Checks a parsed formula the way Excel does when a formula is typed: a known function
// called with too few or too many arguments is refused. Unknown names are accepted and
// evaluate to #NAME?.

import type { Node } from './ast';
import { lookupFunction } from './functions';
import { FormulaParseError } from './parser';

function arityText(min: number, max: number): { vi: string; en: string } {
  if (min === max) return { vi: `${min}`, en: `${min}` };
  if (max >= 254) return { vi: `ít nhất ${min}`, en: `at least ${min}` };
  return { vi: `từ ${min} đến ${max}`, en: `${min} to ${max}` };
}

export function validateFormula(node: Node): void {
  switch (node.kind) {
    case 'unary':
    case 'percent':
      validateFormula(node.operand);
      return;
    case 'binary':
      validateFormula(node.left);
      validateFormula(node.right);
      return;
    case 'call': {
      const fn = lookupFunction(node.name);
      if (fn && (node.args.length < fn.minArgs || node.args.length > fn.maxArgs)) {
        const { vi, en } = arityText(fn.minArgs, fn.maxArgs);
        throw new FormulaParseError(
          node.position,
          `hàm ${node.name} cần ${vi} đối số, có ${node.args.length}`,
          `${node.name} takes ${en} argument(s), got ${node.args.length}`,
        );
      }
      node.args.forEach(validateFormula);
      return;
    }
    default:
      return;
  }
}
