// The light master write (ExcelApi 1.13: the sheets go in as one .xlsx the project writes, with
// insertWorksheetsFromBase64) leaves the same workbook as the sheet-by-sheet API path: same tabs
// in the same order, cells, formulas, values, formats, validation, protection, print settings
// with their names, charts. Proved on a master (first write, then an update that replaces sheets
// around a user's own sheet), in a fraction of the requests and bytes.

import { BUILTIN_SETS, findBuiltinSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/criteria/model';
import { builtinRoster, dataVersionOf, emptyMaster, mergeSubmissions, readSubmission, type MasterState } from '../../src/consolidate';
import { masterPlan } from '../../src/consolidate/master/plan';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import type { OfficeRequirements } from '../../src/excel/requirements';
import { insertableSheets, renameSheetRefs, sheetsNamedIn } from '../../src/excel/light-write';
import { expectedOrder, insertedOrder, sheetMoves } from '../../src/excel/sheet-order';
import type { WorkbookPlan } from '../../src/plan/model';
import { createFakeExcel, type FakeExcel } from '../../src/preview/fake-excel';
import { filledFormBytes, randomInputs, rng } from '../support/submissions';
import { workbookSnapshot } from '../support/workbook-snapshot';

jest.setTimeout(300_000);

const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const random = rng(13);
const roster = builtinRoster('viettri-xa');

function master(units: number, appraise = false): MasterState {
  const files = Array.from({ length: units }, (_, i) => ({
    name: `xa-${i + 1}.xlsx`,
    bytes: filledFormBytes(xa, randomInputs(xa, roster[i]?.name ?? `Xã Thử ${i + 1}`, random)),
  }));
  const merged = mergeSubmissions(emptyMaster(roster), files.map((f) => readSubmission(f, BUILTIN_SETS)), '2018-10-01T08:00:00.000Z').state;
  if (!appraise) return merged;
  const unit = merged.units[0];
  const criterionCode = xa.sections[0].criteria[0].code;
  return { ...merged, appraisals: [{ unitId: unit.id, unitName: unit.name, criterionCode, points: 0, reason: 'Thiếu tài liệu kiểm chứng', dataVersion: dataVersionOf(unit.hash), stale: false }] };
}

/** Writes the plans in turn into a fresh stand-in with `apiVersion`; returns it and the syncs of the last write. */
async function write(plans: WorkbookPlan[], apiVersion: string, platform: 'OfficeOnline' | 'PC' = 'OfficeOnline'): Promise<{ fake: FakeExcel; syncs: number; bytes: number }> {
  const fake = createFakeExcel({ apiVersion, platform, sheets: ['Ghi chú của tôi'] });
  const restore = fake.install();
  try {
    const requirements = (fake.Office as { context: OfficeRequirements['context'] }).context.requirements;
    const workbook = new OfficeWorkbook({ office: { context: { requirements, platform } }, lightWriteMinCells: 0 });
    for (const plan of plans) {
      fake.resetStats();
      await workbook.applyPlan(plan, { activate: plan.sheets[0].name });
    }
    return { fake, syncs: fake.stats.syncs, bytes: fake.stats.requests.reduce((n, r) => n + r.bytes, 0) };
  } finally {
    restore();
  }
}

describe('the light write against the API path', () => {
  const first = masterPlan(master(12), [xa]);
  const update = masterPlan(master(14, true), [xa]);

  it('leaves the same workbook on a first write, in fewer bytes', async () => {
    const api = await write([first], '1.12');
    const light = await write([first], '1.13');
    expect(workbookSnapshot(light.fake)).toEqual(workbookSnapshot(api.fake));
    expect(light.syncs).toBeLessThanOrEqual(3);
    expect(light.bytes * 3).toBeLessThan(api.bytes);
  });

  it('leaves the same workbook when an update replaces sheets, keeping the tab order and the user’s own sheet', async () => {
    const api = await write([first, update], '1.12');
    const light = await write([first, update], '1.13');
    expect(light.fake.sheetNames()).toEqual(api.fake.sheetNames());
    expect(light.fake.sheetNames()[0]).toBe('Ghi chú của tôi');
    expect(workbookSnapshot(light.fake)).toEqual(workbookSnapshot(api.fake));
  });

  it('writes the same on desktop Excel, where charts could be inserted but are added as on the web', async () => {
    const api = await write([first], '1.12', 'PC');
    const light = await write([first], '1.13', 'PC');
    expect(workbookSnapshot(light.fake)).toEqual(workbookSnapshot(api.fake));
    expect(light.syncs).toBeLessThanOrEqual(3);
  });
});

describe('choosing the sheets that travel together', () => {
  it('finds the sheets a formula names, quoted or bare, not inside text', () => {
    expect(sheetsNamedIn(`'Tổng hợp xã'!$U$2+Sheet1!A1+"x!"&'It''s'!B2`)).toEqual(['tổng hợp xã', 'sheet1', "it's"]);
    expect(renameSheetRefs(`'Tổng hợp xã'!A1+tong!B2+"tong!"`, new Map([['tổng hợp xã', 'egov-new-0'], ['tong', "T'x"]]))).toBe(`'egov-new-0'!A1+'T''x'!B2+"tong!"`);
  });

  it('keeps out a sheet that refers to one outside the plan, and every sheet that refers to it', () => {
    const sheet = (name: string, formula?: string) => ({ name, columns: [], cells: formula ? [{ row: 0, col: 0, formula }] : [], merges: [], validations: [], protect: false });
    const plan = { styles: {}, sheets: [sheet('A', "'B'!A1"), sheet('B', 'Roster!A1'), sheet('C', "'A'!A1"), sheet('D', "'D'!A2"), sheet('E')] };
    expect(insertableSheets(plan).map((s) => s.name)).toEqual(['D', 'E']);
  });

  it('puts inserted sheets where the API path would: replaced ones in their tab, new ones after, in plan order', () => {
    const existing = ['Mine', 'Tổng hợp', 'U1', 'Old'];
    const plan = ['Tổng hợp', 'Công bố', 'U1', 'U2'];
    const inserted = new Set(['Tổng hợp', 'U1', 'U2']);
    const from = insertedOrder(existing, plan, inserted);
    expect(from).toEqual(['Mine', 'Old', 'Công bố', 'Tổng hợp', 'U1', 'U2']);
    const to = expectedOrder(existing, plan);
    expect(to).toEqual(['Mine', 'Tổng hợp', 'U1', 'Old', 'Công bố', 'U2']);
    const moved = [...from];
    for (const [name, index] of sheetMoves(from, to)) {
      moved.splice(moved.indexOf(name), 1);
      moved.splice(index, 0, name);
    }
    expect(moved).toEqual(to);
  });
});
