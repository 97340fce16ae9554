// The master's units, from what is left of it: each unit sheet (found by the unit id in its
// marker, whatever its name), the data sheet's copy of every unit, and — in masters written
// before units had ids — the summary rows naming unit sheets. A unit's inputs are read from its
// sheet, so corrections made there count; rows deleted from the sheet are taken from the copy,
// and a deleted sheet is rebuilt from the copy. What cannot be recovered is named.

import type { CriteriaSet, GroupId } from '../../criteria/model';
import { findFormIdentity, readForm } from '../../form/read';
import { msg, type Message } from '../../messages';
import type { Grid } from '../../plan/grid';
import { unitIdOf } from '../identity';
import { isCurrentScoreFormula, isScoreFormula, setProfile } from '../set-profile';
import { cleanName, nameIndex } from '../names';
import { storedFlag } from '../telling';
import type { RosterEntry, UnitRecord } from '../types';
import { findColumns } from './columns';
import { cellText, keyedRows, type MasterMarker } from './keys';
import { OLD_LABELS } from './layout';
import { salvageForm } from './salvage';
import { SUMMARY_LABELS } from './summary';
import { unitSheetOf, type UnitData, type UnitSheet } from './unit-sheet';

type FormData = Pick<UnitRecord, 'inputs' | 'evidence' | 'notes'>;

export interface UnitsRead {
  units: UnitRecord[];
  notices: Message[];
  /** Sheet name -> unit id, for keys of masters written before units had ids. */
  legacySheets: Map<string, string>;
  /**
   * Unit sheets the form reader refused (rows deleted or copied), and those holding a score
   * formula of an earlier version (a voided deduction item scoring 0): rebuilt at the next write.
   */
  damaged: string[];
}

/** A unit as its sheet shows it: the form read, or what is left of it completed from the copy. */
function formData(sheet: UnitSheet, set: CriteriaSet, name: string, copy: FormData | undefined, notices: Message[]): FormData & { damaged?: true } {
  try {
    const form = readForm(sheet.grid, set);
    const profile = setProfile(set);
    const earlier = Object.entries(form.scoreFormulas).some(([code, f]) => f !== undefined && isScoreFormula(profile, code, f) && !isCurrentScoreFormula(profile, code, f));
    return { inputs: form.inputs, evidence: form.evidence, notes: form.notes, ...(earlier ? { damaged: true as const } : {}) };
  } catch {
    const left = salvageForm(sheet.grid, set, sheet.identity.keyCol);
    const rows = left.missing;
    if (copy) {
      for (const id of left.missingIds) {
        if (id in copy.inputs) left.inputs[id] = copy.inputs[id];
        if (id in copy.evidence) left.evidence[id] = copy.evidence[id];
        if (id in copy.notes) left.notes[id] = copy.notes[id];
      }
    }
    const code = copy ? 'master.read.unitRowsRebuilt' : 'master.read.unitRowsMissing';
    notices.push(msg(code, { unit: name, sheet: sheet.grid.name, rows: rows.length ? rows : ['—'] }));
    return { inputs: left.inputs, evidence: left.evidence, notes: left.notes, damaged: true };
  }
}

/** The data a summary row of an old master keeps (hidden "Dữ liệu nhập" JSON). */
function legacyRows(m: { grid: Grid; marker: MasterMarker }, sets: readonly CriteriaSet[]): { sheet: string; name: string; data: Omit<UnitData, 'id' | 'name' | 'group'>; group: GroupId }[] {
  const set = sets.find((s) => s.id === m.marker.key.set);
  const found = findColumns(m.grid, m.marker, { unit: SUMMARY_LABELS.unit, data: OLD_LABELS.unitData }, ['unit', 'data']);
  if (!set || !found) return [];
  const out = [];
  for (const { row, key } of keyedRows(m.grid, m.marker)) {
    if (key.unit !== '' || !key.sheet) continue;
    try {
      const data = JSON.parse(cellText(m.grid.value(row, found.col.data!))) as Omit<UnitData, 'id' | 'name' | 'group'>;
      out.push({ sheet: key.sheet, name: cleanName(cellText(m.grid.value(row, found.col.unit!))), data, group: set.group });
    } catch {
      continue;
    }
  }
  return out;
}

