// The stand-in workbook written as .xlsx (FakeExcel.toXlsx: the preview's "download" and its
// memory across reloads) and read back: the project's reader finds the same cells and formulas,
// with the calculated results cached so the form's read finds the engine's total; opening the
// file in a fresh stand-in gives the same workbook (cells, formats, widths, heights, merges,
// validation, conditional fills, protection, frozen rows, print settings, hidden sheets).

import { BUILTIN_SETS, findBuiltinSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/criteria/model';
import { emptyMaster, mergeSubmissions, readSubmission } from '../../src/consolidate';
import { masterPlan } from '../../src/consolidate/master/plan';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { buildFormPlan, readForm } from '../../src/form';
import { scoreSet } from '../../src/scoring';
import { createFakeExcel, type FakeExcel } from '../../src/preview/fake-excel';
import { readWorkbook } from '../../src/xlsx';
import { filledFormBytes, randomInputs, rng } from '../support/submissions';
import { installFakeExcel } from './harness';

jest.setTimeout(120_000);

/** Everything the stand-in shows of a sheet, cell by cell and around the cells. */
function picture(fake: FakeExcel, name: string): unknown {
  const view = fake.sheet(name);
  const state = fake.state.sheet(name);
  const cells = [...new Set([...state.content.keys(), ...state.formats.keys()])].sort().map((k) => {
    const [row, col] = k.split(',').map(Number);
    const c = view.cell(row, col);
    return [k, c.formula, c.value, c.bold, c.italic, c.fontName, c.fontSize, c.fill, c.locked, c.numberFormat, c.hAlign, c.wrap];
  });
  const { merges, validations, conditionalFormats, protection, frozenRows, visibility, tabColor, page } = state;
  return {
    cells,
    widths: [...state.columnWidths].sort(),
    hidden: [...state.hiddenColumns].sort(),
    heights: [...state.rowHeights].sort(),
    merges,
    validations: validations.map((v) => ({ rect: v.rect, rule: v.rule })),
    conditionalFormats,
    protected: protection.protected,
    frozenRows,
    visibility,
    tabColor,
    print: { area: page.printArea, titles: page.titleRows, orientation: page.orientation, zoom: page.zoom, blackAndWhite: page.blackAndWhite },
  };
}

function reopened(fake: FakeExcel): FakeExcel {
  const copy = createFakeExcel();
  copy.openXlsx(fake.toXlsx());
  return copy;
}

describe.each(BUILTIN_SETS.map((set) => [set.id, set] as const))('the stand-in holding a filled form of %s, written as .xlsx', (_id, set) => {
  it('reads back with the same cells and formulas, the total cached, and opens as the same workbook', async () => {
    const fake = installFakeExcel();
    const inputs = randomInputs(set, 'Xã Thử Nghiệm', rng(set.id.length + 7));
    const { plan, map } = buildFormPlan(set, { inputs });
    await new OfficeWorkbook().applyPlan(plan, { activate: map.sheetName });

    const bytes = fake.toXlsx();
    const grid = readWorkbook(bytes).sheet(map.sheetName)!;
    const state = fake.state.sheet(map.sheetName);
    let formulas = 0;
    for (const key of state.content.keys()) {
      const [row, col] = key.split(',').map(Number);
      const cell = fake.sheet(map.sheetName).cell(row, col);
      if (cell.formula !== undefined) formulas++;
      expect([key, grid.formula(row, col)]).toEqual([key, cell.formula]);
      expect([key, grid.value(row, col)]).toEqual([key, cell.value === '' ? null : cell.value]); // an empty text is a blank cell in a file
    }
    expect(formulas).toBeGreaterThan(10);
    const form = readForm(grid, set);
    expect(form.inputs).toEqual(readForm(await new OfficeWorkbook().readSheet(map.sheetName), set).inputs);
    expect(Object.keys(form.inputs).length).toBeGreaterThan(5);
    expect(form.cached.total).toBeCloseTo(scoreSet(set, inputs).total, 6);

    const copy = reopened(fake);
    expect(copy.sheetNames()).toEqual(fake.sheetNames());
    for (const name of fake.sheetNames()) expect(picture(copy, name)).toEqual(picture(fake, name));
    expect(copy.sheet(map.sheetName).page.rowBreaks).toEqual(plan.sheets[0].print?.rowBreaks ?? []); // the signature block's page break
  });
});

describe('a 30-unit master in the stand-in, written as .xlsx', () => {
  it('opens as the same workbook, every sheet, and stays small', async () => {
    const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
    const random = rng(30);
    const files = Array.from({ length: 30 }, (_, i) => ({ name: `xa-${i + 1}.xlsx`, bytes: filledFormBytes(xa, randomInputs(xa, `Xã Thử ${i + 1}`, random)) }));
    const state = mergeSubmissions(emptyMaster(), files.map((f) => readSubmission(f, BUILTIN_SETS)), '2018-10-01T08:00:00.000Z').state;
    const plan = masterPlan(state, [xa]);
    const fake = installFakeExcel({ apiVersion: '1.12' }); // sheet by sheet, charts included
    await new OfficeWorkbook().applyPlan(plan, { activate: plan.sheets[0].name });

    const bytes = fake.toXlsx();
    const copy = reopened(fake);
    expect(copy.sheetNames()).toEqual(fake.sheetNames());
    for (const name of fake.sheetNames()) expect(picture(copy, name)).toEqual(picture(fake, name));
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    if (process.env.SHOW_SIZES) console.log(`30-unit master: ${plan.sheets.length} sheets, ${bytes.length} bytes as .xlsx`);
  });
});
