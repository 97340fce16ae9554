// A master holding invalid data agrees with the engine in LibreOffice (issue 9): `rank` merges
// commune forms of the 2025 set, some with invalid data — one whose voided criterion would
// otherwise carry the cohort's best (the largest bandwidth, with a rate of 150 % on the same
// criterion), one whose deduction items are voided (they deduct their maximum), others spoiled at
// random — and the recalculated master shows, cell for cell, the engine's recomputed points of
// every criterion, each unit's recomputed and appraised totals, ranks, bands and cohort best, and
// flags exactly the criteria the engine voids: the appraisal sheet's "Số liệu không hợp lệ" and
// the summary's "Tiêu chí không hợp lệ". `rank` says which units have voided criteria.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBuiltinSet } from '../../src/sets';
import { groupStandings, readMasterState, type GroupStanding } from '../../src/consolidate';
import { masterMarkerOf } from '../../src/consolidate/master/keys';
import { APPRAISAL_COL, APPRAISAL_LABELS, BEST_ROW, HEADER_ROW, SHEET, summarySheetName, setGroup } from '../../src/consolidate/master/layout';
import { SUMMARY_LABELS } from '../../src/consolidate/master/summary';
import { main } from '../../src/cli/main';
import { criterionFields } from '../../src/criteria/fields';
import type { Inputs } from '../../src/criteria/model';
import { scoreSet } from '../../src/scoring/engine';
import { parseInputsJson } from '../../src/form';
import { parseKey } from '../../src/form/layout';
import type { Grid } from '../../src/plan/grid';
import { readWorkbook } from '../../src/xlsx';
import { recalcTimeLimitMs, recalcWithLibreOffice } from '../support/libreoffice';
import { filledFormBytes, rng } from '../support/submissions';
import { randomFill, spoilFill } from './random-fill';

const set = findBuiltinSet('phutho-2025-xa')!;
const UNITS = 24;
jest.setTimeout(recalcTimeLimitMs(UNITS + 7) + 300_000);

/** A random fill made valid: the fields of a criterion its values void are left blank (random values often fail the set's checks). */
function validated(inputs: Inputs): Inputs {
  for (let pass = 0; pass < 5; pass++) {
    const voided = scoreSet(set, inputs).criteria.filter((c) => c.voided).map((c) => c.code);
    if (voided.length === 0) break;
    for (const c of set.sections.flatMap((sec) => sec.criteria)) if (voided.includes(c.code)) for (const f of criterionFields(c)) inputs[f.id] = null;
  }
  return inputs;
}

/** The forms: valid random fills, about 1 in 4 then spoiled, and the two units the test is about. */
function unitInputs(): { name: string; inputs: Inputs }[] {
  const random = rng(2025);
  const fill = (name: string): Inputs => validated({ ...parseInputsJson(randomFill(set, random), set).inputs, ten_don_vi: name });
  const units = Array.from({ length: UNITS - 2 }, (_, i) => {
    const name = `Xã Thử Nghiệm ${i + 1}`;
    const inputs = fill(name);
    spoilFill(set, inputs, random);
    return { name, inputs };
  });
  const best = { ...fill('Xã Băng Thông Lớn'), bang_thong_binh_quan: 90, ty_le_may_tinh_dat_chuan: 1.5 }; // 3.1 voided: 90 is not the best
  const deductions = { ...fill('Xã Khai Man'), so_thong_bao_vi_pham_attt: -2, bi_tan_cong_thay_doi_noi_dung: 'Có lẽ' }; // 9.1, 9.2 voided
  return [...units, { name: 'Xã Băng Thông Lớn', inputs: best }, { name: 'Xã Khai Man', inputs: deductions }];
}

