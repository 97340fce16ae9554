// Reading a filled Phụ lục sheet back: its identity (set and version) from the marker in
// the hidden KEY column, every keyed row wherever it now is (rows and columns may have been
// inserted), the columns from the table header labels, and the cells with their own
// semantics — numbers stay numbers, text stays text, formulas are reported as found.

import { criterionFields } from '../criteria/fields';
import { msg, type Message } from '../messages';
import type { CriteriaSet, Inputs } from '../criteria/model';
import { rowsWithCol, someCell, usedCols, type CellValue, type Grid } from '../plan/grid';
import type { CellPos, FilledForm, FormMap } from './api';
import { cohortOwners } from './cohort-cells';
import { FormReadError } from './errors';
import { formOnlyFields } from './form-fields';
import { COL, HEADER_LABELS, KEY_PREFIX, parseKey } from './layout';
import { normalizeLabel } from './text';

const MARKER = `${KEY_PREFIX}form=`;

export interface FormIdentity {
  setId: string;
  version: string;
  /** 0-based column holding the keys, and row of the marker. */
  keyCol: number;
  markerRow: number;
}

/** The form identity found anywhere in the used range, or null when the sheet is not a form. */
export function findFormIdentity(grid: Grid): FormIdentity | null {
  let found: FormIdentity | null = null;
  someCell(grid, (row, col) => {
    const v = grid.value(row, col);
    if (typeof v !== 'string' || !v.startsWith(MARKER)) return false;
    const key = parseKey(v);
    if (!key?.form) return false;
    found = { setId: key.form, version: key.v ?? '', keyCol: col, markerRow: row };
    return true;
  });
  return found;
}

/** Rows of every key found in the KEY column. */
interface KeyRows {
  header?: number;
  total?: number;
  band?: number;
  crit: Map<string, number>;
  field: Map<string, number>;
  sec: Map<string, number>;
}

/**
 * The fields of one key cell that scanKeys needs, read in place (no object per cell): the same
 * meaning as parseKey's result — a flag is present when named, with or without a value; a
 * repeated name keeps its last value.
 */
class KeyCell {
  form = false;
  header = false;
  total = false;
  band = false;
  sec = '';
  crit = '';
  field = '';

  /** Reads `text`; false when it is not a key. */
  read(text: CellValue): boolean {
    if (typeof text !== 'string' || !text.startsWith(KEY_PREFIX)) return false;
    this.form = this.header = this.total = this.band = false;
    this.sec = this.crit = this.field = '';
    for (let from = KEY_PREFIX.length; from <= text.length; ) {
      let semi = text.indexOf(';', from);
      if (semi < 0) semi = text.length;
      if (semi > from) this.part(text, from, semi);
      from = semi + 1;
    }
    return true;
  }

  private part(text: string, from: number, to: number): void {
    const eq = text.indexOf('=', from);
    const nameEnd = eq < 0 || eq > to ? to : eq;
    const value = (): string => (nameEnd === to ? '' : text.slice(nameEnd + 1, to));
    switch (text.slice(from, nameEnd)) {
      case 'form':
        this.form = true;
        return;
      case 'header':
        this.header = true;
        return;
      case 'total':
        this.total = true;
        return;
      case 'band':
        this.band = true;
        return;
      case 'sec':
        this.sec = value();
        return;
      case 'crit':
        this.crit = value();
        return;
      case 'field':
        this.field = value();
    }
  }
}

function scanKeys(grid: Grid, keyCol: number): KeyRows {
  const rows: KeyRows = { crit: new Map(), field: new Map(), sec: new Map() };
  const duplicate = (name: string, first: number, row: number): FormReadError =>
    new FormReadError(
      'duplicateKey',
      grid.name,
      msg('form.read.duplicateKey', { key: name, first: first + 1, row: row + 1 }),
      { row, col: keyCol },
    );
  const flags = new Map<string, number>();
  const claim = (name: string, row: number): void => {
    const first = flags.get(name);
    if (first !== undefined) throw duplicate(name, first, row);
    flags.set(name, row);
  };
  // Keyed rows are claimed in the map of their kind: no "kind=id" string made per cell.
  const claimIn = (map: Map<string, number>, kind: string, id: string, row: number): void => {
    const first = map.get(id);
    if (first !== undefined) throw duplicate(`${kind}=${id}`, first, row);
    map.set(id, row);
  };
  const key = new KeyCell();
  for (const row of rowsWithCol(grid, keyCol)) {
    if (!key.read(grid.value(row, keyCol))) continue;
    if (key.form) claim('form', row);
    if (key.header) {
      claim('header', row);
      rows.header = row;
    }
    if (key.total) {
      claim('total', row);
      rows.total = row;
    }
    if (key.band) {
      claim('band', row);
      rows.band = row;
    }
    if (key.sec) claimIn(rows.sec, 'sec', key.sec, row);
    if (key.crit) claimIn(rows.crit, 'crit', key.crit, row);
    if (key.field) claimIn(rows.field, 'field', key.field, row);
  }
  return rows;
}

