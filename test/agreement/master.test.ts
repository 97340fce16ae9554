// The master workbook's live formulas agree with the engine at province size: a master written
// by `rank` for 300 commune submissions (300 unit sheets, the summary's RANK.EQ and cohort MAX
// over 300 rows, the publish table's INDEX/MATCH, 9,000 appraisal rows), recalculated by
// LibreOffice, shows no error cell and the engine's totals, ranks and bands. An appraisal typed
// into "Thẩm định" moves the rank as predicted (shown on a 30-unit master: re-ranking from an
// appraisal does not depend on size). Both files go through ONE soffice call, whose time limit
// is sized by the sheets it opens for a loaded machine (support/libreoffice.ts): the limit ends
// a hung process, it measures nothing.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBuiltinSet } from '../../src/sets';
import { groupStandings, masterPlan, readMasterState, type MasterState } from '../../src/consolidate';
import { masterMarkerOf } from '../../src/consolidate/master/keys';
import { APPRAISAL_COL, SHEET } from '../../src/consolidate/master/layout';
import { SUMMARY_LABELS } from '../../src/consolidate/master/summary';
import { main } from '../../src/cli/main';
import { parseKey } from '../../src/form/layout';
import type { Grid } from '../../src/plan/grid';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';
import { recalcTimeLimitMs, recalcWithLibreOffice, sheetCount } from '../support/libreoffice';
import { filledFormBytes, randomInputs, rng } from '../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa')!;
const UNITS = 300;
const SMALL = 30;
// The one soffice call (each master: its units' sheets and 7 of its own), plus writing the 330
// forms and the two masters and reading them back (2.5 min at a load average of 17).
jest.setTimeout(recalcTimeLimitMs(UNITS + 7 + SMALL + 7) + 600_000);

function errorCells(grid: Grid): string[] {
  const out: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) if (grid.error?.(r, c)) out.push(`${grid.name}!R${r + 1}C${c + 1} ${grid.error!(r, c)}`);
  return out;
}

/** The summary's rows as the recalculated sheet shows them (columns by their headers). */
function summaryRows(grid: Grid) {
  let header = -1;
  const col = (label: string) => {
    for (let c = 0; c < grid.colCount; c++) if (grid.value(header, c) === label) return c;
    throw new Error(`no column ${label}`);
  };
  for (let r = 0; r < grid.rowCount && header < 0; r++) if (grid.value(r, 1) === SUMMARY_LABELS.unit) header = r;
  const [unit, appraised, rank, band] = [SUMMARY_LABELS.unit, SUMMARY_LABELS.appraised, SUMMARY_LABELS.rank, SUMMARY_LABELS.band].map(col);
  const keyCol = masterMarkerOf(grid)!.keyCol;
  const rows: { name: string; total: number; rank: unknown; band: unknown }[] = [];
  for (let r = header + 1; r < grid.rowCount; r++) {
    if (!('unit' in (parseKey(grid.value(r, keyCol)) ?? {}))) continue;
    rows.push({ name: String(grid.value(r, unit)), total: grid.value(r, appraised) as number, rank: grid.value(r, rank), band: grid.value(r, band) });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

function engineRows(state: MasterState) {
  return groupStandings(state, [xa])[0].units
    .map((u) => ({ name: u.unit.name, total: u.total, rank: u.rank, band: u.band }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A master written by `rank` from `units` random commune forms (not on a roster: accepted into it, so ranked). */
function rankedMaster(units: number, seed: number): { code: number; bytes: Uint8Array } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-master-'));
  try {
    const random = rng(seed);
    fs.mkdirSync(path.join(dir, 'in'));
    for (let i = 1; i <= units; i++) fs.writeFileSync(path.join(dir, 'in', `xa-${i}.xlsx`), filledFormBytes(xa, randomInputs(xa, `Xã Thử Nghiệm ${i}`, random)));
    const out = path.join(dir, 'master.xlsx');
    const code = main(['rank', path.join(dir, 'in'), '-o', out, '--accept-unlisted'], { out: () => undefined, err: () => undefined });
    return { code, bytes: new Uint8Array(fs.readFileSync(out)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The small master with its leader's best-scoring criterion appraised to 0 points, typed into "Thẩm định". */
function appraisedMaster(bytes: Uint8Array): { plan: Uint8Array; state: MasterState; leader: string; rankBefore: number } {
  const state = readMasterState(readWorkbook(bytes).sheets, [xa]);
  const leader = groupStandings(state, [xa])[0].units.find((u) => u.rank === 1)!;
  const best = leader.recomputed.criteria.slice().sort((a, b) => b.points - a.points)[0];
  const plan = masterPlan(state, [xa]);
  const sheet = plan.sheets.find((s) => s.name === SHEET.appraisal)!;
  const shows = (row: number, col: number, value: string) => sheet.cells.some((c) => c.row === row && c.col === col && c.value === value);
  const row = sheet.cells.find((c) => c.col === APPRAISAL_COL.unit && c.value === leader.unit.name && shows(c.row, APPRAISAL_COL.code, best.code))!.row;
  sheet.cells.find((c) => c.row === row && c.col === APPRAISAL_COL.appraised)!.value = 0;
  const appraisal = { unitId: leader.unit.id, unitName: leader.unit.name, criterionCode: best.code, points: 0, reason: '', dataVersion: leader.unit.hash.slice(0, 12), stale: false };
  return { plan: writeWorkbook(plan), state: { ...state, appraisals: [appraisal] }, leader: leader.unit.name, rankBefore: 1 };
}

describe('the master workbook in LibreOffice', () => {
  const big = rankedMaster(UNITS, 2018);
  const small = rankedMaster(SMALL, 7);
  const edited = appraisedMaster(small.bytes);
  let recalculated: Map<string, Uint8Array>;

  beforeAll(async () => {
    recalculated = await recalcWithLibreOffice([
      { name: 'master.xlsx', bytes: big.bytes },
      { name: 'edited.xlsx', bytes: edited.plan },
    ]);
  });

  it(`is written by rank for ${UNITS} submissions, and recalculates to the engine numbers with no error cell`, () => {
    expect(big.code).toBe(0);
    expect(sheetCount(big.bytes)).toBe(UNITS + 7);
    const state = readMasterState(readWorkbook(big.bytes).sheets, [xa]);
    expect(state.units).toHaveLength(UNITS);
    const book = readWorkbook(recalculated.get('master.xlsx')!);
    expect(book.sheets.flatMap(errorCells)).toEqual([]);
    const rows = summaryRows(book.sheet('Tổng hợp xã')!);
    expect(rows).toHaveLength(UNITS);
    expect(rows).toEqual(engineRows(state));
  });

  it('moves the rank as the engine predicts when an appraisal is typed in', () => {
    expect(small.code).toBe(0);
    const rows = summaryRows(readWorkbook(recalculated.get('edited.xlsx')!).sheet('Tổng hợp xã')!);
    const predicted = engineRows(edited.state);
    expect(predicted.find((r) => r.name === edited.leader)!.rank).toBeGreaterThan(edited.rankBefore);
    expect(rows).toEqual(predicted);
  });
});
