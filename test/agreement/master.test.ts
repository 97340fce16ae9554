// The master workbook's live formulas agree with the engine: a master written by `rank` for
// 300 commune submissions (a province-size batch), recalculated by LibreOffice, shows no error cell and the engine's
// totals, ranks and bands; an appraisal typed into the sheet moves the rank as predicted.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBuiltinSet } from '../../src/sets';
import { groupStandings, masterPlan, readMasterState, summaryColumns, type MasterState } from '../../src/consolidate';
import { main } from '../../src/cli/main';
import { parseKey } from '../../src/form/layout';
import type { Grid } from '../../src/plan/grid';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';
import { recalcWithLibreOffice } from '../support/libreoffice';
import { filledFormBytes, randomInputs, rng } from '../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa')!;
const UNITS = 300;
jest.setTimeout(600_000);

function errorCells(grid: Grid): string[] {
  const out: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) if (grid.error?.(r, c)) out.push(`${grid.name}!R${r + 1}C${c + 1} ${grid.error!(r, c)}`);
  return out;
}

function summaryRows(grid: Grid) {
  const cols = summaryColumns(xa);
  const rows: { name: string; total: number; rank: unknown; band: unknown }[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    if (!parseKey(grid.value(r, cols.key))?.sheet) continue;
    rows.push({ name: String(grid.value(r, cols.unit)), total: grid.value(r, cols.appraised) as number, rank: grid.value(r, cols.rank), band: grid.value(r, cols.band) });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

function engineRows(state: MasterState) {
  return groupStandings(state, [xa])[0].units
    .map((u) => ({ name: u.unit.name, total: u.total, rank: u.rank, band: u.band }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('the master workbook in LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-master-'));
  const random = rng(2018);
  for (let i = 1; i <= UNITS; i++) {
    const name = `Xã Thử Nghiệm ${i}`;
    fs.writeFileSync(path.join(dir, `xa-${i}.xlsx`), filledFormBytes(xa, randomInputs(xa, name, random)));
  }
  const out = path.join(dir, 'master.xlsx');
  const lines: string[] = [];
  const code = main(['rank', dir, '-o', out], { out: (t) => lines.push(t), err: (t) => lines.push(t) });

  it(`is written by rank for ${UNITS} submissions, and recalculates to the engine numbers with no error cell`, async () => {
    expect(code).toBe(0);
    const master = fs.readFileSync(out);
    const state = readMasterState(readWorkbook(master).sheets, [xa]);
    expect(state.units).toHaveLength(UNITS);
    const recalculated = readWorkbook((await recalcWithLibreOffice([{ name: 'master.xlsx', bytes: master }])).get('master.xlsx')!);
    expect(recalculated.sheets.flatMap(errorCells)).toEqual([]);
    expect(summaryRows(recalculated.sheet('Tổng hợp xã')!)).toEqual(engineRows(state));
  });

  it('moves the rank as the engine predicts when an appraisal is typed in', async () => {
    const state = readMasterState(readWorkbook(fs.readFileSync(out)).sheets, [xa]);
    const last = groupStandings(state, [xa])[0].units.slice().sort((a, b) => b.rank! - a.rank!)[0];
    const plan = masterPlan(state, [xa]);
    const sheet = plan.sheets.find((s) => s.name === 'Thẩm định')!;
    const keyCell = sheet.cells.find((c) => typeof c.value === 'string' && c.value.includes(`sheet=`) && c.value.endsWith(';crit=2.2') && sheet.cells.some((d) => d.row === c.row && d.col === 0 && d.value === last.unit.name))!;
    sheet.cells.find((c) => c.row === keyCell.row && c.col === 6)!.value = 8;
    const appraised: MasterState = { ...state, appraisals: [{ unitKey: last.unit.key, criterionCode: '2.2', points: 8, reason: '', dataVersion: last.unit.hash.slice(0, 12), stale: false }] };
    const recalculated = readWorkbook((await recalcWithLibreOffice([{ name: 'edited.xlsx', bytes: writeWorkbook(plan) }])).get('edited.xlsx')!);
    const rows = summaryRows(recalculated.sheet('Tổng hợp xã')!);
    expect(rows).toEqual(engineRows(appraised));
    expect(rows.find((r) => r.name === last.unit.name)!.rank).not.toBe(last.rank);
  });
});
