// The criteria that invalid data voids, as the pane shows them beside the points and in the finish
// step's list: the issue's commune entries (25 staff with a computer for 20 staff; 150 % of
// documents sent electronically) void 1.1 and 2.3 with the engine's reason, in the pane's language;
// corrected or blank values void nothing.

import type { CriteriaSet, Inputs } from '../../../src/criteria/model';
import { msg } from '../../../src/messages';
import { render } from '../../../src/messages/texts';
import { scoreSet } from '../../../src/scoring';
import { findBuiltinSet } from '../../../src/sets';
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
    expect(render('vi', msg('voided.listTitle', { count: 2 }))).toBe('Có 2 tiêu chí bị tính 0 điểm vì số liệu không hợp lệ. Bấm vào từng mục để sửa:');
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
});
