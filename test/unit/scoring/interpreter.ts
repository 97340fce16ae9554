// A tiny test-only interpreter for the formula subset the compiler emits, with Excel's
// cell semantics written independently of src/scoring/cell.ts: blank cells are 0 in
// arithmetic and "" in text comparison, text comparison ignores case, a number never
// equals a text. Ranges and RANK.EQ are not needed by rule formulas and not supported.

import type { InputValue } from '../../../src/criteria/model';
import { excelRound } from '../../../src/scoring/round';

type Value = number | string | boolean | null;

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|([A-Z]+\d+)|([A-Z][A-Z.]*)(?=\()|(>=|<=|<>|[-+*/=<>(),]))/y;

interface Token {
  kind: 'number' | 'string' | 'ref' | 'name' | 'op';
  text: string;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`cannot read formula at ${at}: ${formula.slice(at)}`);
    const kinds = ['number', 'string', 'ref', 'name', 'op'] as const;
    const index = [1, 2, 3, 4, 5].find((i) => m[i] !== undefined) as number;
    tokens.push({ kind: kinds[index - 1], text: m[index] });
  }
  return tokens;
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new Error(`#VALUE!: text "${v}" in arithmetic`);
}

function equals(a: Value, b: Value): boolean {
  const text = (v: Value): string | undefined => (v === null ? '' : typeof v === 'string' ? v.toLowerCase() : undefined);
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  const ta = text(a);
  const tb = text(b);
  return ta !== undefined && tb !== undefined && ta === tb;
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  ISNUMBER: ([v]) => typeof v === 'number',
  MIN: (args) => Math.min(...args.map(toNumber)),
  MAX: (args) => Math.max(...args.map(toNumber)),
  SUM: (args) => args.map(toNumber).reduce((t, v) => t + v, 0),
  ROUND: ([v, d]) => excelRound(toNumber(v), toNumber(d)),
  IF: ([c, a, b]) => (toNumber(c) !== 0 ? a : b ?? false),
  AND: (args) => args.every((a) => toNumber(a) !== 0),
};

/** Evaluates a formula (no leading '=') against cell values by A1 reference. */
export function interpret(formula: string, cells: Record<string, InputValue | undefined>): Value {
  const tokens = tokenize(formula);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const take = (text?: string): Token => {
    const t = tokens[pos++];
    if (!t || (text !== undefined && t.text !== text)) throw new Error(`expected ${text} in ${formula}`);
    return t;
  };

  function primary(): Value {
    const t = take();
    if (t.kind === 'number') return Number(t.text);
    if (t.kind === 'string') return t.text.slice(1, -1).replace(/""/g, '"');
    if (t.kind === 'ref') return cells[t.text] ?? null;
    if (t.kind === 'name') {
      take('(');
      const args: Value[] = [];
      while (peek()?.text !== ')') {
        args.push(comparison());
        if (peek()?.text === ',') take(',');
      }
      take(')');
      const fn = FUNCTIONS[t.text];
      if (!fn) throw new Error(`#NAME? ${t.text}`);
      return fn(args);
    }
    if (t.text === '-') return -toNumber(primary());
    if (t.text === '(') {
      const v = comparison();
      take(')');
      return v;
    }
    throw new Error(`unexpected ${t.text} in ${formula}`);
  }
  function product(): Value {
    let v = primary();
    while (peek()?.text === '*' || peek()?.text === '/') {
      const op = take().text;
      const r = toNumber(primary());
      v = op === '*' ? toNumber(v) * r : toNumber(v) / r;
    }
    return v;
  }
  function sum(): Value {
    let v = product();
    while (peek()?.text === '+' || peek()?.text === '-') {
      const op = take().text;
      const r = toNumber(product());
      v = op === '+' ? toNumber(v) + r : toNumber(v) - r;
    }
    return v;
  }
  function comparison(): Value {
    const left = sum();
    const op = peek()?.text;
    if (op !== '=' && op !== '>=' && op !== '<=' && op !== '<>' && op !== '<' && op !== '>') return left;
    take();
    const right = sum();
    if (op === '=') return equals(left, right);
    if (op === '<>') return !equals(left, right);
    const [a, b] = [toNumber(left), toNumber(right)];
    return op === '>=' ? a >= b : op === '<=' ? a <= b : op === '<' ? a < b : a > b;
  }

  const result = comparison();
  if (pos !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return result;
}
