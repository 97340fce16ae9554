// Reading the appraisal sheet as a consolidator left it: columns by their headers, rows by what
// they show. A row belongs to the unit its visible name (and group) names, checked against its
// hidden key — rows sorted without the hidden column keep their visible cells together — and to
// the criterion its visible code names. An appraisal that no unit of the master matches is kept
// (as an orphan, under its name) and reported; nothing typed is dropped without a word.

import type { CriteriaSet } from '../../criteria/model';
import { msg, type Message } from '../../messages';
import type { CellValue, Grid } from '../../plan/grid';
import { dataVersionOf } from '../merge';
import { cleanName, unitKey } from '../names';
import type { Appraisal, UnitRecord } from '../types';
import { findColumns } from './columns';
import { cellText, fromKeyValue, type MasterMarker } from './keys';
import { APPRAISAL_COL, APPRAISAL_LABELS, OLD_LABELS } from './layout';
import { parseKey } from '../../form/layout';

const READ_LABELS = { ...APPRAISAL_LABELS, dataVersion: OLD_LABELS.dataVersion } as const;
type Column = keyof typeof READ_LABELS;

export interface AppraisalsRead {
  appraisals: Appraisal[];
  notices: Message[];
}

/** Points as typed: a number, or text such as "8,5" (decimal comma); undefined when not a number. */
export function pointsOf(v: CellValue): number | null | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const text = cellText(v).trim();
  if (text === '') return null;
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
}

/** The master's units by id and by name key, with the codes of each unit's set. */
class UnitLookup {
  private readonly byId = new Map<string, UnitRecord>();
  private readonly byName = new Map<string, UnitRecord[]>();
  private readonly codes = new Map<string, Set<string>>();

  constructor(units: readonly UnitRecord[], sets: readonly CriteriaSet[]) {
    for (const u of units) {
      this.byId.set(u.id, u);
      const key = unitKey(u.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), u]);
    }
    for (const set of sets) this.codes.set(set.id, new Set(set.sections.flatMap((s) => s.criteria.map((c) => c.code))));
  }

  unit(id: string | undefined): UnitRecord | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** The unit a row shows, checked against its key; undefined when it names none or several. */
  resolve(name: string, groupName: string, keyId: string | undefined, sets: readonly CriteriaSet[]): UnitRecord | undefined {
    const keyed = this.unit(keyId);
    if (name === '') return keyed;
    const candidates = this.byName.get(unitKey(name)) ?? [];
    if (keyed && (candidates.length === 0 || candidates.includes(keyed))) return keyed;
    if (candidates.length === 1) return candidates[0];
    const inGroup = candidates.filter((u) => sets.find((s) => s.id === u.setId)?.groupName === groupName);
    return inGroup.length === 1 ? inGroup[0] : undefined;
  }

  isCode(unit: UnitRecord, code: string): boolean {
    return this.codes.get(unit.setId)?.has(code) ?? false;
  }
}

interface Row {
  name: string;
  code: string;
  points: number | null;
  reason: string;
}

/**
 * The appraisals on the sheet. `legacySheets` maps the sheet names keys of masters written
 * before units had ids used, to unit ids.
 */
export function readAppraisals(
  grid: Grid,
  marker: MasterMarker,
  units: readonly UnitRecord[],
  sets: readonly CriteriaSet[],
  legacySheets: ReadonlyMap<string, string>,
): AppraisalsRead {
  const found = findColumns(grid, marker, READ_LABELS, ['code', 'appraised']);
  const colOf = (name: Column): number | undefined =>
    found ? found.col[name] : name === 'dataVersion' ? undefined : APPRAISAL_COL[name] + marker.keyCol - APPRAISAL_COL.key;
  const cell = (row: number, name: Column) => {
    const col = colOf(name);
    return col === undefined ? null : grid.value(row, col);
  };
  const lookup = new UnitLookup(units, sets);
  const out: AppraisalsRead = { appraisals: [], notices: [] };
  const seen = new Set<string>();
  for (let row = (found?.headerRow ?? marker.row) + 1; row < grid.rowCount; row++) {
    const key = parseKey(grid.value(row, marker.keyCol)) ?? {};
    const points = pointsOf(cell(row, 'appraised'));
    const r: Row = { name: cleanName(cellText(cell(row, 'unit'))), code: cleanName(cellText(cell(row, 'code'))), points: points ?? null, reason: cleanName(cellText(cell(row, 'reason'))) };
    if (points === undefined) out.notices.push(msg('master.read.appraisalNotNumber', { unit: r.name, criterion: r.code, text: cellText(cell(row, 'appraised')) }));
    if (r.points === null && r.reason === '' && points !== undefined) continue;
    const keyId = 'appr' in key ? (key.appr === '' ? legacySheets.get(key.sheet ?? '') : fromKeyValue(key.appr)) : undefined;
    const unit = lookup.resolve(r.name, cleanName(cellText(cell(row, 'group'))), keyId, sets);
    const keyCode = fromKeyValue(key.crit);
    const code = unit && lookup.isCode(unit, r.code) ? r.code : (keyCode ?? r.code);
    const id = unit?.id ?? keyId ?? `?|n:${unitKey(r.name)}`;
    if (seen.has(`${id}\u0000${code}`)) {
      out.notices.push(msg('master.read.appraisalTwice', { unit: unit?.name ?? r.name, criterion: code }));
      continue;
    }
    seen.add(`${id}\u0000${code}`);
    const dataVersion = key.ver ?? cellText(cell(row, 'dataVersion'));
    const current = unit ? dataVersionOf(unit.hash) : dataVersion;
    const text = points === undefined ? cellText(cell(row, 'appraised')) : '';
    out.appraisals.push({
      unitId: id,
      unitName: unit?.name ?? (r.name || id),
      criterionCode: code,
      points: r.points,
      reason: text ? [r.reason, `[${text}]`].filter(Boolean).join(' ') : r.reason,
      dataVersion: dataVersion || current,
      stale: dataVersion !== '' && dataVersion !== current,
    });
  }
  return out;
}