/** The roster code a unit has now: its own when the roster still lists it in its group, else by name. */
export function withRoster(units: readonly UnitRecord[], roster: readonly RosterEntry[]): UnitRecord[] {
  const codes = new Set(roster.map((r) => `${r.group}\u0000${r.code}`));
  const indexes = new Map<GroupId, ReturnType<typeof nameIndex<RosterEntry>>>();
  const indexOf = (group: GroupId) => {
    let index = indexes.get(group);
    if (!index) indexes.set(group, (index = nameIndex(roster.filter((r) => r.group === group), (r) => r.name)));
    return index;
  };
  return units.map((u) => {
    if (u.rosterCode !== undefined && codes.has(`${u.group}\u0000${u.rosterCode}`)) return u;
    const entry = indexOf(u.group).find(u.name);
    const { rosterCode: _old, ...rest } = u;
    return entry ? { ...rest, rosterCode: entry.code } : rest;
  });
}

export interface UnitSources {
  grids: readonly Grid[];
  summaries: readonly { grid: Grid; marker: MasterMarker }[];
  /** The data sheet's copy of the units (empty when the sheet is gone). */
  copies: readonly UnitRecord[];
  roster: readonly RosterEntry[];
  sets: readonly CriteriaSet[];
}

/** Every unit the master still knows, with what it had to rebuild said in notices. */
export function readUnits(src: UnitSources): UnitsRead {
  const out: UnitsRead = { units: [], notices: [], legacySheets: new Map(), damaged: [] };
  const sheets = new Map<string, UnitSheet>();
  for (const grid of src.grids) {
    const sheet = unitSheetOf(grid);
    if (sheet && !sheets.has(sheet.id)) sheets.set(sheet.id, sheet);
  }
  const copies = new Map(src.copies.map((u) => [u.id, u]));
  const legacy = new Map<string, { sheet: string; record: Omit<UnitRecord, keyof FormData> }>();
  const byName = new Map(src.grids.map((g) => [g.name, g]));
  const rosterIndex = (group: GroupId) => nameIndex(src.roster.filter((r) => r.group === group), (r) => r.name);
  for (const s of src.summaries) {
    for (const row of legacyRows(s, src.sets)) {
      const id = unitIdOf(row.group, rosterIndex(row.group).find(row.name)?.code, row.name);
      out.legacySheets.set(row.sheet, id);
      const grid = byName.get(row.sheet);
      const identity = grid ? findFormIdentity(grid) : null;
      if (!sheets.has(id) && grid && identity) sheets.set(id, { grid, identity, id });
      legacy.set(id, { sheet: row.sheet, record: { ...row.data, id, name: row.name, group: row.group } });
    }
  }
  const ids = [...new Set([...sheets.keys(), ...copies.keys(), ...legacy.keys()])];
  for (const id of ids) {
    const unit = assemble(id, sheets.get(id), copies.get(id), legacy.get(id), src, out);
    if (unit) out.units.push(unit);
  }
  out.units = withRoster(out.units, src.roster).map((u) => (u.flags ? { ...u, flags: u.flags.map(storedFlag) } : u));
  return out;
}

function assemble(
  id: string,
  sheet: UnitSheet | undefined,
  copy: UnitRecord | undefined,
  legacy: { sheet: string; record: Omit<UnitRecord, keyof FormData> } | undefined,
  src: UnitSources,
  out: Pick<UnitsRead, 'notices' | 'damaged'>,
): UnitRecord | undefined {
  const notices = out.notices;
  const base = sheet?.data ?? copy ?? legacy?.record;
  const name = base?.name ?? sheet?.grid.name ?? id;
  const set = src.sets.find((s) => s.id === (sheet?.identity.setId ?? base?.setId));
  if (!base || !set) {
    notices.push(msg('master.read.unitLost', { unit: name, file: base?.fileName ?? '—' }));
    return undefined;
  }
  if (sheet) {
    const data = formData(sheet, set, name, copy, notices);
    if (data.damaged) out.damaged.push(sheet.grid.name);
    return { ...base, id, setId: set.id, inputs: data.inputs, evidence: data.evidence, notes: data.notes, sheet: sheet.grid.name };
  }
  if (copy) {
    notices.push(msg('master.read.unitSheetRebuilt', { unit: name, sheet: copy.sheet ?? name }));
    return { ...copy, ...base, id, inputs: copy.inputs, evidence: copy.evidence, notes: copy.notes };
  }
  notices.push(msg('master.read.unitLost', { unit: name, file: base.fileName }));
  return undefined;
}
