// One <c> element of a worksheet, once read: what it holds goes into the sheet's grid
// (read-sheet.ts reads the XML; sheet-cells.ts holds the grid). Shared formulas are kept by
// their index and expanded, shifted, to the cells that carry only the index.

import type { XlsxError } from './errors';
import { shiftFormula, stripXlfnPrefixes } from './formula';
import { decodeOoxmlEscapes, type StringItemText } from './read-strings';
import type { Sheet } from './sheet-cells';

/** A cell being read: its position, type, value and formula. */
export interface CellInProgress {
  row: number;
  col: number;
  type: string;
  v: string;
  hasV: boolean;
  f: string;
  hasF: boolean;
  fType: string | undefined;
  fSi: string | undefined;
  hasInline: boolean;
}

/** Where a cell's error message comes from: the sheet reader, which knows the sheet and the cell. */
export interface CellErrors {
  bad(detail: string): XlsxError;
}

/** The shared formulas of a sheet: each index's master cell, and the cells that refer to one. */
export class SharedFormulas {
  private readonly masters = new Map<string, { row: number; col: number; formula: string }>();
  private readonly pending: { row: number; col: number; si: string }[] = [];

  master(si: string, row: number, col: number, formula: string): void {
    this.masters.set(si, { row, col, formula });
  }
  refer(si: string, row: number, col: number): void {
    this.pending.push({ row, col, si });
  }
  /** Gives each referring cell its master's formula, shifted to the cell. */
  expandInto(sheet: Sheet): void {
    for (const p of this.pending) {
      const m = this.masters.get(p.si);
      if (m) sheet.formulas.set(p.row, p.col, shiftFormula(m.formula, p.row - m.row, p.col - m.col));
    }
  }
}

/**
 * Stores what the finished cell holds; false when it holds nothing. An empty <v></v> (as
 * openpyxl writes for a formula never calculated) is no cached value, whatever the type.
 */
export function storeCell(
  sheet: Sheet,
  cell: CellInProgress,
  inline: StringItemText,
  shared: readonly string[],
  formulas: SharedFormulas,
  reader: CellErrors,
): boolean {
  const { row, col, v } = cell;
  let used = false;
  if (cell.hasF) {
    const si = cell.fSi;
    if (cell.fType === 'shared' && si !== undefined && cell.f === '') formulas.refer(si, row, col);
    else if (cell.f !== '') {
      const formula = stripXlfnPrefixes(cell.f);
      sheet.formulas.set(row, col, formula);
      if (cell.fType === 'shared' && si !== undefined) formulas.master(si, row, col, formula);
    }
    used = true;
  }
  if (cell.hasInline) {
    sheet.values.set(row, col, inline.take());
    return true;
  }
  if (!cell.hasV || v === '') return used;
  switch (cell.type) {
    case 's': {
      const s = /^[0-9]{1,9}$/.test(v) ? shared[Number(v)] : undefined;
      if (s === undefined) throw reader.bad(`shared string ${v.slice(0, 24)}`);
      sheet.values.set(row, col, s);
      break;
    }
    case 'b':
      sheet.values.set(row, col, v === '1' || v === 'true');
      break;
    case 'e':
      sheet.errors.set(row, col, v);
      break;
    case 'str':
    case 'inlineStr':
    case 'd':
      sheet.values.set(row, col, decodeOoxmlEscapes(v));
      break;
    default: {
      const n = Number(v);
      if (!Number.isFinite(n) || v.trim() === '') throw reader.bad(`number "${v.slice(0, 24)}"`);
      sheet.values.set(row, col, n);
    }
  }
  return true;
}
