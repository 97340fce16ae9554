// Checking a submitted form: every criterion recomputed by the engine from the form's own
// values, beside the score the file shows (its cached formula results), with the problems
// found — input mistakes, differences, score cells typed over, error cells, damaged forms.

import type { CriteriaSet, Inputs } from '../criteria/model';
import { setVersion, UNIT_NAME_FIELD } from '../criteria';
import { findBuiltinSet } from '../sets';
import { findFormIdentity, isFormReadError, readForm, type FilledForm, type FormMap } from '../form';
import { someCell, type CellValue, type Grid } from '../plan/grid';
import { a1 } from '../plan/address';
import { msg, type Message } from '../messages';
import { scoreSet } from '../scoring';

/** Tolerance when comparing a file's score with the engine's (both rounded to the precision). */
const TOLERANCE = 1e-9;

export type LineStatus = 'same' | 'differs' | 'notCalculated' | 'noFormula';

export interface ScoreLine {
  code: string;
  max: number;
  engine: number;
  file: CellValue;
  status: LineStatus;
  cell: string;
  /** Why the engine gives the criterion 0: its data is invalid (criteria only). */
  voided?: Message;
}

export interface ReportProblem {
  kind: string;
  code?: string;
  fieldId?: string;
  /** What to tell the user, rendered in the command line's language. */
  message: Message;
}

export interface SheetReport {
  sheet: string;
  setId: string;
  version: string;
  /** False when the form was made from another version of the set. */
  versionMatches: boolean;
  /** Decimals of the set's points. */
  precision: number;
  unit?: string;
  criteria: ScoreLine[];
  sections: ScoreLine[];
  total?: ScoreLine;
  band?: { engine: string | null; file: CellValue; status: LineStatus };
  problems: ReportProblem[];
  warnings: Message[];
}

/** A file's cell value as a message parameter. */
function shownValue(v: CellValue): string | number {
  return typeof v === 'number' || typeof v === 'string' ? v : String(v);
}

function status(engine: number, file: CellValue, hasFormula: boolean): LineStatus {
  if (!hasFormula) return typeof file === 'number' && Math.abs(file - engine) <= TOLERANCE ? 'same' : 'noFormula';
  if (file === null) return 'notCalculated';
  return typeof file === 'number' && Math.abs(file - engine) <= TOLERANCE ? 'same' : 'differs';
}

/** Consolidated best values a form carries as plain numbers (not the provisional formula). */
function fixedCohortBests(grid: Grid, map: FormMap): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [field, p] of Object.entries(map.cohortBestCell)) {
    const v = grid.value(p.row, p.col);
    if (grid.formula(p.row, p.col) === undefined && typeof v === 'number') out[field] = v;
  }
  return out;
}

function errorCells(grid: Grid): string[] {
  const out: string[] = [];
  const error = grid.error?.bind(grid);
  if (!error) return out;
  someCell(grid, (r, c) => {
    const e = error(r, c);
    if (e) out.push(`${a1(r, c)} ${e}`);
    return false;
  });
  return out;
}

/** A line whose file value differs from the engine's, or whose formula was typed over. */
function lineProblems(lines: ScoreLine[], placeOf: (code: string) => Message): ReportProblem[] {
  return lines.flatMap((line): ReportProblem[] => {
    const params = { place: placeOf(line.code), cell: line.cell, file: shownValue(line.file), engine: line.engine };
    if (line.status === 'differs') return [{ kind: 'differs', code: line.code, message: msg('cli.score.differs', params) }];
    if (line.status === 'noFormula') return [{ kind: 'noFormula', code: line.code, message: msg('cli.score.typedOver', params) }];
    return [];
  });
}