function rankedMaster(): { code: number; out: string; bytes: Uint8Array } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-master-voided-'));
  try {
    fs.mkdirSync(path.join(dir, 'in'));
    unitInputs().forEach((u, i) => fs.writeFileSync(path.join(dir, 'in', `xa-${i + 1}.xlsx`), filledFormBytes(set, u.inputs)));
    const file = path.join(dir, 'master.xlsx');
    let out = '';
    const code = main(['rank', path.join(dir, 'in'), '-o', file, '--accept-unlisted'], { out: (t: string) => void (out += t), err: () => undefined });
    return { code, out, bytes: new Uint8Array(fs.readFileSync(file)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Column of each header label on a sheet of the master, and its keyed rows. */
function table(grid: Grid, labels: Record<string, string>) {
  const keyCol = masterMarkerOf(grid)!.keyCol;
  let header = -1;
  for (let r = 0; r < grid.rowCount && header < 0; r++) for (let c = 0; c < grid.colCount; c++) if (grid.value(r, c) === labels.unit) header = r;
  const col: Record<string, number> = {};
  for (const [name, label] of Object.entries(labels)) for (let c = 0; c < grid.colCount; c++) if (grid.value(header, c) === label && col[name] === undefined) col[name] = c;
  const rows: number[] = [];
  for (let r = header + 1; r < grid.rowCount; r++) if (parseKey(grid.value(r, keyCol))) rows.push(r);
  return { col, rows, at: (r: number, name: string) => grid.value(r, col[name]) };
}

function errorCells(grid: Grid): string[] {
  const out: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) if (grid.error?.(r, c)) out.push(`${grid.name}!R${r + 1}C${c + 1} ${grid.error!(r, c)}`);
  return out;
}

class Tally {
  compared = 0;
  mismatches: string[] = [];
  same(where: string, shown: unknown, engine: unknown): void {
    this.compared++;
    if (shown !== engine) this.mismatches.push(`${where}: master ${JSON.stringify(shown)}, engine ${JSON.stringify(engine)}`);
  }
}

/** Every appraisal row: recomputed points and the void flag, against the engine. */
function compareAppraisal(grid: Grid, g: GroupStanding, tally: Tally): number {
  const t = table(grid, APPRAISAL_LABELS);
  const byName = new Map(g.units.map((u) => [u.unit.name, u]));
  let flagged = 0;
  for (const r of t.rows) {
    const u = byName.get(String(t.at(r, 'unit')))!;
    const c = u.recomputed.criteria.find((x) => x.code === t.at(r, 'code'))!;
    const where = `${u.unit.name} ${c.code}`;
    tally.same(`${where} Tính lại`, t.at(r, 'recomputed'), c.points);
    const text = String(t.at(r, 'invalid') ?? '');
    tally.same(`${where} voided`, text !== '', c.voided !== undefined);
    if (c.voided) tally.same(`${where} reason`, text.startsWith(`${String(c.points).replace('.', ',')} điểm — số liệu không hợp lệ: `), true);
    if (text !== '') flagged++;
  }
  expect(t.col.invalid).toBe(APPRAISAL_COL.invalid);
  return flagged;
}

/** Every summary row: totals, rank, band and voided codes; and the cohort best. */
function compareSummary(grid: Grid, g: GroupStanding, tally: Tally): void {
  const t = table(grid, { ...SUMMARY_LABELS });
  const byName = new Map(g.units.map((u) => [u.unit.name, u]));
  for (const r of t.rows) {
    const u = byName.get(String(t.at(r, 'unit')))!;
    const where = u.unit.name;
    tally.same(`${where} recomputed total`, t.at(r, 'recomputed'), u.recomputed.total);
    tally.same(`${where} appraised total`, t.at(r, 'appraised'), u.total);
    tally.same(`${where} appraised total = recomputed (nothing appraised)`, t.at(r, 'appraised'), t.at(r, 'recomputed'));
    tally.same(`${where} rank`, t.at(r, 'rank'), u.rank);
    tally.same(`${where} band`, t.at(r, 'band') ?? '', u.band ?? '');
    tally.same(`${where} voided codes`, t.at(r, 'voided') ?? '', u.recomputed.criteria.filter((c) => c.voided).map((c) => c.code).join(' '));
  }
  const bestCol = [...Array(grid.colCount).keys()].find((c) => grid.value(HEADER_ROW, c) === 'bang_thong_binh_quan')!;
  tally.same('cohort best bang_thong_binh_quan', grid.value(BEST_ROW, bestCol), g.cohortBest.bang_thong_binh_quan);
}

describe('a master holding invalid data, in LibreOffice', () => {
  const master = rankedMaster();
  let book: ReturnType<typeof readWorkbook>;

  beforeAll(async () => {
    const recalculated = await recalcWithLibreOffice([{ name: 'master.xlsx', bytes: master.bytes }]);
    book = readWorkbook(recalculated.get('master.xlsx')!);
  });

  it('shows the engine’s points, totals, ranks and cohort best, and flags exactly the voided criteria', () => {
    expect(master.code).toBe(0);
    const state = readMasterState(readWorkbook(master.bytes).sheets, [set]);
    const g = groupStandings(state, [set])[0];
    expect(book.sheets.flatMap(errorCells)).toEqual([]);
    const tally = new Tally();
    const flagged = compareAppraisal(book.sheet(SHEET.appraisal)!, g, tally);
    compareSummary(book.sheet(summarySheetName(setGroup(set)))!, g, tally);
    const voidedUnits = g.units.filter((u) => u.recomputed.criteria.some((c) => c.voided));
    console.log(`Master with invalid data: ${g.units.length} units (${voidedUnits.length} with voided criteria, ${flagged} criteria flagged), ${tally.compared} cells compared, ${tally.mismatches.length} mismatches`);
    expect(tally.mismatches).toEqual([]);
    expect(voidedUnits.length).toBeGreaterThanOrEqual(4);
    expect(voidedUnits.length).toBeLessThan(g.units.length);
    // The voided bandwidth of 90 is not the cohort's best; the voided deductions deduct their maximum.
    expect(g.cohortBest.bang_thong_binh_quan).toBeLessThan(90);
    const cheat = g.units.find((u) => u.unit.name === 'Xã Khai Man')!;
    expect(cheat.recomputed.criteria.filter((c) => c.code.startsWith('9.')).map((c) => [c.code, c.points])).toEqual([['9.1', -20], ['9.2', -30]]);
  });

  it('rank says how many units have voided criteria, and which', () => {
    const state = readMasterState(readWorkbook(master.bytes).sheets, [set]);
    const voidedUnits = groupStandings(state, [set])[0].units.filter((u) => u.recomputed.criteria.some((c) => c.voided));
    expect(master.out).toContain(`${voidedUnits.length} đơn vị có tiêu chí không hợp lệ`);
    expect(master.out).toMatch(/Xã Khai Man \(UBND xã, phường\): 9\.1, 9\.2\n/);
    expect(master.out).toMatch(/Xã Băng Thông Lớn \(UBND xã, phường\): 3\.1\n/);
  });
});
