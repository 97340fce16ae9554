// What writing a province's master costs on real Excel, counted on the strict stand-in: the
// 300-unit master goes in with at most 5 requests (context.sync calls) and 3 MB in all on Excel
// on the web (each request under the web's 5 MB cap, which the stand-in enforces), and at most 3
// requests on desktop, through the light write (ExcelApi 1.13). The control: the sheet-by-sheet
// path that Excel before 1.13 gets needs many more requests and bytes, so the counting is real.
// `npm run bench` prints the same figures beside their budgets.

import { BUILTIN_SETS, findBuiltinSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/criteria/model';
import { emptyMaster, mergeSubmissions, readSubmission } from '../../src/consolidate';
import { masterPlan } from '../../src/consolidate/master/plan';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import type { OfficeRequirements } from '../../src/excel/requirements';
import type { WorkbookPlan } from '../../src/plan/model';
import { createFakeExcel } from '../../src/preview/fake-excel';
import { filledFormBytes, randomInputs, rng } from '../support/submissions';

jest.setTimeout(600_000);

const MB = 1024 * 1024;
const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;

function masterOf(units: number): WorkbookPlan {
  const random = rng(300);
  const files = Array.from({ length: units }, (_, i) => ({ name: `xa-${i + 1}.xlsx`, bytes: filledFormBytes(xa, randomInputs(xa, `Xã Thử ${i + 1}`, random)) }));
  const state = mergeSubmissions(emptyMaster(), files.map((f) => readSubmission(f, BUILTIN_SETS)), '2018-10-01T08:00:00.000Z').state;
  return masterPlan(state, [xa]);
}

/** Writes `plan` into a fresh stand-in as the pane does (default options); the requests it took and their bytes. */
async function write(plan: WorkbookPlan, apiVersion: string, platform: 'OfficeOnline' | 'PC'): Promise<{ requests: number; bytes: number; sheets: number }> {
  const fake = createFakeExcel({ apiVersion, platform });
  const restore = fake.install();
  try {
    const requirements = (fake.Office as { context: OfficeRequirements['context'] }).context.requirements;
    await new OfficeWorkbook({ office: { context: { requirements, platform } } }).applyPlan(plan, { activate: plan.sheets[0].name });
    return { requests: fake.stats.syncs, bytes: fake.stats.requests.reduce((n, r) => n + r.bytes, 0), sheets: fake.sheetNames().length };
  } finally {
    restore();
  }
}

describe('writing the 300-unit master', () => {
  const plan = masterOf(300);

  it('takes at most 5 requests and 3 MB on Excel on the web, through the light write', async () => {
    const web = await write(plan, '1.13', 'OfficeOnline');
    expect(web.sheets).toBe(plan.sheets.length + 1); // every planned sheet, beside the workbook's own
    expect(web.requests).toBeLessThanOrEqual(5);
    expect(web.bytes).toBeLessThanOrEqual(3 * MB);
  });

  it('takes at most 3 requests on desktop Excel', async () => {
    const desktop = await write(plan, '1.13', 'PC');
    expect(desktop.sheets).toBe(plan.sheets.length + 1);
    expect(desktop.requests).toBeLessThanOrEqual(3);
  });

  it('control: the sheet-by-sheet path (before ExcelApi 1.13) needs far more', async () => {
    const web = await write(plan, '1.12', 'OfficeOnline');
    expect(web.sheets).toBe(plan.sheets.length + 1);
    expect(web.requests).toBeGreaterThan(5);
    expect(web.bytes).toBeGreaterThan(3 * MB);
  });
});