function compare(set: CriteriaSet, grid: Grid, form: FilledForm): SheetReport {
  const inputs: Inputs = form.inputs;
  const result = scoreSet(set, inputs, { evidence: form.evidence, cohortBest: fixedCohortBests(grid, form.map) });
  const maxOf = new Map(set.sections.flatMap((s) => s.criteria.map((c) => [c.code, c.max] as const)));
  const cellOf = (p: { row: number; col: number }) => a1(p.row, p.col);
  const criteria = result.criteria.map((c): ScoreLine => {
    const p = form.map.scoreCell[c.code];
    const file = form.cached.criteria[c.code];
    const line: ScoreLine = { code: c.code, max: maxOf.get(c.code) ?? c.max, engine: c.points, file, status: status(c.points, file, form.scoreFormulas[c.code] !== undefined), cell: cellOf(p) };
    return c.voided ? { ...line, voided: c.voided } : line;
  });
  const formulaAt = (p: { row: number; col: number }) => grid.formula(p.row, p.col) !== undefined;
  const sections = result.sections.map((s): ScoreLine => {
    const p = form.map.sectionCell[s.code];
    const file = form.cached.sections[s.code];
    return { code: s.code, max: s.max, engine: s.points, file, status: status(s.points, file, formulaAt(p)), cell: cellOf(p) };
  });
  const total: ScoreLine = {
    code: 'total',
    max: set.maxTotal,
    engine: result.total,
    file: form.cached.total,
    status: status(result.total, form.cached.total, formulaAt(form.map.totalCell)),
    cell: cellOf(form.map.totalCell),
  };
  const engineBand = result.band ?? null;
  const fileBand = form.cached.band;
  const bandStatus: LineStatus =
    set.bands.length === 0 ? 'same' : fileBand === null && formulaAt(form.map.bandCell) ? 'notCalculated' : (fileBand ?? '') === (engineBand ?? '') ? 'same' : 'differs';
  const problems: ReportProblem[] = result.problems.map((p) => ({
    kind: p.kind,
    ...(p.criterionCode ? { code: p.criterionCode } : {}),
    ...(p.fieldId ? { fieldId: p.fieldId } : {}),
    message: p.message,
  }));
  problems.push(
    ...lineProblems(criteria, (code) => msg('cli.score.place.criterion', { code })),
    ...lineProblems(sections, (code) => msg('cli.score.place.section', { code })),
    ...lineProblems([total], () => msg('cli.score.place.total')),
  );
  if (bandStatus === 'differs') problems.push({ kind: 'differs', code: 'band', message: msg('cli.score.bandDiffers', { cell: cellOf(form.map.bandCell), file: String(fileBand ?? ''), engine: engineBand ?? '' }) });
  for (const e of errorCells(grid)) problems.push({ kind: 'errorCell', message: msg('cli.score.errorCell', { cell: e }) });
  const unit = inputs[UNIT_NAME_FIELD];
  return {
    sheet: grid.name,
    setId: form.setId,
    version: form.version,
    versionMatches: form.version === setVersion(set),
    precision: set.precision,
    ...(typeof unit === 'string' && unit.trim() ? { unit: unit.trim() } : {}),
    criteria,
    sections,
    total,
    band: { engine: engineBand, file: fileBand, status: bandStatus },
    problems,
    warnings: form.version === setVersion(set) ? [] : [msg('cli.score.otherVersion', { version: form.version, set: set.id, current: setVersion(set) })],
  };
}

function failed(grid: Grid, setId: string, version: string, message: ReportProblem['message'], kind: string): SheetReport {
  return { sheet: grid.name, setId, version, versionMatches: false, precision: 0, criteria: [], sections: [], problems: [{ kind, message }], warnings: [] };
}

/** The report of every form sheet among `grids`; sheets that are not forms are skipped. */
export function scoreSheets(grids: Grid[], findSet: (id: string) => CriteriaSet | undefined = findBuiltinSet): SheetReport[] {
  const reports: SheetReport[] = [];
  for (const grid of grids) {
    const identity = findFormIdentity(grid);
    if (!identity) continue;
    const set = findSet(identity.setId);
    if (!set) {
      reports.push(failed(grid, identity.setId, identity.version, msg('cli.score.unknownSet', { set: identity.setId }), 'unknownSet'));
      continue;
    }
    try {
      reports.push(compare(set, grid, readForm(grid, set)));
    } catch (e) {
      if (!isFormReadError(e)) throw e;
      reports.push(failed(grid, identity.setId, identity.version, e.localized, e.reason));
    }
  }
  return reports;
}
