// Reading the master workbook's own sheets back into a MasterState: the workbook is the
// state. Sheets are recognised by the "#egov|master=…" marker in their hidden key column,
// rows by their keys, and columns relative to the key column (so inserted columns before it
// do not matter). Unit inputs come from the unit sheets, so corrections made there count.

import { groupsOf } from '../../criteria/groups';
import type { CriteriaSet, GroupId } from '../../criteria/model';
import { parseKey, type KeyFields } from '../../form/layout';
import { readForm } from '../../form/read';
import type { CellValue, Grid } from '../../plan/grid';
import { dataVersionOf } from '../merge';
import { cleanName, nameIndex, unitKey } from '../names';
import { rosterFromGrid } from '../rosters';
import type { Appraisal, LogEntry, LogResult, MasterState, RosterEntry, UnitRecord } from '../types';
import { APPRAISAL_COL, LOG_COL, summaryColumns, type MasterSheetKind } from './layout';

interface Marked {
  grid: Grid;
  kind: MasterSheetKind;
  key: KeyFields;
  keyCol: number;
}

const MARKER = '#egov|master=';

function marked(grid: Grid): Marked | undefined {
  for (let row = 0; row < Math.min(grid.rowCount, 5); row++) {
    for (let col = 0; col < grid.colCount; col++) {
      const v = grid.value(row, col);
      if (typeof v !== 'string' || !v.startsWith(MARKER)) continue;
      const key = parseKey(v)!;
      return { grid, kind: key.master as MasterSheetKind, key, keyCol: col };
    }
  }
  return undefined;
}

/** Every keyed row of a marked sheet with the value reader for columns relative to the key. */
function* keyedRows(m: Marked, keyColIndex: number): Generator<{ key: KeyFields; cell: (col: number) => CellValue }> {
  const offset = m.keyCol - keyColIndex;
  for (let row = 1; row < m.grid.rowCount; row++) {
    const key = parseKey(m.grid.value(row, m.keyCol));
    if (key) yield { key, cell: (col: number) => m.grid.value(row, col + offset) };
  }
}

const text = (v: CellValue) => (v === null ? '' : String(v));

function readLog(m: Marked): LogEntry[] {
  const out: LogEntry[] = [];
  for (const { key, cell } of keyedRows(m, LOG_COL.key)) {
    if (!key.log) continue;
    out.push({
      time: text(cell(LOG_COL.time)),
      fileName: text(cell(LOG_COL.file)),
      hash: text(cell(LOG_COL.hash)),
      unit: text(cell(LOG_COL.unit)),
      setId: text(cell(LOG_COL.set)),
      version: text(cell(LOG_COL.version)),
      result: key.log as LogResult,
      message: text(cell(LOG_COL.message)),
      messageEn: text(cell(LOG_COL.messageEn)),
    });
  }
  return out;
}

type UnitData = Pick<UnitRecord, 'fileName' | 'modified' | 'hash' | 'importedAt' | 'setId' | 'version' | 'selfScores' | 'selfTotal' | 'flags'>;

function readUnits(m: Marked, sets: readonly CriteriaSet[], sheets: Map<string, Grid>, roster: RosterEntry[]): Map<string, UnitRecord> {
  const bySheet = new Map<string, UnitRecord>();
  const set = sets.find((s) => s.id === m.key.set);
  if (!set) return bySheet;
  const cols = summaryColumns(set);
  const group = m.key.group as GroupId;
  const index = nameIndex(roster.filter((r) => r.group === group), (r) => r.name);
  for (const { key, cell } of keyedRows(m, cols.key)) {
    if (!('unit' in key) || !key.sheet) continue;
    const grid = sheets.get(key.sheet);
    if (!grid) continue;
    const data = JSON.parse(text(cell(cols.data))) as UnitData;
    const form = readForm(grid, set);
    const name = cleanName(text(cell(cols.unit)));
    const entry = index.find(name);
    bySheet.set(key.sheet, {
      key: unitKey(name),
      name,
      group,
      setId: data.setId,
      version: data.version,
      ...(entry ? { rosterCode: entry.code } : {}),
      fileName: data.fileName,
      ...(data.modified === undefined ? {} : { modified: data.modified }),
      hash: data.hash,
      importedAt: data.importedAt,
      inputs: form.inputs,
      evidence: form.evidence,
      notes: form.notes,
      selfScores: data.selfScores,
      selfTotal: data.selfTotal,
      flags: data.flags,
    });
  }
  return bySheet;
}

function readAppraisals(m: Marked, units: Map<string, UnitRecord>): Appraisal[] {
  const out: Appraisal[] = [];
  for (const { key, cell } of keyedRows(m, APPRAISAL_COL.key)) {
    const unit = 'appr' in key && key.sheet ? units.get(key.sheet) : undefined;
    if (!unit || !key.crit) continue;
    const points = cell(APPRAISAL_COL.appraised);
    const reason = cleanName(text(cell(APPRAISAL_COL.reason)));
    if (typeof points !== 'number' && !reason) continue;
    const dataVersion = text(cell(APPRAISAL_COL.dataVersion));
    out.push({
      unitKey: unit.key,
      criterionCode: key.crit,
      points: typeof points === 'number' ? points : null,
      reason,
      dataVersion,
      stale: dataVersion !== dataVersionOf(unit.hash),
    });
  }
  return out;
}

/** The state held by a master workbook's sheets (values of formula cells are not needed). */
export function readMasterState(sheets: readonly Grid[], sets: readonly CriteriaSet[]): MasterState {
  const all = sheets.map(marked).filter((m): m is Marked => m !== undefined);
  const byName = new Map(sheets.map((g) => [g.name, g]));
  const rosterSheet = all.find((m) => m.kind === 'roster');
  const roster = rosterSheet ? rosterFromGrid(rosterSheet.grid, groupsOf(sets)).entries : [];
  const logSheet = all.find((m) => m.kind === 'log');
  const units = new Map<string, UnitRecord>();
  for (const m of all.filter((x) => x.kind === 'summary')) for (const [sheet, u] of readUnits(m, sets, byName, roster)) units.set(sheet, u);
  const appraisalSheet = all.find((m) => m.kind === 'appraisal');
  return {
    roster,
    log: logSheet ? readLog(logSheet) : [],
    units: [...units.values()],
    appraisals: appraisalSheet ? readAppraisals(appraisalSheet, units) : [],
  };
}
