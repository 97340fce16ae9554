// Every built-in criteria set's form, through the adapter into the stand-in: written in ≤ 3
// syncs, read back in 1, and the workbook's own formulas give the engine's total.

import { BUILTIN_SETS } from '../../src/sets';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { buildFormPlan, readForm } from '../../src/form';
import { scoreSet } from '../../src/scoring';
import { randomInputs, rng } from '../support/submissions';
import { installFakeExcel } from './harness';

describe.each(BUILTIN_SETS.map((set) => [set.id, set] as const))('built-in set %s', (_id, set) => {
  it('creates the form in at most 3 syncs, reads it back in 1, and computes the engine total', async () => {
    const fake = installFakeExcel();
    const workbook = new OfficeWorkbook();
    const inputs = randomInputs(set, 'Đơn vị thử', rng(set.id.length));
    const { plan, map } = buildFormPlan(set, { inputs });
    await workbook.applyPlan(plan, { activate: map.sheetName });
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(workbook.lastWarnings).toEqual([]);

    fake.resetStats();
    const grid = await workbook.readSheet(map.sheetName);
    expect(fake.stats.syncs).toBe(1);
    const form = readForm(grid, set);
    expect(form.setId).toBe(set.id);

    const expected = scoreSet(set, inputs).total;
    const total = fake.sheet(map.sheetName).cell(map.totalCell.row, map.totalCell.col).value;
    expect(total).toBeCloseTo(expected, 6);
    expect(form.cached.total).toBeCloseTo(expected, 6);
  });
});

describe('the signature block’s page break', () => {
  it('reaches Excel through the API path as a manual page break (Worksheet.horizontalPageBreaks)', async () => {
    // A blank form whose block would reach the foot of a page needs one (form/page-break.ts): some built-in set's does.
    const set = BUILTIN_SETS.find((s) => (buildFormPlan(s, {}).plan.sheets[0].print?.rowBreaks ?? []).length > 0)!;
    expect(set).toBeDefined();
    const fake = installFakeExcel();
    const { plan, map } = buildFormPlan(set, {});
    const breaks = plan.sheets[0].print?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    await new OfficeWorkbook().applyPlan(plan, { activate: map.sheetName });
    expect(fake.sheet(map.sheetName).page.rowBreaks).toEqual(breaks);
  });
});
