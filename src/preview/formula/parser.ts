// Parses English Excel formula text ("ROUND(A1*0.5,2)", "'Tổng hợp'!B3:B9", "{1,2,3}")
// into a syntax tree. Precedence, lowest first: comparisons, &, + -, * /, ^, %, then
// unary minus, which binds tighter than ^ as in Excel (-2^2 = 4).

import { parseCellRef, type CellRef } from './address';
import type { BinaryOperator, Node, RefNode } from './ast';
import { ERROR_CODES, err, type ErrorCode, type Scalar } from './values';
import { LocalizedError, msg, type Message } from '../../messages';

export class FormulaParseError extends LocalizedError<'formula.syntax'> {
  /** 0-based offset in the formula text where the problem was found. */
  readonly position: number;

  constructor(position: number, detail: Message) {
    super(msg('formula.syntax', { at: position + 1, detail }));
    this.name = 'FormulaParseError';
    this.position = position;
  }
}

type Token =
  | { type: 'number'; value: number; pos: number }
  | { type: 'string'; value: string; pos: number }
  | { type: 'error'; code: ErrorCode; pos: number }
  | { type: 'ref'; node: RefNode; pos: number }
  | { type: 'func'; name: string; pos: number }
  | { type: 'name'; name: string; pos: number }
  | { type: 'op'; value: string; pos: number }
  | { type: 'punct'; value: '(' | ')' | ',' | ';' | '{' | '}'; pos: number }
  | { type: 'end'; pos: number };

// Patterns only: each Lexer steps its own sticky copies (a RegExp's lastIndex is state).
const NUMBER = /(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const WORD = /\$?[\p{L}_][\p{L}\p{N}_.$]*/u;
const OPERATORS = ['<=', '>=', '<>', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%'];

function describe(token: Token): Message {
  if (token.type === 'end') return msg('formula.token.end');
  if (token.type === 'ref') return msg('formula.token.reference');
  if (token.type === 'number') return msg('formula.token.text', { text: String(token.value) });
  if (token.type === 'string') return msg('formula.token.text', { text: `"${token.value}"` });
  if (token.type === 'error') return msg('formula.token.text', { text: token.code });
  return msg('formula.token.text', { text: token.type === 'func' || token.type === 'name' ? token.name : token.value });
}

class Lexer {
  private pos: number;
  private readonly number = new RegExp(NUMBER, 'y');
  private readonly word = new RegExp(WORD, 'uy');

  constructor(private readonly text: string) {
    this.pos = text.startsWith('=') ? 1 : 0;
  }

  tokens(): Token[] {
    const out: Token[] = [];
    for (;;) {
      this.skipSpaces();
      if (this.pos >= this.text.length) {
        out.push({ type: 'end', pos: this.pos });
        return out;
      }
      out.push(this.next());
    }
  }

  private skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos += 1;
  }

  private next(): Token {
    const start = this.pos;
    const ch = this.text[start];
    if (ch === '"') return { type: 'string', value: this.readString(), pos: start };
    if (ch === "'") return this.readQualifiedRef(start, this.readQuotedSheet());
    if (ch === '#') return this.readError(start);
    if ('(),;{}'.includes(ch)) {
      this.pos += 1;
      return { type: 'punct', value: ch as '(' | ')' | ',' | ';' | '{' | '}', pos: start };
    }
    const op = OPERATORS.find((candidate) => this.text.startsWith(candidate, start));
    if (op) {
      this.pos += op.length;
      return { type: 'op', value: op, pos: start };
    }
    this.number.lastIndex = start;
    const number = this.number.exec(this.text);
    if (number) {
      this.pos = this.number.lastIndex;
      return { type: 'number', value: Number(number[0]), pos: start };
    }
    return this.readWord(start);
  }

  private readString(): string {
    const start = this.pos;
    let value = '';
    this.pos += 1;
    for (;;) {
      if (this.pos >= this.text.length) {
        throw new FormulaParseError(start, msg('formula.textUnclosed'));
      }
      const ch = this.text[this.pos];
      this.pos += 1;
      if (ch !== '"') value += ch;
      else if (this.text[this.pos] === '"') {
        value += '"';
        this.pos += 1;
      } else return value;
    }
  }

  private readQuotedSheet(): string {
    const start = this.pos;
    let name = '';
    this.pos += 1;
    for (;;) {
      if (this.pos >= this.text.length) {
        throw new FormulaParseError(start, msg('formula.sheetUnclosed'));
      }
      const ch = this.text[this.pos];
      this.pos += 1;
      if (ch !== "'") name += ch;
      else if (this.text[this.pos] === "'") {
        name += "'";
        this.pos += 1;
      } else break;
    }
    if (this.text[this.pos] !== '!') {
      throw new FormulaParseError(this.pos, msg('formula.expectedBang'));
    }
    this.pos += 1;
    return name;
  }

  private readError(start: number): Token {
    const rest = this.text.slice(start).toUpperCase();
    const code = ERROR_CODES.find((candidate) => rest.startsWith(candidate));
    if (!code) throw new FormulaParseError(start, msg('formula.badErrorValue'));
    this.pos += code.length;
    return { type: 'error', code, pos: start };
  }

  private matchWord(): string | undefined {
    this.word.lastIndex = this.pos;
    const match = this.word.exec(this.text);
    if (!match) return undefined;
    this.pos = this.word.lastIndex;
    return match[0];
  }

  private readWord(start: number): Token {
    const word = this.matchWord();
    if (word === undefined) {
      throw new FormulaParseError(start, msg('formula.unexpectedChar', { char: this.text[start] }));
    }
    if (this.text[this.pos] === '!') {
      this.pos += 1;
      return this.readQualifiedRef(start, word);
    }
    if (this.text[this.pos] === '(') return { type: 'func', name: word, pos: start };
    const cell = parseCellRef(word);
    if (cell) return this.finishRef(start, undefined, cell);
    return { type: 'name', name: word, pos: start };
  }

  private readQualifiedRef(start: number, sheet: string): Token {
    const at = this.pos;
    const word = this.matchWord();
    const cell = word === undefined ? undefined : parseCellRef(word);
    if (!cell) {
      throw new FormulaParseError(at, msg('formula.expectedAddress'));
    }
    return this.finishRef(start, sheet, cell);
  }

  private finishRef(start: number, sheet: string | undefined, first: CellRef): Token {
    let end: CellRef | undefined;
    if (this.text[this.pos] === ':') {
      const colon = this.pos;
      this.pos += 1;
      const word = this.matchWord();
      end = word === undefined ? undefined : parseCellRef(word);
      if (!end) throw new FormulaParseError(colon + 1, msg('formula.expectedRangeEnd'));
    }
    const node: RefNode = { kind: 'ref', sheet, start: first, end, span: [start, this.pos] };
    return { type: 'ref', node, pos: start };
  }
}

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
