// The master's hidden data sheet: a copy of everything the master knows — each unit's import
// (file, data version, inputs, evidence, notes, self-scores, flags, its sheet), the roster, the
// import log and the appraisals — as JSON, one row each. The visible sheets stay the ones people
// edit and the ones read first; this copy is what a deleted unit sheet, roster, log or appraisal
// sheet is rebuilt from. Long JSON is split over cells of at most CHUNK characters.

import type { SheetPlan } from '../../plan/model';
import type { Grid } from '../../plan/grid';
import type { Appraisal, LogEntry, MasterState, RosterEntry, UnitRecord } from '../types';
import { cellText, keyedRows, keyValue, type MasterMarker } from './keys';
import { SHEET } from './layout';
import { MasterSheet } from './sheet';

/** Characters per cell of JSON (Excel holds at most 32,767). */
export const CHUNK = 32_000;

type Kind = 'unit' | 'roster' | 'log' | 'appr';

export interface DataCopy {
  units: UnitRecord[];
  roster: RosterEntry[];
  log: LogEntry[];
  appraisals: Appraisal[];
  /** Rows whose JSON could not be read (a cell edited or cut). */
  unreadable: number;
}

export function chunks(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at += CHUNK) out.push(text.slice(at, at + CHUNK));
  return out.length ? out : [''];
}

/** The data sheet of a state whose units have their sheets assigned. */
export function dataSheet(state: MasterState): SheetPlan {
  const s = new MasterSheet(SHEET.data, [12, 60], 0);
  s.key(0, { master: 'data' });
  let row = 1;
  const put = (kind: Kind, value: unknown, id?: string) => {
    s.key(row, id === undefined ? { d: kind } : { d: kind, id: keyValue(id) });
    chunks(JSON.stringify(value)).forEach((part, i) => s.value(row, 1 + i, part, 'm.key'));
    row++;
  };
  for (const u of state.units) put('unit', u, u.id);
  for (const r of state.roster) put('roster', r);
  for (const l of state.log) put('log', l);
  for (const a of state.appraisals) put('appr', a, a.unitId);
  const plan = s.plan({ hidden: true, protect: true, freezeRows: 0 });
  plan.columns[0] = { width: 12 };
  return plan;
}

/** The JSON of a row: its cells right of the key, joined. */
function rowJson(grid: Grid, row: number, keyCol: number): unknown {
  let text = '';
  for (let col = keyCol + 1; col < grid.colCount; col++) {
    const part = cellText(grid.value(row, col));
    if (part === '') break;
    text += part;
  }
  return JSON.parse(text);
}

/** What the data sheet holds; rows that cannot be read are counted, not guessed. */
export function readDataSheet(grid: Grid, marker: MasterMarker): DataCopy {
  const copy: DataCopy = { units: [], roster: [], log: [], appraisals: [], unreadable: 0 };
  const lists: Record<Kind, unknown[]> = { unit: copy.units, roster: copy.roster, log: copy.log, appr: copy.appraisals };
  for (const { row, key } of keyedRows(grid, marker)) {
    const list = lists[key.d as Kind];
    if (!list) continue;
    let value: unknown;
    try {
      value = rowJson(grid, row, marker.keyCol);
    } catch {
      value = undefined;
    }
    if (typeof value === 'object' && value !== null) list.push(value);
    else copy.unreadable++;
  }
  return copy;
}