/** The header labels by their normalised text (computed once, not per cell compared). */
const LABEL_BY_NORMAL = new Map<string, (typeof HEADER_LABELS)[number]>(HEADER_LABELS.map((l) => [normalizeLabel(l), l]));

/** Column of each header label in the header row (NFC, case and spacing ignored). */
function headerColumns(grid: Grid, headerRow: number): Map<string, number> {
  const found = new Map<string, number>();
  for (const col of usedCols(grid, headerRow)) {
    const v = grid.value(headerRow, col);
    if (typeof v !== 'string') continue;
    const label = LABEL_BY_NORMAL.get(normalizeLabel(v));
    if (label && !found.has(label)) found.set(label, col);
  }
  return found;
}

function missingKey(grid: Grid, what: Message): FormReadError {
  return new FormReadError('keyMissing', grid.name, msg('form.read.keyMissing', { what }));
}

function columnOf(grid: Grid, columns: Map<string, number>, index: number, headerRow: number): number {
  const label = HEADER_LABELS[index];
  const col = columns.get(label);
  if (col === undefined) {
    throw new FormReadError(
      'noHeader',
      grid.name,
      msg('form.read.noHeaderColumn', { label }),
      { row: headerRow },
    );
  }
  return col;
}

function required(rows: Map<string, number>, id: string, fail: () => FormReadError): number {
  const row = rows.get(id);
  if (row === undefined) throw fail();
  return row;
}

/** The keyed rows, the header row and the columns of its labels. */
interface Located {
  keys: KeyRows;
  headerRow: number;
  columns: Map<string, number>;
}

function headerRowOf(grid: Grid, keys: KeyRows): number {
  if (keys.header === undefined) {
    throw new FormReadError('noHeader', grid.name, msg('form.read.noHeaderRow'));
  }
  return keys.header;
}

function locate(grid: Grid, set: CriteriaSet, { keys, headerRow, columns }: Located, keyCol: number): FormMap {
  const valueCol = columnOf(grid, columns, COL.value, headerRow);
  const scoreCol = columnOf(grid, columns, COL.score, headerRow);
  const evidenceCol = columnOf(grid, columns, COL.evidence, headerRow);
  const noteCol = columnOf(grid, columns, COL.note, headerRow);
  const map: FormMap = {
    sheetName: grid.name,
    valueCell: {},
    scoreCell: {},
    evidenceCell: {},
    noteCell: {},
    cohortBestCell: {},
    criterionRows: {},
    sectionCell: {},
    totalCell: { row: 0, col: scoreCol },
    bandCell: { row: 0, col: scoreCol },
  };
  const fieldRow = (id: string) => required(keys.field, id, () => missingKey(grid, msg('form.read.what.field', { id })));
  for (const field of set.generalFields) map.valueCell[field.id] = { row: fieldRow(field.id), col: valueCol };
  for (const f of formOnlyFields(set)) if (keys.field.has(f.id)) map.valueCell[f.id] = { row: keys.field.get(f.id)!, col: valueCol }; // none in older forms
  for (const section of set.sections) {
    const secRow = required(keys.sec, section.code, () => missingKey(grid, msg('form.read.what.section', { code: section.code })));
    map.sectionCell[section.code] = { row: secRow, col: scoreCol };
    for (const c of section.criteria) {
      const row = required(keys.crit, c.code, () => missingKey(grid, msg('form.read.what.criterion', { code: c.code })));
      map.scoreCell[c.code] = { row, col: scoreCol };
      map.evidenceCell[c.code] = { row, col: evidenceCol };
      map.noteCell[c.code] = { row, col: noteCol };
      let last = row;
      for (const field of criterionFields(c)) {
        const at = fieldRow(field.id);
        map.valueCell[field.id] = { row: at, col: valueCol };
        last = Math.max(last, at);
      }
      map.criterionRows[c.code] = { first: row, last };
    }
  }
  for (const [field, code] of cohortOwners(set)) map.cohortBestCell[field] = { row: map.scoreCell[code].row, col: keyCol + 1 };
  if (keys.total === undefined) throw missingKey(grid, msg('form.read.what.total'));
  if (keys.band === undefined) throw missingKey(grid, msg('form.read.what.band'));
  return { ...map, totalCell: { row: keys.total, col: scoreCol }, bandCell: { row: keys.band, col: scoreCol } };
}

