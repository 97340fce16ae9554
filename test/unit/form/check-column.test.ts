// Issue 9, as an official sees the form: beside the points, the form's own "Kiểm tra số liệu"
// column says why a criterion scores 0 ("0 điểm — số liệu không hợp lệ: 25 > 20") through the
// workbook's formulas, and clears once the value is corrected — computed here by the browser
// preview's formula engine over the planned cells, as the preview shows the form. Forms made
// before the column (test/fixtures/before-header) still read, and still salvage without a header.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { notApplicableId } from '../../../src/criteria/fields';
import { NOT_APPLICABLE, type CriteriaSet, type Inputs } from '../../../src/criteria/model';
import { buildFormPlan, COL, HEADER_LABELS, parseInputsJson, readForm } from '../../../src/form';
import { a1 } from '../../../src/plan/address';
import type { CellValue, Grid } from '../../../src/plan/grid';
import type { SheetPlan } from '../../../src/plan/model';
import { salvageForm } from '../../../src/consolidate/master/salvage';
import { canBeVoided, criterionVoidText, scoreSet, VOID_TEXT_PREFIX } from '../../../src/scoring';
import { FormulaWorkbook } from '../../../src/preview/formula';
import { BUILTIN_SETS, findBuiltinSet } from '../../../src/sets';
import { readWorkbook } from '../../../src/xlsx';
import { cli } from '../../support/cli';
import { prng, randomFill, spoilFill } from '../../agreement/random-fill';
import { planGrid } from './grids';

const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const ISSUE: Inputs = { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25, ty_le_van_ban_dien_tu: 1.5 };
const criteria = (set: CriteriaSet) => set.sections.flatMap((s) => s.criteria);

/** The form of `set` over `inputs` as the preview's formula engine calculates it. */
function previewBook(sheet: SheetPlan): FormulaWorkbook {
  const book = new FormulaWorkbook();
  book.addSheet('Form');
  for (const c of sheet.cells) {
    if (c.formula !== undefined) book.setCell('Form', c.row, c.col, { formula: c.formula });
    else if (c.value !== undefined && c.value !== null) book.setCell('Form', c.row, c.col, { value: c.value });
  }
  return book;
}

