// The cells a FormulaWorkbook (workbook.ts) keeps: per sheet, a map from a cell's key to its
// constant or its compiled formula and last result.

import { MAX_COLS } from './address';
import type { Node, RefNode } from './ast';
import type { Scalar } from './values';

export interface Formula {
  readonly text: string;
  readonly ast: Node;
  readonly refs: readonly RefNode[];
}

export interface Cell {
  formula?: Formula;
  /** The constant, or the formula's last result. */
  value: Scalar;
}

export interface Sheet {
  name: string;
  cells: Map<number, Cell>;
}

export interface FormulaEntry {
  readonly kind: 'formula';
  sheet: Sheet;
  row: number;
  col: number;
  cell: Cell;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}
