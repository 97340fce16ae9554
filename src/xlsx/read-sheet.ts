// One worksheet part -> a sparse Grid: values (numbers, shared and inline strings, booleans,
// errors), formulas (without "_xlfn.", shared formulas expanded to the cells that carry them)
// and the cached results of formula cells. Every reference (cells, rows, dimension, merges,
// data validation, conditional formats, hyperlinks, formula ranges) is checked against Excel's
// grid before it is used, and the cells of the whole workbook are counted against a limit, so
// the work and memory of a sheet grow with its XML, never with the coordinates it claims.
// The grid is sheet-cells.ts; what a finished cell stores, read-cell.ts.

import { a1 } from '../plan/address';
import { msg } from '../messages';
import { XlsxError } from './errors';
import { checkRefList, GRID_COLS, GRID_ROWS, outsideGrid, parseRef, type RefParts } from './refs';
import { StringItemText } from './read-strings';
import type { SheetState } from './read';
import { type CellErrors, type CellInProgress, SharedFormulas, storeCell } from './read-cell';
import { Sheet } from './sheet-cells';
import { decodeXmlBytes, scanXml, type StartTag, type XmlScanHandler } from './xml';

/** Cells still allowed over the whole workbook, and those read so far. */
export interface CellBudget {
  left: number;
  read: number;
  limit: number;
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

type SheetEntry = { name: string; state: SheetState; path: string };

/** Reads one worksheet's XML as it is scanned: the cell being read, and where the text goes. */
class SheetReader implements XmlScanHandler, CellErrors {
  readonly sheet: Sheet;
  readonly formulas = new SharedFormulas();
  private readonly inline = new StringItemText();
  private readonly ref: RefParts = { row: 0, col: 0 };
  private readonly cell: CellInProgress = { row: -1, col: -1, type: 'n', v: '', hasV: false, f: '', hasF: false, fType: undefined, fSi: undefined, hasInline: false };
  private capture: 'none' | 'v' | 'f' = 'none';
  private inInline = false;

  constructor(
    private readonly entry: SheetEntry,
    private readonly shared: readonly string[],
    private readonly budget: CellBudget,
  ) {
    this.sheet = new Sheet(entry.name, entry.state);
  }

  // A method, not an arrow-function field: with a closure made per sheet, V8 kept every
  // sheet's cells alive through young-generation collections until it had optimised this
  // constructor (about 900–1,800 forms into a run): 4 MB promoted and 13–15 ms per scavenge
  // instead of 0.06 MB and 1–2 ms, and reading took 1.6× as long (docs/performance.md).
  bad(detail: string): XlsxError {
    const cell = this.cell;
    const at = cell.row >= 0 && cell.col >= 0 ? a1(cell.row, cell.col) : `(${detail})`;
    return new XlsxError('malformedXml', msg('xlsx.badCell', { sheet: this.entry.name, cell: at, detail }));
  }

  private finishCell(): void {
    const used = storeCell(this.sheet, this.cell, this.inline, this.shared, this.formulas, this);
    if (!used) return;
    if (--this.budget.left < 0) throw tooManyCells(this.budget);
    this.budget.read++;
    this.sheet.extend(this.cell.row, this.cell.col);
  }

  private startRow(tag: StartTag): void {
    const { cell, ref, entry } = this;
    const r = tag.get('r');
    const check = r === undefined ? 'ok' : parseRef(r, 0, r.length, ref);
    if (check === 'outside') throw outsideGrid(entry.name, `${r}:${r}`);
    if (r === undefined) cell.row++;
    else if (check === 'invalid' || ref.col >= 0 || ref.row < 0) throw this.bad(`<row r="${r.slice(0, 24)}">`);
    else cell.row = ref.row;
    if (cell.row >= GRID_ROWS) throw outsideGrid(entry.name, `${cell.row + 1}:${cell.row + 1}`);
    cell.col = -1;
  }

  private startCell(tag: StartTag): void {
    const { cell, ref, entry } = this;
    const r = tag.get('r');
    if (r === undefined) {
      cell.col++;
      if (cell.row < 0) cell.row = 0;
      if (cell.col >= GRID_COLS) throw outsideGrid(entry.name, `XFD${cell.row + 1} + 1`);
    } else {
      const check = parseRef(r, 0, r.length, ref);
      if (check === 'outside') throw outsideGrid(entry.name, r);
      if (check === 'invalid' || ref.row < 0 || ref.col < 0) throw this.bad(`r="${r.slice(0, 24)}"`);
      cell.row = ref.row;
      cell.col = ref.col;
    }
    cell.type = tag.get('t') ?? 'n';
    cell.hasV = cell.hasF = cell.hasInline = false;
    cell.v = cell.f = '';
  }

  private startFormula(tag: StartTag, selfClosing: boolean): void {
    const cell = this.cell;
    cell.hasF = true;
    cell.fType = tag.get('t');
    cell.fSi = tag.get('si');
    const range = tag.get('ref');
    if (range !== undefined) checkRefList(range, this.entry.name);
    this.capture = selfClosing ? 'none' : 'f';
  }

  open(local: string, tag: StartTag, selfClosing: boolean): void {
    switch (local) {
      case 'row':
        return this.startRow(tag);
      case 'c':
        this.startCell(tag);
        if (selfClosing) this.finishCell();
        return;
      case 'v':
        this.capture = selfClosing ? 'none' : 'v';
        this.cell.hasV = true;
        return;
      case 'f':
        return this.startFormula(tag, selfClosing);
      case 'is':
        this.cell.hasInline = true;
        this.inInline = !selfClosing;
        return;
      default:
        if (this.inInline) this.inline.open(local, selfClosing);
        else checkOtherRefs(local, tag, this.entry.name);
    }
  }

  close(local: string): void {
    switch (local) {
      case 'c':
        this.finishCell();
        return;
      case 'v':
      case 'f':
        this.capture = 'none';
        return;
      case 'is':
        this.inInline = false;
        return;
      default:
        if (this.inInline) this.inline.close(local);
    }
  }

  text(text: string): void {
    if (this.capture === 'v') this.cell.v += text;
    else if (this.capture === 'f') this.cell.f += text;
    else if (this.inInline) this.inline.add(text);
  }
}

export function readSheet(bytes: Uint8Array, entry: SheetEntry, shared: readonly string[], budget: CellBudget): Sheet {
  const reader = new SheetReader(entry, shared, budget);
  scanXml(decodeXmlBytes(bytes), reader, entry.path, { localNames: true });
  reader.formulas.expandInto(reader.sheet);
  return reader.sheet.finish();
}
