// Parses English Excel formula text ("ROUND(A1*0.5,2)", "'Tổng hợp'!B3:B9", "{1,2,3}")
// into a syntax tree. Precedence, lowest first: comparisons, &, + -, * /, ^, %, then
// unary minus, which binds tighter than ^ as in Excel (-2^2 = 4). Tokens come from lexer.ts.

import type { BinaryOperator, Node } from './ast';
import { describe, Lexer, type Token } from './lexer';
import { FormulaParseError } from './parse-error';
import { err, type Scalar } from './values';
import { msg } from '../../messages';

export { FormulaParseError } from './parse-error';

const BINARY_PRECEDENCE: Record<string, number> = {
  '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1,
  '&': 2,
  '+': 3, '-': 3,
  '*': 4, '/': 4,
  '^': 5,
};

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parseFormula(): Node {
    if (this.peek().type === 'end') throw new FormulaParseError(this.peek().pos, msg('formula.empty'));
    const node = this.parseBinary(1);
    const rest = this.peek();
    if (rest.type !== 'end') this.unexpected(rest);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private advance(): Token {
    const token = this.tokens[this.index];
    this.index += 1;
    return token;
  }

  private isPunct(value: string): boolean {
    const token = this.peek();
    return token.type === 'punct' && token.value === value;
  }

  private expectPunct(value: string): void {
    if (!this.isPunct(value)) {
      const token = this.peek();
      throw new FormulaParseError(token.pos, msg('formula.expected', { expected: value, found: describe(token) }));
    }
    this.index += 1;
  }

  private unexpected(token: Token): never {
    throw new FormulaParseError(token.pos, msg('formula.unexpected', { found: describe(token) }));
  }

  private parseBinary(minPrecedence: number): Node {
    let left = this.parseUnary();
    for (;;) {
      const token = this.peek();
      const precedence = token.type === 'op' ? BINARY_PRECEDENCE[token.value] : undefined;
      if (token.type !== 'op' || precedence === undefined || precedence < minPrecedence) return left;
      this.index += 1;
      const right = this.parseBinary(precedence + 1);
      left = { kind: 'binary', operator: token.value as BinaryOperator, left, right };
    }
  }

  private parseUnary(): Node {
    const token = this.peek();
    if (token.type === 'op' && (token.value === '-' || token.value === '+')) {
      this.index += 1;
      return { kind: 'unary', operator: token.value, operand: this.parseUnary() };
    }
    let node = this.parsePrimary();
    while (this.peek().type === 'op' && (this.peek() as { value: string }).value === '%') {
      this.index += 1;
      node = { kind: 'percent', operand: node };
    }
    return node;
  }

  private parsePrimary(): Node {
    const token = this.advance();
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value };
      case 'string':
        return { kind: 'string', value: token.value };
      case 'error':
        return { kind: 'error', code: token.code };
      case 'ref':
        return token.node;
      case 'name':
        return nameNode(token.name);
      case 'func':
        return this.parseCall(token.name, token.pos);
      case 'punct':
        if (token.value === '(') {
          const inner = this.parseBinary(1);
          this.expectPunct(')');
          return inner;
        }
        if (token.value === '{') return this.parseArray(token.pos);
        return this.unexpected(token);
      default:
        return this.unexpected(token);
    }
  }

  private parseCall(rawName: string, position: number): Node {
    this.expectPunct('(');
    const args: Node[] = [];
    if (this.isPunct(')')) {
      this.index += 1;
    } else {
      for (;;) {
        args.push(this.isPunct(',') || this.isPunct(')') ? { kind: 'missing' } : this.parseBinary(1));
        if (this.isPunct(',')) {
          this.index += 1;
          continue;
        }
        this.expectPunct(')');
        break;
      }
    }
    return { kind: 'call', name: functionName(rawName), args, position };
  }

  private parseArray(start: number): Node {
    const rows: Scalar[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.parseArrayItem());
      const token = this.advance();
      if (token.type === 'punct' && token.value === ',') continue;
      if (token.type === 'punct' && token.value === ';') {
        rows.push([]);
        continue;
      }
      if (token.type === 'punct' && token.value === '}') break;
      this.unexpected(token);
    }
    if (rows.some((row) => row.length !== rows[0].length)) {
      throw new FormulaParseError(start, msg('formula.arrayRows'));
    }
    return { kind: 'array', rows };
  }

  private parseArrayItem(): Scalar {
    const token = this.advance();
    if (token.type === 'op' && (token.value === '-' || token.value === '+')) {
      const number = this.advance();
      if (number.type !== 'number') return this.unexpected(number);
      return token.value === '-' ? -number.value : number.value;
    }
    if (token.type === 'number' || token.type === 'string') return token.value;
    if (token.type === 'error') return err(token.code);
    if (token.type === 'name' && /^(TRUE|FALSE)$/i.test(token.name)) return token.name.toUpperCase() === 'TRUE';
    return this.unexpected(token);
  }
}

function nameNode(name: string): Node {
  const upper = name.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
  return { kind: 'name', name };
}

/** Upper-case function name without the "_xlfn." prefix that files carry. */
export function functionName(raw: string): string {
  const upper = raw.toUpperCase();
  return upper.startsWith('_XLFN.') ? upper.slice(6) : upper;
}

/** Parses a formula, with or without its leading "=". Throws FormulaParseError. */
export function parseFormula(text: string): Node {
  return new Parser(new Lexer(text).tokens()).parseFormula();
}
