// The official header follows the unit's information: placeholders on a blank template only;
// the formulas a spreadsheet computes give the same texts as the TypeScript the plan caches.

import fc from 'fast-check';
import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet, Inputs } from '../../../src/criteria/model';
import { buildFormPlan, FORM_TEXT } from '../../../src/form';
import { formGeneralFields, formOnlyFields, headerSources } from '../../../src/form/form-fields';
import { headerFormulas, headerTexts } from '../../../src/form/header';
import { FormulaWorkbook } from '../../../src/preview/formula';

const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const so = findBuiltinSet('phutho-2018-so') as CriteriaSet;

/** Excel serial day number of a date. */
const serial = (y: number, m: number, d: number) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** The header formulas of `set`'s form calculated by the preview engine over `inputs`. */
function calculatedHeader(set: CriteriaSet, inputs: Inputs): Record<string, unknown> {
  const { map } = buildFormPlan(set);
  const book = new FormulaWorkbook();
  book.addSheet('Form');
  for (const [id, value] of Object.entries(inputs)) {
    const at = map.valueCell[id];
    if (at && value !== null) book.setCell('Form', at.row, at.col, { value });
  }
  const formulas = headerFormulas(set, map.valueCell);
  return Object.fromEntries(
    Object.entries(formulas).map(([key, formula], i) => {
      book.setCell('Form', 500 + i, 0, { formula });
      return [key, book.getValue('Form', 500 + i, 0)];
    }),
  );
}

describe('the form header', () => {
  it('shows the official placeholders only on a blank template', () => {
    expect(headerTexts(xa)).toEqual({ superior: FORM_TEXT.superior, unit: FORM_TEXT.unit, docNumber: FORM_TEXT.docNumber, placeDate: FORM_TEXT.placeDate });
    expect(calculatedHeader(xa, {})).toEqual(headerTexts(xa));
  });

  it('is filled from the unit: capitals, no governing body line for a UBND, the place and the date as Nghị định 30 writes them', () => {
    const inputs: Inputs = { ten_don_vi: 'UBND xã  Thụy Vân ', dia_danh: 'Thụy Vân', so_ky_hieu: '15/BC-UBND', ngay_lap_phieu: serial(2018, 9, 28) };
    const expected = { superior: '', unit: 'UBND XÃ THỤY VÂN', docNumber: 'Số: 15/BC-UBND', placeDate: 'Thụy Vân, ngày 28 tháng 9 năm 2018' };
    expect(headerTexts(xa, inputs)).toEqual(expected);
    expect(calculatedHeader(xa, inputs)).toEqual(expected);
    const department: Inputs = { ten_don_vi: 'Sở Y tế', co_quan_chu_quan: 'UBND tỉnh Phú Thọ', dia_danh: 'Phú Thọ', ngay_lap_phieu: serial(2019, 1, 5) };
    expect(headerTexts(so, department)).toMatchObject({ superior: 'UBND TỈNH PHÚ THỌ', unit: 'SỞ Y TẾ', placeDate: 'Phú Thọ, ngày 05 tháng 01 năm 2019' });
  });

  it('computes in the workbook exactly what the plan caches, for any unit information', () => {
    const text = fc.oneof(fc.constant(''), fc.constant('   '), fc.string({ maxLength: 12 }), fc.constantFrom('UBND phường Dữu Lâu', 'Sở Tư pháp', 'Việt Trì', 'đường  Hùng Vương'));
    const date = fc.option(fc.integer({ min: 61, max: 73050 }), { nil: undefined });
    fc.assert(
      fc.property(text, text, text, text, date, (unit, superior, place, number, day) => {
        const inputs: Inputs = { ten_don_vi: unit, co_quan_chu_quan: superior, dia_danh: place, so_ky_hieu: number };
        if (day !== undefined) inputs.ngay_lap_phieu = day;
        expect(calculatedHeader(xa, inputs)).toEqual(headerTexts(xa, inputs));
      }),
      { numRuns: 150 },
    );
  });

  it('caches the texts in the planned cells, and lays the header fields out as general fields of the form', () => {
    const inputs: Inputs = { ten_don_vi: 'Sở Y tế', co_quan_chu_quan: 'UBND tỉnh Phú Thọ', dia_danh: 'Phú Thọ', ngay_lap_phieu: serial(2018, 10, 1) };
    const { plan, map } = buildFormPlan(so, { inputs });
    const shown = plan.sheets[0].cells.filter((c) => c.formula !== undefined && typeof c.value === 'string').map((c) => c.value);
    expect(shown).toEqual(expect.arrayContaining(['UBND TỈNH PHÚ THỌ', 'SỞ Y TẾ', 'Phú Thọ, ngày 01 tháng 10 năm 2018']));
    expect(formOnlyFields(so).map((f) => f.id)).toEqual(['co_quan_chu_quan', 'so_ky_hieu', 'dia_danh']);
    const order = formGeneralFields(so).map((f) => f.id);
    expect(order[0]).toBe('co_quan_chu_quan');
    expect(order.slice(-3)).toEqual(['so_ky_hieu', 'dia_danh', 'ngay_lap_phieu']);
    for (const id of order) expect(map.valueCell[id]).toBeDefined();
    expect(headerSources(so)).toMatchObject({ unit: 'ten_don_vi', date: 'ngay_lap_phieu' });
  });

  it('adds a date of its own to a set that has none', () => {
    const noDate: CriteriaSet = { ...xa, id: 'no-date', generalFields: xa.generalFields.filter((f) => f.type !== 'date') };
    expect(formOnlyFields(noDate).map((f) => f.id)).toEqual(['co_quan_chu_quan', 'so_ky_hieu', 'dia_danh', 'ngay_bao_cao']);
    expect(headerTexts(noDate, { ngay_bao_cao: serial(2020, 2, 3), dia_danh: 'Hạ Hòa' }).placeDate).toBe('Hạ Hòa, ngày 03 tháng 02 năm 2020');
  });
});
