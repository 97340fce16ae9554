import { setVersion } from '../../../src/criteria';
import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet, Inputs } from '../../../src/criteria/model';
import { buildFormPlan, COL, findFormIdentity, FormReadError, readForm } from '../../../src/form';
import type { CellValue, Grid } from '../../../src/plan/grid';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { copyRow, deleteRow, insertCols, insertRows, planGrid, withValues } from './grids';
import { render } from '../../../src/messages/texts';

const vi = (e: FormReadError) => render('vi', e.localized);
const en = (e: FormReadError) => render('en', e.localized);

function builtin(id: string): CriteriaSet {
  const set = findBuiltinSet(id);
  if (!set) throw new Error(`${id} missing`);
  return set;
}

const set = builtin('phutho-2018-xa');

const INPUTS: Inputs = {
  ten_don_vi: 'UBND xã Hy Cương',
  tong_so_cbccvc: 22,
  so_cbccvc_co_may_tinh: 20,
  bang_thong_binh_quan: 0.45,
  co_mang_lan: 'Có',
  ket_noi_mang_tslcd: 'Không',
  so_may_tinh: 25,
  so_may_tinh_ket_noi_internet: 24,
  ty_le_van_ban_dien_tu: 0.855,
  trang_ttdt_xa: 'Chưa có',
  ngay_lap_phieu: 43373,
};

function template(s: CriteriaSet = set) {
  return buildFormPlan(s);
}

function throwsCode(fn: () => unknown, code: string): FormReadError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FormReadError);
    expect((e as FormReadError).reason).toBe(code);
    return e as FormReadError;
  }
  throw new Error(`expected FormReadError ${code}`);
}

describe('findFormIdentity', () => {
  test('finds set, version, key column and marker row', () => {
    const grid = planGrid(template().plan.sheets[0]);
    expect(findFormIdentity(grid)).toEqual({ setId: set.id, version: setVersion(set), keyCol: COL.key, markerRow: 0 });
  });

  test('a sheet that is not a form gives null', () => {
    const other: Grid = { name: 'Sheet1', rowCount: 3, colCount: 3, value: (r, c) => (r === 0 && c === 0 ? '#egov|header' : 'x'), formula: () => undefined };
    expect(findFormIdentity(other)).toBeNull();
  });

  test('survives rows inserted above the table and columns inserted before it', () => {
    const grid = insertCols(insertRows(planGrid(template().plan.sheets[0]), 0, 3), 0, 2);
    expect(findFormIdentity(grid)).toEqual({ setId: set.id, version: setVersion(set), keyCol: COL.key + 2, markerRow: 3 });
  });
});