/**
 * The keyed rows and header columns found in the last form read of a set, with the cells they
 * were found from: the key column (every used row) and the header row (every used column). The
 * forms of one set are alike, so the next form reuses them when those cells are exactly the
 * same — checked cell by cell, never assumed; any difference falls back to the full scan.
 */
interface Layout extends Located {
  keyCol: number;
  keyRows: readonly number[];
  keyTexts: CellValue[];
  headerCols: readonly number[];
  headerTexts: CellValue[];
}

// Module-level because it only saves a scan: a remembered layout is used only when every cell it was
// read from is unchanged (sameLayout), so one read never changes what the next one returns.
const lastLayout = new WeakMap<CriteriaSet, Layout>();

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the grid's key column and header row hold exactly the cells `layout` was found from. */
function sameLayout(grid: Grid, layout: Layout, keyCol: number): boolean {
  if (layout.keyCol !== keyCol) return false;
  const keyRows = rowsWithCol(grid, keyCol);
  const headerCols = usedCols(grid, layout.headerRow);
  if (!sameList(keyRows, layout.keyRows) || !sameList(headerCols, layout.headerCols)) return false;
  for (let i = 0; i < keyRows.length; i++) if (grid.value(keyRows[i], keyCol) !== layout.keyTexts[i]) return false;
  for (let i = 0; i < headerCols.length; i++) if (grid.value(layout.headerRow, headerCols[i]) !== layout.headerTexts[i]) return false;
  return true;
}

/** The keyed rows and header columns of the form: the last form's when its cells match, else scanned. */
function layoutOf(grid: Grid, set: CriteriaSet, keyCol: number): Located {
  const known = lastLayout.get(set);
  if (known && sameLayout(grid, known, keyCol)) return known;
  const keys = scanKeys(grid, keyCol);
  const headerRow = headerRowOf(grid, keys);
  const keyRows = rowsWithCol(grid, keyCol);
  const headerCols = usedCols(grid, headerRow);
  const layout: Layout = {
    keyCol,
    keyRows,
    keyTexts: keyRows.map((r) => grid.value(r, keyCol)),
    headerRow,
    headerCols,
    headerTexts: headerCols.map((c) => grid.value(headerRow, c)),
    keys,
    columns: headerColumns(grid, headerRow),
  };
  lastLayout.set(set, layout);
  return layout;
}

function blank(v: CellValue): boolean {
  return v === null || v === '';
}

/** What a result cell shows: its value, or its error text ("#DIV/0!"). */
function shownValue(grid: Grid, p: CellPos): CellValue {
  return grid.error?.(p.row, p.col) ?? grid.value(p.row, p.col);
}

// The cell maps below are plain objects built here: for…in walks them in the order
// Object.entries would, without an array per entry.

function texts(grid: Grid, cells: Record<string, CellPos>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code in cells) {
    const p = cells[code];
    const v = grid.value(p.row, p.col);
    if (!blank(v)) out[code] = String(v);
  }
  return out;
}

function readCells(grid: Grid, cells: Record<string, CellPos>): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const id in cells) out[id] = shownValue(grid, cells[id]);
  return out;
}

/**
 * Reads a filled form of `set`. Throws FormReadError when the sheet is not a form of this
 * set or its structure was damaged (missing or duplicated keyed rows, no header row).
 */
export function readForm(grid: Grid, set: CriteriaSet): FilledForm {
  const identity = findFormIdentity(grid);
  if (!identity) {
    throw new FormReadError(
      'noMarker',
      grid.name,
      msg('form.read.noMarker'),
    );
  }
  if (identity.setId !== set.id) {
    throw new FormReadError(
      'wrongSet',
      grid.name,
      msg('form.read.wrongSet', { found: identity.setId, expected: set.id }),
      { row: identity.markerRow, col: identity.keyCol },
    );
  }
  const map = locate(grid, set, layoutOf(grid, set, identity.keyCol), identity.keyCol);
  const inputs: Inputs = {};
  for (const id in map.valueCell) {
    const p = map.valueCell[id];
    const v = grid.value(p.row, p.col);
    if (!blank(v)) inputs[id] = v;
  }
  const scoreFormulas: Record<string, string | undefined> = {};
  for (const code in map.scoreCell) scoreFormulas[code] = grid.formula(map.scoreCell[code].row, map.scoreCell[code].col);
  return {
    setId: identity.setId,
    version: identity.version,
    map,
    inputs,
    evidence: texts(grid, map.evidenceCell),
    notes: texts(grid, map.noteCell),
    cached: {
      criteria: readCells(grid, map.scoreCell),
      sections: readCells(grid, map.sectionCell),
      total: shownValue(grid, map.totalCell),
      band: shownValue(grid, map.bandCell),
    },
    scoreFormulas,
  };
}
