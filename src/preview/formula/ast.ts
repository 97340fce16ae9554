// The syntax tree of a parsed formula.

import type { CellRef } from './address';
import type { ErrorCode, Scalar } from './values';

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

/** A cell or range reference, with where it sits in the formula text (for rewriting). */
export interface RefNode {
  readonly kind: 'ref';
  /** The sheet named in the formula; undefined means the formula's own sheet. */
  readonly sheet?: string;
  readonly start: CellRef;
  /** The far corner of a range; undefined for a single cell. */
  readonly end?: CellRef;
  /** [from, to) offsets of the whole reference, sheet prefix included, in the formula text. */
  readonly span: readonly [number, number];
}

export type Node =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: ErrorCode }
  | { readonly kind: 'array'; readonly rows: readonly (readonly Scalar[])[] }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unary'; readonly operator: '-' | '+'; readonly operand: Node }
  | { readonly kind: 'percent'; readonly operand: Node }
  | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: Node; readonly right: Node }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Node[]; readonly position: number }
  | RefNode;
