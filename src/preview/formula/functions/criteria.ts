// The criteria of COUNTIF, SUMIF, COUNTIFS, SUMIFS, MAXIFS and MINIFS: a number, a
// boolean, or text such as ">"&5, "<>0", "=Có", "Có", "Đạt*" (wildcards * ? and ~).
// Text matching ignores case.

import { compareText, fold } from '../compare';
import { parseNumericText } from '../coerce';
import { comparison as holds, type Comparison } from '../operators';
import { isError, type Scalar } from '../values';

export type Criterion = (cell: Scalar) => boolean;

function cellNumber(cell: Scalar): number | undefined {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') return parseNumericText(cell);
  return undefined;
}

function wildcardPattern(text: string): RegExp {
  let source = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '~' && i + 1 < text.length && '*?~'.includes(text[i + 1])) {
      i += 1;
      source += `\\${text[i]}`;
    } else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

/** A test for text equal to a pattern, honouring * ? ~ and ignoring case. */
export function textMatcher(pattern: string): (value: string) => boolean {
  const folded = fold(pattern);
  if (!/[*?~]/.test(pattern)) return (value) => fold(value) === folded;
  const regex = wildcardPattern(folded);
  return (value) => regex.test(fold(value));
}

function numberCriterion(comparison: Comparison, target: number): Criterion {
  return (cell) => {
    if (comparison === '=' || comparison === '<>') {
      const equal = cellNumber(cell) === target;
      return comparison === '=' ? equal : !equal;
    }
    return typeof cell === 'number' && holds(comparison, cell === target ? 0 : cell < target ? -1 : 1);
  };
}

function textCriterion(comparison: Comparison, target: string): Criterion {
  const matches = textMatcher(target);
  if (comparison === '=') return (cell) => typeof cell === 'string' && matches(cell);
  if (comparison === '<>') return (cell) => !(typeof cell === 'string' && matches(cell));
  return (cell) => typeof cell === 'string' && holds(comparison, compareText(cell, target));
}

function emptyCriterion(comparison: Comparison): Criterion {
  if (comparison === '=') return (cell) => cell === null || cell === '';
  if (comparison === '<>') return (cell) => cell !== null && cell !== '';
  return () => false;
}

function stringCriterion(text: string): Criterion {
  const match = /^(<=|>=|<>|=|<|>)/.exec(text);
  const comparison = (match ? match[1] : '=') as Comparison;
  const operand = match ? text.slice(match[1].length) : text;
  if (operand === '') return emptyCriterion(comparison);
  const number = parseNumericText(operand);
  if (number !== undefined) return numberCriterion(comparison, number);
  const upper = operand.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    const flag = upper === 'TRUE';
    return (cell) => (comparison === '<>' ? cell !== flag : comparison === '=' && cell === flag);
  }
  return textCriterion(comparison, operand);
}

/** A blank criterion (an empty cell) matches empty cells, like "". */
export function parseCriterion(criterion: Scalar): Criterion {
  if (typeof criterion === 'number') return numberCriterion('=', criterion);
  if (typeof criterion === 'boolean') return (cell) => cell === criterion;
  if (criterion === null) return emptyCriterion('=');
  if (isError(criterion)) return (cell) => isError(cell) && cell.error === criterion.error;
  return stringCriterion(criterion);
}
