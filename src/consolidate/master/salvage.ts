// A unit sheet of the master that the form reader refuses (a row deleted, a keyed row copied,
// the header row gone) still holds most of the unit's data: every keyed row that is left is read
// here — a field's value, a criterion's evidence and note — with columns found by the header
// labels (or where the form puts them when the header row is gone). What is missing is named,
// so the caller can take it from the master's copy and say so.

import type { CriteriaSet, Inputs } from '../../criteria/model';
import { allFields, criterionOfField } from '../../criteria/fields';
import { COL, HEADER_LABELS, OLD_COL, parseKey } from '../../form/layout';
import { normalizeLabel } from '../../form/text';
import type { CellValue, Grid } from '../../plan/grid';

export interface Salvaged {
  inputs: Inputs;
  evidence: Record<string, string>;
  notes: Record<string, string>;
  /** What lost its row, as the sheet shows it: criterion codes, and labels of general fields. */
  missing: string[];
  /** Ids of the fields and codes of the criteria whose row was not found. */
  missingIds: string[];
}

interface Rows {
  header?: number;
  field: Map<string, number>;
  crit: Map<string, number>;
}

function keyRows(grid: Grid, keyCol: number): Rows {
  const rows: Rows = { field: new Map(), crit: new Map() };
  for (let row = 0; row < grid.rowCount; row++) {
    const key = parseKey(grid.value(row, keyCol));
    if (!key) continue;
    if ('header' in key && rows.header === undefined) rows.header = row;
    if (key.field && !rows.field.has(key.field)) rows.field.set(key.field, row);
    if (key.crit && !rows.crit.has(key.crit)) rows.crit.set(key.crit, row);
  }
  return rows;
}

/**
 * The form's own places of the columns, from its key column: a form whose score cells (formulas on
 * every criterion row) sit where this version puts them has the "Kiểm tra số liệu" column; a form
 * made before it has no such column, so its values sit one column nearer its keys (OLD_COL).
 */
function ownPlaces(grid: Grid, rows: Rows, keyCol: number): typeof COL | typeof OLD_COL {
  const scoreCol = keyCol - COL.key + COL.score;
  for (const row of rows.crit.values()) if (grid.formula(row, scoreCol) !== undefined) return COL;
  return OLD_COL;
}

/** Column of each of the value, evidence and note labels: by the header row, else the form's own place. */
function columns(grid: Grid, rows: Rows, keyCol: number): { value: number; evidence: number; note: number } {
  const headerRow = rows.header;
  const places = headerRow === undefined ? ownPlaces(grid, rows, keyCol) : COL;
  const at = (index: number, name: 'value' | 'evidence' | 'note'): number => {
    if (headerRow !== undefined) {
      const label = normalizeLabel(HEADER_LABELS[index]);
      for (let col = 0; col < grid.colCount; col++) {
        const v = grid.value(headerRow, col);
        if (typeof v === 'string' && normalizeLabel(v) === label) return col;
      }
    }
    return keyCol - places.key + places[name];
  };
  return { value: at(COL.value, 'value'), evidence: at(COL.evidence, 'evidence'), note: at(COL.note, 'note') };
}

const blank = (v: CellValue) => v === null || v === '';

/** What is left of a form of `set` whose key column is `keyCol`. */
export function salvageForm(grid: Grid, set: CriteriaSet, keyCol: number): Salvaged {
  const rows = keyRows(grid, keyCol);
  const cols = columns(grid, rows, keyCol);
  const out: Salvaged = { inputs: {}, evidence: {}, notes: {}, missing: [], missingIds: [] };
  const owner = criterionOfField(set);
  const lost = (id: string, shown: string) => {
    out.missingIds.push(id);
    if (!out.missing.includes(shown)) out.missing.push(shown);
  };
  for (const field of allFields(set)) {
    const row = rows.field.get(field.id);
    if (row === undefined) {
      lost(field.id, owner.get(field.id)?.code ?? field.label);
      continue;
    }
    const v = grid.value(row, cols.value);
    if (!blank(v)) out.inputs[field.id] = v;
  }
  for (const section of set.sections) {
    for (const c of section.criteria) {
      const row = rows.crit.get(c.code);
      if (row === undefined) {
        lost(c.code, c.code);
        continue;
      }
      const evidence = grid.value(row, cols.evidence);
      const note = grid.value(row, cols.note);
      if (!blank(evidence)) out.evidence[c.code] = String(evidence);
      if (!blank(note)) out.notes[c.code] = String(note);
    }
  }
  return out;
}