describe('the "Kiểm tra số liệu" column', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-check-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds a reason formula for 1.1 and 2.3 in the form `fill` writes with the issue’s inputs', () => {
    const inputs = path.join(dir, 'in.json');
    const out = path.join(dir, 'f.xlsx');
    fs.writeFileSync(inputs, JSON.stringify({ set: xa.id, inputs: ISSUE }));
    expect(cli('fill', xa.id, '--inputs', inputs, '-o', out).code).toBe(0);
    const sheet = readWorkbook(new Uint8Array(fs.readFileSync(out))).sheets[0];
    const form = readForm(sheet, xa);
    const headerRow = form.map.sectionCell[xa.sections[0].code].row - 1;
    expect(sheet.value(headerRow, COL.check)).toBe('Kiểm tra số liệu');
    for (const code of ['1.1', '2.3']) {
      const at = form.map.checkCell[code];
      expect({ code, col: at.col }).toEqual({ code, col: COL.check });
      expect(at.col).toBe(form.map.scoreCell[code].col + 1); // beside the points
      expect(sheet.formula(at.row, at.col)).toContain(`"${VOID_TEXT_PREFIX}"&`);
    }
    // `fill` caches the engine's words, as it caches the points: a viewer that does not recalculate shows them.
    expect([form.cached.checks['1.1'], form.cached.checks['2.3']]).toEqual(['0 điểm — số liệu không hợp lệ: 25 > 20', '0 điểm — số liệu không hợp lệ: 150% > 100%']);
    expect(Object.entries(form.cached.checks).filter(([, v]) => v !== '' && v !== null).map(([code]) => code)).toEqual(['1.1', '2.3']);
    const check11 = sheet.formula(form.map.checkCell['1.1'].row, COL.check) as string;
    for (const id of ['tong_so_cbccvc', 'so_cbccvc_co_may_tinh']) expect(check11).toContain(a1(form.map.valueCell[id].row, COL.value));
    // Every criterion that invalid data can void has one, and no other criterion.
    expect(Object.keys(form.map.checkCell)).toEqual(criteria(xa).filter((c) => canBeVoided(xa, c)).map((c) => c.code));
    for (const c of criteria(xa).filter((x) => !canBeVoided(xa, x))) expect(sheet.formula(form.map.scoreCell[c.code].row, COL.check)).toBeUndefined();
  });

  it('has its header beside “Điểm tự đánh giá”, dark red text, locked, and is printed with the table', () => {
    const { plan, map } = buildFormPlan(xa, { inputs: ISSUE });
    const sheet = plan.sheets[0];
    expect(HEADER_LABELS[COL.check]).toBe('Kiểm tra số liệu');
    expect(HEADER_LABELS[COL.score]).toBe('Điểm tự đánh giá');
    const cell = sheet.cells.find((c) => c.row === map.checkCell['1.1'].row && c.col === COL.check)!;
    expect(plan.styles[cell.style as string]).toMatchObject({ font: { color: '#C00000' }, wrap: true });
    expect(plan.styles[cell.style as string].locked).not.toBe(false);
    expect(sheet.print?.area.cols).toBe(COL.note + 1);
    expect(sheet.columns[COL.check].hidden).toBeFalsy();
    // Room in the row for the reason the planned inputs give (3 lines at 11 pt in 17 characters).
    expect(sheet.rowHeights?.[map.checkCell['1.1'].row]).toBeGreaterThanOrEqual(3 * 14);
  });

  it('reads the engine’s words: 25 > 20 for 1.1, 150% > 100% for 2.3, nothing once valid or marked not applicable', () => {
    expect(criterionVoidText(xa, '1.1', ISSUE)).toBe('0 điểm — số liệu không hợp lệ: 25 > 20');
    expect(criterionVoidText(xa, '2.3', ISSUE)).toBe('0 điểm — số liệu không hợp lệ: 150% > 100%');
    expect(criterionVoidText(xa, '1.1', { ...ISSUE, so_cbccvc_co_may_tinh: 15 })).toBe('');
    expect(criterionVoidText(xa, '1.1', { ...ISSUE, so_cbccvc_co_may_tinh: 'khoảng 15' })).toBe('0 điểm — số liệu không hợp lệ: “khoảng 15” không phải là số');
    const engine = scoreSet(xa, ISSUE).criteria.filter((c) => c.voided).map((c) => c.code);
    expect(criteria(xa).filter((c) => criterionVoidText(xa, c.code, ISSUE) !== '').map((c) => c.code)).toEqual(engine);
    const set = BUILTIN_SETS.find((s) => criteria(s).some((c) => c.notApplicable))!;
    const na = criteria(set).find((c) => c.notApplicable && canBeVoided(set, c))!;
    const field = na.fields[0];
    const bad: Inputs = { [field.id]: 'không rõ' };
    expect(criterionVoidText(set, na.code, bad)).toMatch(/^0 điểm — số liệu không hợp lệ: /);
    expect(criterionVoidText(set, na.code, { ...bad, [notApplicableId(na.code)]: NOT_APPLICABLE })).toBe('');
  });

  it('is computed by the preview’s formula engine, appears and clears as the unit edits the values', () => {
    const { plan, map } = buildFormPlan(xa, { inputs: ISSUE });
    const book = previewBook(plan.sheets[0]);
    const check = (code: string) => book.getValue('Form', map.checkCell[code].row, map.checkCell[code].col);
    const points = (code: string) => book.getValue('Form', map.scoreCell[code].row, map.scoreCell[code].col);
    expect([check('1.1'), check('2.3')]).toEqual(['0 điểm — số liệu không hợp lệ: 25 > 20', '0 điểm — số liệu không hợp lệ: 150% > 100%']);
    expect([points('1.1'), points('2.3')]).toEqual([0, 0]);
    const edit = (id: string, value: CellValue) => book.setCell('Form', map.valueCell[id].row, map.valueCell[id].col, { value });
    edit('so_cbccvc_co_may_tinh', 15);
    expect([check('1.1'), check('2.3')]).toEqual(['', '0 điểm — số liệu không hợp lệ: 150% > 100%']);
    edit('ty_le_van_ban_dien_tu', 0.95);
    expect([check('1.1'), check('2.3')]).toEqual(['', '']);
    expect([points('1.1'), points('2.3')]).toEqual([4.5, 6]);
  });

  it('says in the preview what the engine says, for random fills with invalid data of every built-in set', () => {
    const mismatches: string[] = [];
    let shown = 0;
    BUILTIN_SETS.forEach((set, s) => {
      const rand = prng(7100 + s);
      for (let i = 0; i < 12; i++) {
        const { inputs } = parseInputsJson(randomFill(set, rand), set);
        spoilFill(set, inputs, rand);
        const { plan, map } = buildFormPlan(set, { inputs });
        const book = previewBook(plan.sheets[0]);
        for (const c of criteria(set)) {
          const at = map.checkCell[c.code];
          const preview = at ? book.getValue('Form', at.row, at.col) : '';
          const engine = criterionVoidText(set, c.code, inputs);
          if (engine !== '') shown++;
          if (preview !== engine) mismatches.push(`${set.id} fill ${i} ${c.code}: engine “${engine}” vs preview “${String(preview)}”`);
        }
      }
    });
    expect(shown).toBeGreaterThan(BUILTIN_SETS.length * 3);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});