describe('readForm', () => {
  test('template -> typed values -> read gives the same inputs, evidence and notes', () => {
    const { plan, map } = template();
    const typed = new Map<string, CellValue>();
    for (const [id, v] of Object.entries(INPUTS)) typed.set(`${map.valueCell[id].row},${map.valueCell[id].col}`, v);
    typed.set(`${map.evidenceCell['1.3'].row},${map.evidenceCell['1.3'].col}`, 'Quyết định số 12/QĐ-UBND');
    typed.set(`${map.noteCell['1.1'].row},${map.noteCell['1.1'].col}`, 'Số liệu đến 30/9');
    const form = readForm(withValues(planGrid(plan.sheets[0]), typed), set);
    expect(form.inputs).toEqual(INPUTS);
    expect(form.evidence).toEqual({ '1.3': 'Quyết định số 12/QĐ-UBND' });
    expect(form.notes).toEqual({ '1.1': 'Số liệu đến 30/9' });
    expect(form.setId).toBe(set.id);
    expect(form.version).toBe(setVersion(set));
    expect(form.map.valueCell).toEqual(map.valueCell);
    expect(form.map.scoreCell).toEqual(map.scoreCell);
    expect(form.map.cohortBestCell).toEqual(map.cohortBestCell);
    for (const c of set.sections.flatMap((s) => s.criteria)) expect(form.scoreFormulas[c.code]).toMatch(/^(IF\(.*,0,)?ROUND\(/);
  });

  test('round trip through the .xlsx writer and reader: pre-filled values come back with cell semantics', () => {
    const evidence = { '1.3': '=Quyết định 12', '2.2': '-' };
    const notes = { '1.1': '@chú thích' };
    const inputs: Inputs = { ...INPUTS, ten_don_vi: '=1+2', dia_chi: '0912 345 678', email: '+84' };
    const bytes = writeWorkbook(buildFormPlan(set, { inputs, evidence, notes }).plan);
    const sheet = readWorkbook(bytes).sheets[0];
    const form = readForm(sheet, set);
    expect(form.inputs).toEqual(inputs);
    expect(typeof form.inputs.ten_don_vi).toBe('string');
    expect(sheet.formula(form.map.valueCell.ten_don_vi.row, form.map.valueCell.ten_don_vi.col)).toBeUndefined();
    expect(form.evidence).toEqual(evidence);
    expect(form.notes).toEqual(notes);
    expect(form.cached.total).toBeNull(); // no cached results: the spreadsheet computes on opening
    expect(form.scoreFormulas['1.1']).toMatch(/^IF\(OR\(.*\),0,ROUND\(MIN\(6,/);
  });

  test('rows inserted anywhere and columns inserted before the table do not lose any value', () => {
    const { plan, map } = buildFormPlan(set, { inputs: INPUTS });
    const base = planGrid(plan.sheets[0]);
    const moved = insertCols(insertRows(insertRows(base, map.criterionRows['1.3'].first + 1, 2), 2, 4), 0, 1);
    const form = readForm(moved, set);
    expect(form.inputs).toEqual(INPUTS);
    expect(form.map.valueCell.co_mang_lan).toEqual({ row: map.valueCell.co_mang_lan.row + 6, col: COL.value + 1 });
    expect(form.map.cohortBestCell.bang_thong_binh_quan.col).toBe(COL.helper + 1);
  });

  test('header labels are matched after NFC normalisation', () => {
    const { plan } = buildFormPlan(set, { inputs: INPUTS });
    const base = planGrid(plan.sheets[0]);
    const nfd: Grid = { ...base, name: base.name, rowCount: base.rowCount, colCount: base.colCount, value: (r, c) => {
      const v = base.value(r, c);
      return typeof v === 'string' && !v.startsWith('#egov') ? v.normalize('NFD') : v;
    }, formula: base.formula };
    expect(readForm(nfd, set).map.scoreCell['1.1'].col).toBe(COL.score);
  });

  test('errors name the sheet and the problem', () => {
    const { plan, map } = buildFormPlan(set);
    const grid = planGrid(plan.sheets[0]);
    const blank: Grid = { name: 'Trống', rowCount: 2, colCount: 2, value: () => null, formula: () => undefined };
    expect(vi(throwsCode(() => readForm(blank, set), 'noMarker'))).toContain('Trang tính “Trống”: không phải biểu mẫu');
    throwsCode(() => readForm(grid, builtin('phutho-2018-so')), 'wrongSet');

    const missing = throwsCode(() => readForm(deleteRow(grid, map.criterionRows['2.1'].first), set), 'keyMissing');
    expect(en(missing)).toContain('criterion 2.1');
    expect(vi(missing)).toContain('tiêu chí 2.1');
    expect(vi(missing)).not.toContain('criterion'); // one language at a time
    expect(en(missing)).toContain(plan.sheets[0].name);
    expect(missing.code).toBe('form.read.sheet');

    const fieldRow = map.valueCell.so_may_tinh.row;
    expect(en(throwsCode(() => readForm(deleteRow(grid, fieldRow), set), 'keyMissing'))).toContain('so_may_tinh');

    const dup = throwsCode(() => readForm(copyRow(grid, fieldRow, fieldRow + 1), set), 'duplicateKey');
    expect(dup.row).toBe(fieldRow + 1);
    expect(en(dup)).toContain(`row ${fieldRow + 1} and row ${fieldRow + 2}`);

    const headerRow = map.scoreCell['1.1'].row - 2; // header row, then section I
    const noHeader = throwsCode(() => readForm(deleteRow(grid, headerRow), set), 'noHeader');
    expect(en(noHeader)).toContain('header');
    const renamed: Grid = { ...grid, name: grid.name, rowCount: grid.rowCount, colCount: grid.colCount, value: (r, c) => (r === headerRow && c === COL.score ? 'Điểm' : grid.value(r, c)), formula: grid.formula };
    expect(en(throwsCode(() => readForm(renamed, set), 'noHeader'))).toContain('Điểm tự đánh giá');
  });

  test('a score typed over its formula is reported as such', () => {
    const { plan, map } = buildFormPlan(set);
    const at = map.scoreCell['1.1'];
    const form = readForm(withValues(planGrid(plan.sheets[0]), new Map([[`${at.row},${at.col}`, 6]])), set);
    expect(form.scoreFormulas['1.1']).toBeUndefined();
    expect(form.cached.criteria['1.1']).toBe(6);
  });
});
