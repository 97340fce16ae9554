// The consolidation view's workbook work (src/taskpane/consolidation/master-io.ts) through the
// Office.js adapter into the stand-in Excel: set up a Việt Trì master, import 30 commune forms
// read as the worker reads them, read the ranking back from the recalculated summary sheet, type
// an appraisal into "Thẩm định", re-import the same 30 plus a newer file of the appraised unit:
// the appraisal stays (flagged), ranks move as the engine predicts, and sync counts stay bounded.

import { BUILTIN_SETS, findBuiltinSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/criteria/model';
import { builtinRoster, groupStandings, type MasterState, type SubmissionResult } from '../../src/consolidate';
import { APPRAISAL_COL, SHEET } from '../../src/consolidate/master/layout';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { REQUEST_BUDGET_BYTES, estimateBytes } from '../../src/excel/payload';
import { a1 } from '../../src/plan/address';
import type { WorkbookPlan } from '../../src/plan/model';
import type { FakeExcel } from '../../src/preview/fake-excel';
import { mergeIntoMaster, readMaster, setUpMaster, type MasterSnapshot } from '../../src/taskpane/consolidation/master-io';
import { parseSubmissions, type FileToParse, type ParseMessage } from '../../src/taskpane/workers/parse-submissions';
import { filledFormBytes, fullEvidence, randomInputs, rng } from '../support/submissions';
import { inBoth } from '../support/telling';
import { installFakeExcel } from './harness';

jest.setTimeout(180_000);

const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const roster = builtinRoster('viettri-xa');
const NAMES = [...roster.map((r) => r.name), ...Array.from({ length: 30 - roster.length }, (_, i) => `Xã Thử Nghiệm ${i + 1}`)];

function toParse(name: string, bytes: Uint8Array, modified: string): FileToParse {
  return { name, bytes: bytes.slice().buffer, modified };
}

const random = rng(2018);
const FILES = NAMES.map((name, i) => toParse(`xa-${String(i + 1).padStart(2, '0')}.xlsx`, filledFormBytes(xa, randomInputs(xa, name, random), { evidence: fullEvidence(xa) }), '2018-09-30T08:00:00.000Z'));

/** Reads files as the worker does, checking its messages: start then result per file, done last. */
async function parse(files: FileToParse[]): Promise<SubmissionResult[]> {
  const messages: ParseMessage[] = [];
  await parseSubmissions({ files, options: { year: 2018 } }, BUILTIN_SETS, (m) => messages.push(m));
  expect(messages.map((m) => m.type)).toEqual([...files.flatMap(() => ['start', 'result']), 'done']);
  return messages.flatMap((m) => (m.type === 'result' ? m.results : []));
}

/** The engine's ranks of a state, by unit name. */
function engineRanks(state: MasterState): Map<string, { rank?: number; total: number }> {
  return new Map(groupStandings(state, BUILTIN_SETS)[0].units.map((u) => [u.unit.name, { rank: u.rank, total: u.total }]));
}

/** The workbook's ranks (read back from the summary sheet), by unit name. */
function sheetRanks(snapshot: MasterSnapshot): Map<string, { rank?: number; total: number }> {
  return new Map(snapshot.rankings[0].rows.map((r) => [r.unit, { ...(r.rank === null ? {} : { rank: r.rank }), total: r.appraised as number }]));
}

function payloadSyncBound(plan: WorkbookPlan): number {
  return 3 + Math.ceil(estimateBytes(plan) / REQUEST_BUDGET_BYTES);
}

describe('the consolidation view over the stand-in Excel', () => {
  let fake: FakeExcel;
  let workbook: OfficeWorkbook;
  const applied: { sheets: number; syncs: number; bound: number }[] = [];
  let first: MasterSnapshot;
  let appraised: string;

  beforeAll(() => {
    fake = installFakeExcel();
    workbook = new OfficeWorkbook();
    const apply = workbook.applyPlan.bind(workbook);
    workbook.applyPlan = async (plan, options) => {
      const before = fake.stats.syncs;
      const written = await apply(plan, options);
      applied.push({ sheets: plan.sheets.length, syncs: fake.stats.syncs - before, bound: payloadSyncBound(plan) });
      return written;
    };
  });

  it('sets up the master with the Việt Trì roster in one applyPlan of at most 3 syncs', async () => {
    const written = await setUpMaster(workbook, roster, BUILTIN_SETS);
    expect(written).toEqual([SHEET.appraisal, SHEET.missing, SHEET.roster, SHEET.log, SHEET.data]);
    expect(applied).toEqual([{ sheets: 5, syncs: expect.any(Number), bound: expect.any(Number) }]);
    expect(applied[0].syncs).toBeLessThanOrEqual(3);
    const snapshot = await readMaster(workbook, BUILTIN_SETS);
    expect(snapshot.isMaster).toBe(true);
    expect(snapshot.state.roster).toEqual(roster);
    expect(snapshot.notSubmitted).toHaveLength(roster.length);
  });

  it('imports 30 submissions and reads the ranking back from the recalculated summary sheet, equal to the engine', async () => {
    const results = await parse(FILES);
    expect(results.every((r) => r.ok)).toBe(true);
    fake.resetStats();
    applied.length = 0;
    const outcome = await mergeIntoMaster(workbook, results, BUILTIN_SETS, '2018-10-05T09:00:00.000Z');
    expect(outcome.changes.map((c) => c.result)).toEqual(Array(30).fill('accepted'));
    expect(applied).toHaveLength(1);
    expect(applied[0].syncs).toBeLessThanOrEqual(applied[0].bound);
    // One sync to list the sheets, two to read them all (sizes, then one batch: web), then the write.
    expect(fake.stats.syncs).toBe(1 + 2 + applied[0].syncs);

    first = await readMaster(workbook, BUILTIN_SETS);
    expect(first.state.units).toHaveLength(30);
    expect(first.rankings).toHaveLength(1);
    expect(first.rankings[0].rows).toHaveLength(30);
    expect(sheetRanks(first)).toEqual(engineRanks(first.state));
    expect(first.notSubmitted).toEqual([]);
    expect(first.formSheets).toEqual([]);
  });

  it('takes an appraisal typed into "Thẩm định": the summary re-ranks as the engine predicts', async () => {
    const rows = first.rankings[0].rows.slice().sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
    const leader = rows[0];
    appraised = leader.unit;
    // The leader's best-scoring criterion appraised to 0 points.
    const standing = groupStandings(first.state, BUILTIN_SETS)[0].units.find((u) => u.unit.name === leader.unit)!;
    const best = standing.recomputed.criteria.slice().sort((a, b) => b.points - a.points)[0];
    const sheet = fake.sheet(SHEET.appraisal);
    // The row that shows the unit and the criterion, as the appraiser finds it.
    let row = -1;
    for (let r = 0; r < 2000 && row < 0; r++) if (sheet.cell(r, APPRAISAL_COL.unit).value === leader.unit && sheet.cell(r, APPRAISAL_COL.code).value === best.code) row = r;
    expect(row).toBeGreaterThan(0);
    await fake.userTypes(SHEET.appraisal, a1(row, APPRAISAL_COL.appraised), 0);

    const after = await readMaster(workbook, BUILTIN_SETS);
    expect(after.state.appraisals).toEqual([expect.objectContaining({ criterionCode: best.code, points: 0, stale: false })]);
    const predicted = engineRanks(after.state);
    expect(sheetRanks(after)).toEqual(predicted);
    expect(predicted.get(appraised)!.total).toBeCloseTo(standing.total - best.points, 6);
    expect(predicted.get(appraised)!.rank).toBeGreaterThan(leader.rank!);
  });

  it('re-imports the same 30 and a newer file of the appraised unit: the appraisal stays, flagged, and the rank follows the engine', async () => {
    const unit = appraised;
    const newer = toParse('xa-moi.xlsx', filledFormBytes(xa, randomInputs(xa, unit, rng(7)), { evidence: fullEvidence(xa) }), '2018-10-02T08:00:00.000Z');
    const results = await parse([...FILES, newer]);
    applied.length = 0;
    const outcome = await mergeIntoMaster(workbook, results, BUILTIN_SETS, '2018-10-06T09:00:00.000Z');
    expect(outcome.changes.map((c) => c.result)).toEqual([...Array(30).fill('unchanged'), 'replaced']);
    expect(applied).toHaveLength(1);
    expect(applied[0].syncs).toBeLessThanOrEqual(applied[0].bound);

    const back = await readMaster(workbook, BUILTIN_SETS);
    expect(back.state.appraisals).toEqual([expect.objectContaining({ points: 0, stale: true })]);
    expect(back.state.units.find((u) => u.name === unit)!.fileName).toBe('xa-moi.xlsx');
    expect(sheetRanks(back)).toEqual(engineRanks(back.state));
    // No #REF! anywhere: sheets referring to rewritten ones were rewritten too.
    for (const name of fake.sheetNames()) {
      const view = fake.sheet(name);
      for (let r = 0; r < 40; r++) for (let c = 0; c < 20; c++) expect(String(view.cell(r, c).value ?? '')).not.toContain('#REF!');
    }
  });

  it('writes nothing for the same files again, and for a rejected file only the import log (with its reason) and its copy', async () => {
    const junk = toParse('hong.xlsx', new TextEncoder().encode('không phải tệp Excel'), '2018-10-03T00:00:00.000Z');
    const results = await parse([FILES[0], junk]);
    applied.length = 0;
    const outcome = await mergeIntoMaster(workbook, results, BUILTIN_SETS, '2018-10-07T09:00:00.000Z');
    expect(outcome.changes.map((c) => c.result)).toEqual(['unchanged', 'rejected']);
    expect(inBoth(outcome.changes[1].message).vi).toContain('Tệp “hong.xlsx” bị từ chối');
    expect(outcome.written).toEqual([SHEET.log, SHEET.data]);
    const log = await readMaster(workbook, BUILTIN_SETS);
    expect(log.state.log.at(-1)).toMatchObject({ fileName: 'hong.xlsx', result: 'rejected' });
    applied.length = 0;
    const again = await mergeIntoMaster(workbook, await parse([FILES[0], junk]), BUILTIN_SETS, '2018-10-08T09:00:00.000Z');
    expect(again.changes.map((c) => c.result)).toEqual(['unchanged', 'rejected']);
    expect(again.written).toEqual([]);
    expect(applied).toEqual([]);
  });
});
