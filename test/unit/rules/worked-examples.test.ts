// The worked examples of docs/rule-kinds.md, computed by the engine on the example set (the
// docs quote these numbers: a change of semantics must change the docs too).
import { EXAMPLE_SET } from '../../../src/authoring/example-set';
import { scoreSet } from '../../../src/scoring';

const pointsOf = (code: string, inputs: Record<string, string | number>, cohortBest: Record<string, number> = {}) =>
  scoreSet(EXAMPLE_SET, inputs, { cohortBest }).criteria.find((c) => c.code === code)?.points;

test('deduct: 9 of 10 updated, 3 late updates and a correction give 2.9', () => {
  expect(pointsOf('4.3', { so_tin_cap_nhat: 9, so_tin_phai_cap_nhat: 10, so_lan_cham_cap_nhat: 3, co_thong_tin_sai: 'Có' })).toBe(2.9);
  expect(pointsOf('4.3', { so_tin_cap_nhat: 1, so_tin_phai_cap_nhat: 10, so_lan_cham_cap_nhat: 9, co_thong_tin_sai: 'Có' })).toBe(0);
});

test('levels: a failed level stops the climb even when a higher level’s condition holds', () => {
  const base = { co_thong_tin_dvc: 'Có', co_bieu_mau_dien_tu: 'Có', co_nop_truc_tuyen: 'Có', muc_thanh_toan: 'Toàn bộ' };
  expect(pointsOf('4.1', { ...base, so_ho_so_truc_tuyen: 0 })).toBe(4);
  expect(pointsOf('4.1', { ...base, so_ho_so_truc_tuyen: 1 })).toBe(8);
  expect(pointsOf('4.1', { ...base, co_thong_tin_dvc: 'Không', so_ho_so_truc_tuyen: 1 })).toBe(0);
});

test('subindex: 6 × (2·0.8 + 0.4 + 7/8.75 + 1) / 5 = 4.56, shown 4.6', () => {
  const inputs = { ty_le_ho_so_truc_tuyen: 0.8, so_csdl_chia_se: 2, diem_hai_long: 7, co_ke_hoach_cds: 'Có' };
  expect(pointsOf('4.2', inputs, { diem_hai_long: 8.75 })).toBe(4.6);
});
