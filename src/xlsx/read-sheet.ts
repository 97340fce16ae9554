// One worksheet part -> a sparse Grid: values (numbers, shared and inline strings, booleans,
// errors), formulas (without "_xlfn.", shared formulas expanded to the cells that carry them)
// and the cached results of formula cells. Every reference (cells, rows, dimension, merges,
// data validation, conditional formats, hyperlinks, formula ranges) is checked against Excel's
// grid before it is used, and the cells of the whole workbook are counted against a limit, so
// the work and memory of a sheet grow with its XML, never with the coordinates it claims.

import { a1 } from '../plan/address';
import type { CellValue } from '../plan/grid';
import { msg } from '../messages';
import { XlsxError } from './errors';
import { stripXlfnPrefixes, shiftFormula } from './formula';
import { checkRefList, GRID_COLS, GRID_ROWS, outsideGrid, parseRef, type RefParts } from './refs';
import { decodeOoxmlEscapes, StringItemText } from './read-strings';
import type { SheetData, SheetState } from './read';
import { decodeXmlBytes, scanXml, type StartTag } from './xml';

/** Cells still allowed over the whole workbook, and those read so far. */
export interface CellBudget {
  left: number;
  read: number;
  limit: number;
}

/** Cells of one kind, one array per row: no hashing per cell set or looked up. */
class CellStore<T> {
  private readonly rows: (T[] | undefined)[] = [];

  get(row: number, col: number): T | undefined {
    const cells = this.rows[row];
    return cells === undefined ? undefined : cells[col];
  }
  set(row: number, col: number, value: T): void {
    const cells = this.rows[row];
    if (cells === undefined) this.rows[row] = [];
    this.rows[row]![col] = value;
  }
}

class Sheet implements SheetData {
  readonly values = new CellStore<CellValue>();
  readonly formulas = new CellStore<string>();
  readonly errors = new CellStore<string>();
  rowCount = 0;
  colCount = 0;
  /** Rows with a cell, in the order first seen, and each row's columns (sorted by finish()). */
  private readonly rowList: number[] = [];
  private readonly colLists: (number[] | undefined)[] = [];

  constructor(
    readonly name: string,
    readonly state: SheetState,
  ) {}

  get hidden(): boolean {
    return this.state !== 'visible';
  }
  value(row: number, col: number): CellValue {
    return this.values.get(row, col) ?? null;
  }
  formula(row: number, col: number): string | undefined {
    return this.formulas.get(row, col);
  }
  error(row: number, col: number): string | undefined {
    return this.errors.get(row, col);
  }
  rowsInUse(): readonly number[] {
    return this.rowList;
  }
  colsInUse(row: number): readonly number[] {
    return this.colLists[row] ?? [];
  }
  extend(row: number, col: number): void {
    if (row >= this.rowCount) this.rowCount = row + 1;
    if (col >= this.colCount) this.colCount = col + 1;
    const cols = this.colLists[row];
    if (cols === undefined) {
      this.colLists[row] = [col];
      this.rowList.push(row);
    } else if (cols[cols.length - 1] !== col) cols.push(col);
  }
  /** Puts rows and columns in ascending order, once (files from other programs may not be). */
  finish(): this {
    const ascending = (a: number, b: number) => a - b;
    if (!isStrictlyAscending(this.rowList)) this.rowList.sort(ascending);
    for (const row of this.rowList) {
      const cols = this.colLists[row]!;
      if (!isStrictlyAscending(cols)) this.colLists[row] = [...new Set(cols)].sort(ascending);
    }
    return this;
  }
}

function isStrictlyAscending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i] <= list[i - 1]) return false;
  return true;
}

function tooManyCells(budget: CellBudget): XlsxError {
  return new XlsxError('tooManyCells', msg('xlsx.tooManyCells', { max: budget.limit }));
}

/** Elements whose `ref` or `sqref` is a reference list (outside <sheetData>). */
const REF_ELEMENTS = new Set(['dimension', 'mergeCell', 'dataValidation', 'conditionalFormatting', 'hyperlink', 'selection', 'autoFilter', 'sortState', 'sortCondition', 'protectedRange', 'ignoredError', 'pane']);

/** Checks the references of an element outside the cells (see REF_ELEMENTS, and <col min max>). */
function checkOtherRefs(local: string, tag: StartTag, sheet: string): void {
  if (REF_ELEMENTS.has(local)) {
    for (const name of ['ref', 'sqref', 'activeCell', 'topLeftCell']) {
      const v = tag.get(name);
      if (v !== undefined) checkRefList(v, sheet);
    }
  } else if (local === 'col') {
    for (const name of ['min', 'max']) {
      const v = tag.get(name);
      if (v !== undefined && !(Number(v) >= 1 && Number(v) <= GRID_COLS)) throw outsideGrid(sheet, `${name}=${v}`);
    }
  }
}

