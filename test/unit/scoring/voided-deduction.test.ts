// A voided deduction item takes its full deduction (issue 9, the lead's decision: invalid data
// never earns). A voided criterion scores 0; for a deduction item 0 would be no penalty at all,
// so an absurd count (text, negative, out of bounds) would earn a unit more than an honest one.

import { EXAMPLE_SET } from '../../../src/authoring/example-set';
import type { CriteriaSet, Inputs, InputValue } from '../../../src/criteria/model';
import { roleOf } from '../../../src/criteria/roles';
import { allFields } from '../../../src/criteria/fields';
import { render } from '../../../src/messages/texts';
import { scoreSet } from '../../../src/scoring/engine';
import { scoreCellFormula, voidTextFormula, type FormulaContext } from '../../../src/scoring/formula';
import { findBuiltinSet } from '../../../src/sets';
import { calc, type CellSpec } from '../preview-formula/calc';

/** Every field of the set in column A from row 1, so a formula can be calculated beside them. */
function sheetOf(set: CriteriaSet, inputs: Inputs): { ctx: FormulaContext; cells: Record<string, CellSpec> } {
  const ids = allFields(set).map((f) => f.id);
  const ref = (id: string) => `A${ids.indexOf(id) + 1}`;
  const cells: Record<string, CellSpec> = {};
  for (const [id, v] of Object.entries(inputs)) if (ids.includes(id)) cells[ref(id)] = v as InputValue;
  return { ctx: { fieldRef: ref, cohortBestRef: () => 'B1' }, cells };
}

function criterionOf(set: CriteriaSet, code: string) {
  const section = set.sections.find((s) => s.criteria.some((c) => c.code === code))!;
  const c = section.criteria.find((x) => x.code === code)!;
  return { section, c, role: roleOf(section, c) };
}

/** The criterion's points in the engine and by its score cell's formula (the preview's formula engine). */
function both(set: CriteriaSet, code: string, inputs: Inputs): { engine: number; formula: unknown; section: number } {
  const result = scoreSet(set, inputs);
  const { section, c } = criterionOf(set, code);
  const { ctx, cells } = sheetOf(set, inputs);
  return {
    engine: result.criteria.find((x) => x.code === code)!.points,
    formula: calc(scoreCellFormula(set, c, ctx), cells),
    section: result.sections.find((s) => s.code === section.code)!.points,
  };
}

describe('a voided deduction item takes its full deduction', () => {
  // 6.1: "each late report −1, at most −5", in a deduction section capped at 10.
  const set = EXAMPLE_SET;
  const honest = both(set, '6.1', { so_lan_cham_bao_cao: 2 });

  it.each<[string, InputValue]>([
    ['text', 'hai lần'],
    ['a negative count', -2],
    ['a negative fraction', -0.5],
  ])('%s deducts the item’s maximum (−5), in the engine and in the formula, more than an honest count', (_, value) => {
    const bad = both(set, '6.1', { so_lan_cham_bao_cao: value });
    expect(honest).toMatchObject({ engine: -2, formula: -2 });
    expect(bad.engine).toBe(-5);
    expect(bad.formula).toBe(-5);
    expect(bad.section).toBeLessThan(honest.section);
  });

  it('a criterion-level deduction item of a normal section (2.6) deducts its maximum too, floored with its section', () => {
    const meetings = { so_cuoc_hop_truc_tuyen: 4 }; // 2.1: 10 points in the same section
    const valid = both(set, '2.6', { ...meetings, so_van_ban_bi_tra_lai: 2 });
    const bad = both(set, '2.6', { ...meetings, so_van_ban_bi_tra_lai: -1 });
    expect(valid).toMatchObject({ engine: -1, formula: -1 });
    expect(bad).toMatchObject({ engine: -3, formula: -3 });
    expect([valid.section, bad.section]).toEqual([9, 7]);
    expect(both(set, '2.6', { so_van_ban_bi_tra_lai: 'x' }).section).toBe(0);
  });

  it('says the points in the reason: the engine’s message and the workbook’s text', () => {
    const inputs = { so_lan_cham_bao_cao: -2 };
    const voided = scoreSet(set, inputs).criteria.find((x) => x.code === '6.1')!.voided!;
    expect(render('vi', voided)).toMatch(/^-5 điểm — số liệu không hợp lệ: “Số lần chậm gửi báo cáo” là -2, nhỏ hơn 0\.$/);
    expect(render('en', voided)).toMatch(/^-5 points — invalid data: /);
    const { ctx, cells } = sheetOf(set, inputs);
    expect(calc(voidTextFormula(set, criterionOf(set, '6.1').c, ctx), cells)).toBe('-5 điểm — số liệu không hợp lệ: -2 < 0');
    expect(calc(voidTextFormula(set, criterionOf(set, '6.1').c, ctx), sheetOf(set, { so_lan_cham_bao_cao: 2 }).cells)).toBe('');
  });

  it('a normal criterion voided still scores 0, and a blank deduction is no deduction', () => {
    expect(both(set, '6.1', {})).toMatchObject({ engine: 0, formula: 0 });
    const normal = scoreSet(set, { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25 }).criteria.find((c) => c.voided && !c.role);
    expect(normal?.points).toBe(0);
  });

  it('a criterion marked "Không áp dụng" is not voided: the workbook’s reason is blank, as the engine’s', () => {
    const xa = findBuiltinSet('phutho-2025-xa')!;
    const { c } = criterionOf(xa, '5.2');
    for (const [mark, voided] of [['Không áp dụng', false], [null, true]] as const) {
      const inputs: Inputs = { so_httt: -1, 'na:5.2': mark };
      const engine = scoreSet(xa, inputs).criteria.find((x) => x.code === '5.2')!;
      const { ctx, cells } = sheetOf(xa, inputs);
      expect(engine.voided !== undefined).toBe(voided);
      expect(calc(voidTextFormula(xa, c, ctx), cells) !== '').toBe(voided);
    }
  });

  it.each(['phutho-2025-so', 'phutho-2025-xa'])('every deduction item of %s deducts its maximum while voided (engine = formula)', (id) => {
    const builtin = findBuiltinSet(id)!;
    const items = builtin.sections.flatMap((s) => s.criteria.filter((c) => roleOf(s, c) === 'deduction'));
    expect(items.length).toBeGreaterThan(0);
    for (const c of items) {
      const field = allFields(builtin).find((f) => f.id === ('field' in c.rule ? c.rule.field : ''))!;
      const bad: Inputs = { [field.id]: field.type === 'yesno' ? 'Có lẽ' : -1 };
      expect(both(builtin, c.code, bad)).toMatchObject({ engine: -c.max, formula: -c.max });
    }
  });
});
