// Splits English Excel formula text into tokens: numbers, "text", #errors, references (A1,
// A1:B9, Sheet!A1, 'Tổng hợp'!B3:B9), function names, names, operators and punctuation.

import { parseCellRef, type CellRef } from './address';
import type { RefNode } from './ast';
import { msg, type Message } from '../../messages';
import { FormulaParseError } from './parse-error';
import { ERROR_CODES, type ErrorCode } from './values';

export type Token =
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

/** A token as a syntax error names it. */
export function describe(token: Token): Message {
  if (token.type === 'end') return msg('formula.token.end');
  if (token.type === 'ref') return msg('formula.token.reference');
  if (token.type === 'number') return msg('formula.token.text', { text: String(token.value) });
  if (token.type === 'string') return msg('formula.token.text', { text: `"${token.value}"` });
  if (token.type === 'error') return msg('formula.token.text', { text: token.code });
  return msg('formula.token.text', { text: token.type === 'func' || token.type === 'name' ? token.name : token.value });
}

export class Lexer {
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