/** A cell being read: its position, type, value and formula. */
interface CellInProgress {
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

export function readSheet(bytes: Uint8Array, entry: { name: string; state: SheetState; path: string }, shared: readonly string[], budget: CellBudget): Sheet {
  const sheet = new Sheet(entry.name, entry.state);
  const masters = new Map<string, { row: number; col: number; formula: string }>();
  const pendingShared: { row: number; col: number; si: string }[] = [];
  const inline = new StringItemText();
  const ref: RefParts = { row: 0, col: 0 };
  const cell: CellInProgress = { row: -1, col: -1, type: 'n', v: '', hasV: false, f: '', hasF: false, fType: undefined, fSi: undefined, hasInline: false };
  let capture: 'none' | 'v' | 'f' = 'none';
  let inInline = false;

  const bad = (detail: string) => {
    const at = cell.row >= 0 && cell.col >= 0 ? a1(cell.row, cell.col) : `(${detail})`;
    return new XlsxError('malformedXml', msg('xlsx.badCell', { sheet: entry.name, cell: at, detail }));
  };

  const finishCell = () => {
    const used = storeCell(sheet, cell, inline, shared, masters, pendingShared, bad);
    if (!used) return;
    if (--budget.left < 0) throw tooManyCells(budget);
    budget.read++;
    sheet.extend(cell.row, cell.col);
  };

  const startRow = (tag: StartTag) => {
    const r = tag.get('r');
    const check = r === undefined ? 'ok' : parseRef(r, 0, r.length, ref);
    if (check === 'outside') throw outsideGrid(entry.name, `${r}:${r}`);
    if (r === undefined) cell.row++;
    else if (check === 'invalid' || ref.col >= 0 || ref.row < 0) throw bad(`<row r="${r.slice(0, 24)}">`);
    else cell.row = ref.row;
    if (cell.row >= GRID_ROWS) throw outsideGrid(entry.name, `${cell.row + 1}:${cell.row + 1}`);
    cell.col = -1;
  };

  const startCell = (tag: StartTag) => {
    const r = tag.get('r');
    if (r === undefined) {
      cell.col++;
      if (cell.row < 0) cell.row = 0;
      if (cell.col >= GRID_COLS) throw outsideGrid(entry.name, `XFD${cell.row + 1} + 1`);
    } else {
      const check = parseRef(r, 0, r.length, ref);
      if (check === 'outside') throw outsideGrid(entry.name, r);
      if (check === 'invalid' || ref.row < 0 || ref.col < 0) throw bad(`r="${r.slice(0, 24)}"`);
      cell.row = ref.row;
      cell.col = ref.col;
    }
    cell.type = tag.get('t') ?? 'n';
    cell.hasV = cell.hasF = cell.hasInline = false;
    cell.v = cell.f = '';
  };

  scanXml(
    decodeXmlBytes(bytes),
    {
      open(local, tag, selfClosing) {
        switch (local) {
          case 'row':
            return startRow(tag);
          case 'c':
            startCell(tag);
            if (selfClosing) finishCell();
            return;
          case 'v':
            capture = selfClosing ? 'none' : 'v';
            cell.hasV = true;
            return;
          case 'f': {
            cell.hasF = true;
            cell.fType = tag.get('t');
            cell.fSi = tag.get('si');
            const range = tag.get('ref');
            if (range !== undefined) checkRefList(range, entry.name);
            capture = selfClosing ? 'none' : 'f';
            return;
          }
          case 'is':
            cell.hasInline = true;
            inInline = !selfClosing;
            return;
          default:
            if (inInline) inline.open(local, selfClosing);
            else checkOtherRefs(local, tag, entry.name);
        }
      },
      close(local) {
        switch (local) {
          case 'c':
            finishCell();
            return;
          case 'v':
          case 'f':
            capture = 'none';
            return;
          case 'is':
            inInline = false;
            return;
          default:
            if (inInline) inline.close(local);
        }
      },
      text(text) {
        if (capture === 'v') cell.v += text;
        else if (capture === 'f') cell.f += text;
        else if (inInline) inline.add(text);
      },
    },
    entry.path,
    { localNames: true },
  );
  for (const p of pendingShared) {
    const m = masters.get(p.si);
    if (m) sheet.formulas.set(p.row, p.col, shiftFormula(m.formula, p.row - m.row, p.col - m.col));
  }
  return sheet.finish();
}

/**
 * Stores what the finished cell holds; false when it holds nothing. An empty <v></v> (as
 * openpyxl writes for a formula never calculated) is no cached value, whatever the type.
 */
function storeCell(
  sheet: Sheet,
  cell: CellInProgress,
  inline: StringItemText,
  shared: readonly string[],
  masters: Map<string, { row: number; col: number; formula: string }>,
  pendingShared: { row: number; col: number; si: string }[],
  bad: (detail: string) => XlsxError,
): boolean {
  const { row, col, v } = cell;
  let used = false;
  if (cell.hasF) {
    const si = cell.fSi;
    if (cell.fType === 'shared' && si !== undefined && cell.f === '') pendingShared.push({ row, col, si });
    else if (cell.f !== '') {
      const formula = stripXlfnPrefixes(cell.f);
      sheet.formulas.set(row, col, formula);
      if (cell.fType === 'shared' && si !== undefined) masters.set(si, { row, col, formula });
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
      if (s === undefined) throw bad(`shared string ${v.slice(0, 24)}`);
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
      if (!Number.isFinite(n) || v.trim() === '') throw bad(`number "${v.slice(0, 24)}"`);
      sheet.values.set(row, col, n);
    }
  }
  return true;
}
