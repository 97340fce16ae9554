// Checks a parsed formula the way Excel does when a formula is typed: a known function
// called with too few or too many arguments is refused. Unknown names are accepted and
// evaluate to #NAME?.

import type { Node } from './ast';
import { lookupFunction } from './functions';
import { FormulaParseError } from './parse-error';
import { msg, type Message } from '../../messages';

/** Why a call is refused: the arguments a function takes and those it was given. */
function arityText(name: string, min: number, max: number, given: number): Message {
  if (min === max) return msg('formula.arity', { name, count: min, given });
  if (max >= 254) return msg('formula.arityAtLeast', { name, count: min, given });
  return msg('formula.arityBetween', { name, min, max, given });
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
        throw new FormulaParseError(node.position, arityText(node.name, fn.minArgs, fn.maxArgs, node.args.length));
      }
      node.args.forEach(validateFormula);
      return;
    }
    default:
      return;
  }
}
