// Reading a filled Phụ lục sheet back: its identity (set and version) from the marker in
// the hidden KEY column, every keyed row wherever it now is (rows and columns may have been
// inserted), the columns from the table header labels, and the cells with their own
// semantics — numbers stay numbers, text stays text, formulas are reported as found.

import type { CriteriaSet, Inputs } from '../criteria/model';
import { msg } from '../messages';
import type { CellValue, Grid } from '../plan/grid';
import type { CellPos, FilledForm } from './api';
import { FormReadError } from './errors';
import { findFormIdentity } from './read-keys';
import { layoutOf } from './read-layout';
import { locate } from './read-map';

export { findFormIdentity, type FormIdentity } from './read-keys';

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
      checks: readCells(grid, map.checkCell),
      total: shownValue(grid, map.totalCell),
      band: shownValue(grid, map.bandCell),
    },
    scoreFormulas,
  };
}
