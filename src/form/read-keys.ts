// Reading a form's hidden KEY column: the identity marker ("#egov|form=<set>;v=<version>") found
// anywhere in the used range (columns and rows may have been inserted), and the row of every key
// below it (a criterion, a field, a section, the header, total and band rows), each claimed once.

import { msg } from '../messages';
import { rowsWithCol, someCell, type CellValue, type Grid } from '../plan/grid';
import { FormReadError } from './errors';
import { KEY_PREFIX, parseKey } from './layout';

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
export interface KeyRows {
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

export function scanKeys(grid: Grid, keyCol: number): KeyRows {
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