describe('forms made before the "Kiểm tra số liệu" column', () => {
  const DIR = path.join(__dirname, '..', '..', 'fixtures', 'before-header');
  const old = readWorkbook(new Uint8Array(fs.readFileSync(path.join(DIR, 'xa-filled.xlsx')))).sheets[0];
  const expected = parseInputsJson(fs.readFileSync(path.join(DIR, 'xa-inputs.json'), 'utf8'), xa);

  /** The grid without its table header row's key and labels (a row the unit deleted by hand). */
  function withoutHeader(grid: Grid): Grid {
    const form = readForm(grid, xa);
    const headerRow = form.map.sectionCell[xa.sections[0].code].row - 1;
    return { ...grid, name: grid.name, rowCount: grid.rowCount, colCount: grid.colCount, value: (r, c) => (r === headerRow ? null : grid.value(r, c)), formula: grid.formula };
  }

  it('read back with their values, evidence and notes from the columns they have, and no check cells', () => {
    const form = readForm(old, xa);
    expect(form.map.evidenceCell['1.1'].col).toBe(COL.evidence - 1);
    expect(form.map.checkCell).toEqual({});
    expect(form.cached.checks).toEqual({});
    expect(form.inputs).toEqual(expected.inputs);
    expect(form.evidence).toEqual(expected.evidence);
  });

  it('are salvaged without a header row from the places their version put the columns, as new forms are', () => {
    const oldSalvage = salvageForm(withoutHeader(old), xa, COL.key - 1);
    expect(oldSalvage.inputs).toEqual(readForm(old, xa).inputs);
    expect(oldSalvage.evidence).toEqual(expected.evidence);
    const { plan } = buildFormPlan(xa, { inputs: expected.inputs, evidence: expected.evidence, notes: { '1.1': 'Ghi chú' } });
    const fresh = planGrid(plan.sheets[0]);
    const salvaged = salvageForm(withoutHeader(fresh), xa, COL.key);
    expect(salvaged.inputs).toEqual(readForm(fresh, xa).inputs);
    expect(salvaged.evidence).toEqual(expected.evidence);
    expect(salvaged.notes).toEqual({ '1.1': 'Ghi chú' });
    expect(salvaged.missing).toEqual([]);
  });
});
