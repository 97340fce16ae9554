// The criteria that invalid data voids, as the pane shows them beside the points and in the finish
// step's list: the issue's commune entries (25 staff with a computer for 20 staff; 150 % of
// documents sent electronically) void 1.1 and 2.3 with the engine's reason, in the pane's language;
// corrected or blank values void nothing.

import { allFields } from '../../../src/criteria/fields';
import type { CriteriaSet, Inputs } from '../../../src/criteria/model';
import { msg } from '../../../src/messages';
import { render } from '../../../src/messages/texts';
import { scoreSet } from '../../../src/scoring';
import { findBuiltinSet } from '../../../src/sets';
import { doneShare, problemsByStep, sectionProgress, statusOf, voidedSteps } from '../../../src/taskpane/logic/progress';
import { voidedCriteria, voidReasonOf } from '../../../src/taskpane/logic/voided';

const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const ISSUE: Inputs = { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25, ty_le_van_ban_dien_tu: 1.5 };
const engine = (inputs: Inputs) => scoreSet(set, inputs);

describe('criteria voided by invalid data, as the pane shows them', () => {
  it('lists 1.1 and 2.3 for the issue’s entries, each at 0 points, in the set’s order', () => {
    const result = engine(ISSUE);
    expect(voidedCriteria(result).map((v) => v.code)).toEqual(['1.1', '2.3']);
    const points = new Map(result.criteria.map((c) => [c.code, c.points]));
    expect([points.get('1.1'), points.get('2.3')]).toEqual([0, 0]);
  });

  it('says why in the pane’s language: the part 25 is greater than the whole 20; 150 % is above 100 %', () => {
    const reason = voidReasonOf(engine(ISSUE), '1.1')!;
    expect(render('vi', reason)).toBe(
      '0 điểm — số liệu không hợp lệ: “Số cán bộ, công chức được trang bị máy tính” (25) lớn hơn “Tổng số cán bộ, công chức cấp xã” (20).',
    );
    expect(render('en', reason)).toBe(
      '0 points — invalid data: “Số cán bộ, công chức được trang bị máy tính” (25) is greater than “Tổng số cán bộ, công chức cấp xã” (20).',
    );
    expect(render('vi', voidReasonOf(engine(ISSUE), '2.3')!)).toContain('là 150%, lớn hơn 100%');
  });

  it('names the criterion before its reason in the finish step’s list', () => {
    const [first] = voidedCriteria(engine(ISSUE));
    const line = (language: 'vi' | 'en', place: string) => render(language, msg('voided.line', { place, reason: first.reason }));
    expect(line('vi', 'Tiêu chí 1.1')).toMatch(/^Tiêu chí 1\.1: 0 điểm — số liệu không hợp lệ: .*\(25\) lớn hơn .*\(20\)\.$/);
    expect(line('en', 'Criterion 1.1')).toMatch(/^Criterion 1\.1: 0 points — invalid data: .*\(25\) is greater than .*\(20\)\.$/);
    expect(render('vi', msg('voided.listTitle', { count: 2 }))).toBe('Có 2 tiêu chí không được tính điểm (mục bị trừ điểm: trừ tối đa) vì số liệu không hợp lệ. Bấm vào từng mục để sửa:');
  });

  it('clears once the value is corrected, and never voids a blank value (it scores 0 as before)', () => {
    const corrected = engine({ ...ISSUE, so_cbccvc_co_may_tinh: 18, ty_le_van_ban_dien_tu: 0.725 });
    expect(voidedCriteria(corrected)).toEqual([]);
    expect(voidReasonOf(corrected, '1.1')).toBeUndefined();
    expect(corrected.criteria.find((c) => c.code === '1.1')!.points).toBeGreaterThan(0);
    const blank = engine({ tong_so_cbccvc: 20 });
    expect(voidedCriteria(blank)).toEqual([]);
    expect(blank.criteria.find((c) => c.code === '1.1')!.points).toBe(0);
  });

  it('has no reason for a criterion it does not know', () => {
    expect(voidReasonOf(engine(ISSUE), '9.9')).toBeUndefined();
  });

  it('counts a criterion voided through another step’s field as invalid, not done, in the progress', () => {
    // 5.1 reads “Tổng số máy tính của cơ quan”, entered at 1.4: text there voids 5.1 too, whose own step has no problem.
    const valid: Inputs = Object.fromEntries(
      allFields(set).map((f) => [f.id, f.type === 'percent' ? 0.5 : f.type === 'yesno' ? 'Có' : f.type === 'choice' ? f.choices![0].label : f.type === 'text' || f.type === 'date' ? 'x' : 10]),
    );
    const result = engine({ ...valid, so_may_tinh: 'abc' });
    const byStep = problemsByStep(result.problems);
    const voided = voidedSteps(result);
    expect(voided.has('5.1')).toBe(true);
    expect(byStep.get('5.1') ?? []).toEqual([]);
    expect(statusOf(byStep.get('5.1'), voided.has('5.1'))).toBe('invalid');
    const home = set.sections.find((sec) => sec.criteria.some((c) => c.code === '5.1'))!.code;
    const invalidIn = (v: ReadonlySet<string>) => sectionProgress(set, byStep, v).find((sec) => sec.code === home)!.invalid;
    expect(invalidIn(voided)).toBe(invalidIn(new Set()) + 1);
    expect(doneShare(set, byStep, voided)).toBeLessThan(doneShare(set, byStep));
  });
});
