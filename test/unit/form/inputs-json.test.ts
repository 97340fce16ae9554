import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet } from '../../../src/criteria/model';
import { describeInputsJson, parseInputsJson, type InputsJsonError } from '../../../src/form';
import { EXAMPLE_SET } from '../../../src/authoring/example-set';
import { scoreSet } from '../../../src/scoring';
import { render } from '../../../src/messages/texts';

const vi = (e: InputsJsonError) => render('vi', e.text);
const en = (e: InputsJsonError) => render('en', e.text);

const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;

describe('parseInputsJson', () => {
  test('a number given in JSON keeps its value: 1.5 in a percent field is 150 % (the pane reads typed "0,85" as 85 %, JSON does not guess)', () => {
    const parsed = parseInputsJson({ set: set.id, inputs: { ty_le_van_ban_dien_tu: 1.5, ty_le_thanh_thao_may_tinh: 0.85 } }, set);
    expect(parsed.inputs).toMatchObject({ ty_le_van_ban_dien_tu: 1.5, ty_le_thanh_thao_may_tinh: 0.85 });
  });

  test('converts to cell semantics: yes/no labels, percent fractions, numbers, dates, choices', () => {
    const parsed = parseInputsJson(
      {
        set: set.id,
        inputs: {
          co_mang_lan: true,
          ket_noi_mang_tslcd: false,
          co_diem_cau_truyen_hinh: 'không',
          mot_cua_lien_thong_tp: 'Có',
          ty_le_van_ban_dien_tu: '2.7%',
          ty_le_thanh_thao_may_tinh: 0.9,
          so_may_tinh: '25',
          bang_thong_binh_quan: '0,45',
          muc_do_qlvb: 'sử dụng đến từng công chức',
          ngay_lap_phieu: '30/9/2018',
          dien_thoai: 912345678,
          ten_don_vi: '=UBND xã',
          dia_chi: null,
        },
        evidence: { '1.3': 'Quyết định số 12' },
        notes: { '1.1': 'Ghi chú' },
      },
      set,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.setId).toBe(set.id);
    expect(parsed.inputs).toEqual({
      co_mang_lan: 'Có',
      ket_noi_mang_tslcd: 'Không',
      co_diem_cau_truyen_hinh: 'Không',
      mot_cua_lien_thong_tp: 'Có',
      ty_le_van_ban_dien_tu: 0.027, // as a spreadsheet stores a typed 2.7%
      ty_le_thanh_thao_may_tinh: 0.9,
      so_may_tinh: 25,
      bang_thong_binh_quan: 0.45,
      muc_do_qlvb: 'Sử dụng đến từng công chức',
      ngay_lap_phieu: 43373,
      dien_thoai: '912345678',
      ten_don_vi: '=UBND xã',
    });
    expect(parsed.evidence).toEqual({ '1.3': 'Quyết định số 12' });
    expect(parsed.notes).toEqual({ '1.1': 'Ghi chú' });
  });

  test('ISO dates give the Excel serial day', () => {
    expect(parseInputsJson({ inputs: { ngay_lap_phieu: '2018-09-30' } }, set).inputs.ngay_lap_phieu).toBe(43373);
    expect(parseInputsJson({ inputs: { ngay_lap_phieu: '31/2/2018' } }, set).errors[0].fieldId).toBe('ngay_lap_phieu');
  });

  test('errors name the field, with a suggestion for a misspelt id', () => {
    const parsed = parseInputsJson(
      { set: 'phutho-2018-so', inputs: { so_may_tin: 3, co_mang_lan: 'yes', muc_do_qlvb: 'Tốt', so_may_tinh: 'nhiều' }, evidence: { '9.9': 'x' }, extra: 1 },
      set,
    );
    const byPath = Object.fromEntries(parsed.errors.map((e) => [e.path, e]));
    expect(byPath.set.text.code).toBe('inputs.otherSet');
    expect(en(byPath.set)).toBe('The inputs are for criteria set “phutho-2018-so”, not “phutho-2018-xa”.');
    expect(vi(byPath.set)).toBe('Số liệu dành cho bộ tiêu chí “phutho-2018-so”, không phải “phutho-2018-xa”.');
    expect(en(byPath['inputs.so_may_tin'])).toBe('There is no field “so_may_tin” in the criteria set. Did you mean “so_may_tinh”?');
    expect(vi(byPath['inputs.so_may_tin'])).toBe('Không có trường số liệu “so_may_tin” trong bộ tiêu chí. Có phải “so_may_tinh”?');
    expect(byPath['inputs.co_mang_lan'].fieldId).toBe('co_mang_lan');
    expect(en(byPath['inputs.co_mang_lan'])).toContain('must be true / false, or the text "Có" / "Không", not "yes".');
    expect(vi(byPath['inputs.co_mang_lan'])).toContain('phải là true / false, hoặc văn bản "Có" / "Không", không phải "yes".');
    expect(en(byPath['inputs.muc_do_qlvb'])).toContain('must be one of: “Chưa sử dụng”');
    expect(en(byPath['inputs.so_may_tinh'])).toContain('must be a whole number, e.g. 12 (or the text "12"), not "nhiều".');
    expect(vi(byPath['inputs.so_may_tinh'])).toContain('phải là số nguyên, ví dụ 12 (hoặc văn bản "12"), không phải "nhiều".');
    expect(byPath['evidence.9.9']).toBeDefined();
    expect(byPath.extra).toBeDefined();
  });

  test('text that is not JSON, or JSON that is not an object, is one clear error', () => {
    expect(en(parseInputsJson('{ "inputs": ', set).errors[0])).toContain('not valid JSON');
    expect(vi(parseInputsJson('{ "inputs": ', set).errors[0])).toContain('không phải JSON hợp lệ');
    expect(en(parseInputsJson('[1,2]', set).errors[0])).toContain('must be a JSON object');
  });

  test('the documented example parses without errors for every built-in set', () => {
    for (const s of [set, findBuiltinSet('phutho-2016-so') as CriteriaSet]) {
      const doc = describeInputsJson(s, (m) => render('vi', m));
      const parsed = parseInputsJson(JSON.parse(JSON.stringify(doc.example)), s);
      expect(parsed.errors).toEqual([]);
      expect(Object.keys(parsed.inputs).length).toBeGreaterThan(0);
    }
  });

  test('"notApplicable" marks the criteria the set allows; others are refused by name', () => {
    const parsed = parseInputsJson({ inputs: {}, notApplicable: ['4.1', '4.2'] }, EXAMPLE_SET);
    expect(parsed.errors).toEqual([]);
    expect(parsed.inputs).toEqual({ 'na:4.1': 'Không áp dụng', 'na:4.2': 'Không áp dụng' });
    const score = scoreSet(EXAMPLE_SET, parsed.inputs);
    expect(score.criteria.find((c) => c.code === '4.2')).toMatchObject({ points: 3, notApplicable: true });
    expect(score.applicableMax).toBe(EXAMPLE_SET.maxTotal - 8);
    const refused = parseInputsJson({ notApplicable: ['1.1', '9.9'] }, EXAMPLE_SET).errors;
    expect(refused.map((e) => [e.path, vi(e)])).toEqual([
      ['notApplicable.1.1', 'Bộ tiêu chí không cho phép chọn “Không áp dụng” ở tiêu chí 1.1.'],
      ['notApplicable.9.9', expect.stringContaining('Không có tiêu chí "9.9"')],
    ]);
    expect(en(parseInputsJson({ notApplicable: '4.1' }, EXAMPLE_SET).errors[0])).toBe('"notApplicable" must be a list of criterion codes, e.g. ["4.1"].');
  });
});
