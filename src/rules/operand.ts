// Operands of ratio and steps: a numeric field (read as numberOf reads a cell) or a constant,
// in the engine, in formulas and in sentences.

import type { Inputs, Operand } from '../criteria/model';
import { numberOf } from './cell';
import { numberRef, term, type FormulaContext } from './formula-text';
import type { SentenceEnv } from './kind';

export function operandReader(operand: Operand): (inputs: Inputs) => number {
  if ('field' in operand) {
    const field = operand.field;
    return (inputs) => numberOf(inputs[field]);
  }
  const value = operand.value;
  return () => value;
}

export function operandFormula(operand: Operand, ctx: FormulaContext): string {
  return 'field' in operand ? numberRef(ctx.fieldRef(operand.field)) : term(operand.value);
}

export function operandSentence(operand: Operand, env: SentenceEnv): string {
  return 'field' in operand ? env.label(operand.field) : env.number(operand.value);
}
