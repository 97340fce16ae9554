// A unit's sheet in the master: its form rebuilt from its inputs, whose identity marker also
// names the unit ("#egov|form=…;unit=<id>"), with the import data the form does not show (file,
// data version, self-scores, flags) as JSON in hidden cells of the marker's row. So the sheet is
// found by its key whatever it is renamed to, and a master that lost its other sheets can still
// say which unit the sheet is and where its data came from.

import type { SheetPlan, WorkbookPlan } from '../../plan/model';
import type { Grid } from '../../plan/grid';
import { findFormIdentity, type FormIdentity } from '../../form/read';
import { KEY_PREFIX, parseKey } from '../../form/layout';
import type { UnitRecord } from '../types';
import { chunks } from './data-sheet';
import { cellText, fromKeyValue, keyValue } from './keys';

/** What the unit sheet keeps besides its form: the record without the form's own data. */
export type UnitData = Omit<UnitRecord, 'inputs' | 'evidence' | 'notes'>;

const FORM_MARKER = `${KEY_PREFIX}form=`;

function unitData(unit: UnitRecord): UnitData {
  const { inputs: _inputs, evidence: _evidence, notes: _notes, ...data } = unit;
  return data;
}

/**
 * The unit's form plan as a sheet of the master: styles renamed "<setId>:<name>" (sets of
 * different precision never clash; the master plan holds them all), the marker naming the
 * unit, the import data beside it.
 */
export function unitSheetPlan(unit: UnitRecord, form: WorkbookPlan): SheetPlan {
  const sheet = form.sheets[0];
  const cells = sheet.cells.map((c) => (c.style === undefined ? c : { ...c, style: `${unit.setId}:${c.style}` }));
  const marker = cells.findIndex((c) => typeof c.value === 'string' && c.value.startsWith(FORM_MARKER));
  const columns = [...sheet.columns];
  if (marker >= 0) {
    const at = cells[marker];
    cells[marker] = { ...at, value: `${String(at.value)};unit=${keyValue(unit.id)}` };
    chunks(JSON.stringify(unitData(unit))).forEach((part, i) => {
      const col = at.col + 2 + i;
      cells.push({ row: at.row, col, value: part, style: 'm.key' });
      while (columns.length <= col) columns.push({ width: 8 });
      columns[col] = { width: 8, hidden: true };
    });
  }
  return { ...sheet, columns, cells };
}

export interface UnitSheet {
  grid: Grid;
  identity: FormIdentity;
  id: string;
  /** The import data the sheet keeps; undefined when it cannot be read. */
  data?: UnitData;
}

function storedData(grid: Grid, identity: FormIdentity): UnitData | undefined {
  let text = '';
  for (let col = identity.keyCol + 2; col < grid.colCount; col++) {
    const part = cellText(grid.value(identity.markerRow, col));
    if (part === '') break;
    text += part;
  }
  try {
    const data = JSON.parse(text) as UnitData;
    return typeof data === 'object' && data !== null && typeof data.name === 'string' ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The sheet as a unit sheet of the master (its marker names a unit), or undefined. */
export function unitSheetOf(grid: Grid): UnitSheet | undefined {
  const identity = findFormIdentity(grid);
  if (!identity) return undefined;
  const id = fromKeyValue(parseKey(grid.value(identity.markerRow, identity.keyCol))?.unit);
  if (!id) return undefined;
  const data = storedData(grid, identity);
  return { grid, identity, id, ...(data ? { data } : {}) };
}
