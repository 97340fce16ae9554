// The 2025 digital-transformation index sets (phutho-2025-so, phutho-2025-xa): the seven
// published pillars on a 1,000-point scale with two decimals, issued by the Sở Khoa học và
// Công nghệ, written with the kinds the DTI method needs (deductions, not-applicable criteria
// with the total rescaled, bonus points with a cap, levels, sub-indices) — and scoring the
// way their own "Cách tính điểm" says.

import { notApplicableId } from '../../../src/criteria/fields';
import { NOT_APPLICABLE, type CriteriaSet, type Inputs } from '../../../src/criteria/model';
import { scoreSet } from '../../../src/scoring';
import { validateSet } from '../../../src/sets/validate';
import { allRules } from '../../../src/rules/tree';
import { cli } from '../../support/cli';
import { fullMarksInputs } from '../../support/submissions';
import { copyOf, locate } from './helpers';

const IDS = ['phutho-2025-so', 'phutho-2025-xa'];
const PILLARS = [
  ['Nhận thức số', 100], ['Thể chế số', 100], ['Hạ tầng số', 100], ['Nhân lực số', 100], ['An toàn thông tin mạng', 100],
  ['Hoạt động chính quyền số', 200], ['Hoạt động kinh tế số – xã hội số', 300],
];

const so = copyOf('phutho-2025-so');
const xa = copyOf('phutho-2025-xa');
const full = (set: CriteriaSet) => fullMarksInputs(set, 'Đơn vị thử');
const score = (set: CriteriaSet, change: Inputs) => scoreSet(set, { ...full(set), ...change });
const pointsOf = (set: CriteriaSet, change: Inputs, code: string) => score(set, change).criteria.find((c) => c.code === code)?.points;

describe('the 2025 DTI sets', () => {
  test.each(IDS)('%s validates with no error and no warning', (id) => {
    const { set, issues } = validateSet(copyOf(id));
    expect(issues).toEqual([]);
    expect(set?.id).toBe(id);
  });

  test.each(IDS)('%s: the seven published pillars, 1,000 points, two decimals, issued by the Sở Khoa học và Công nghệ', (id) => {
    const set = copyOf(id);
    const normal = set.sections.filter((s) => s.role === undefined);
    expect(normal.map((s) => [s.name, s.max])).toEqual(PILLARS);
    expect(set).toMatchObject({ year: 2025, maxTotal: 1000, precision: 2, issuingBody: 'Sở Khoa học và Công nghệ', legalBasis: { decision: '2953/QĐ-UBND', date: '2022-11-09' } });
    for (const section of normal) {
      expect(section.criteria.filter((c) => c.role === undefined).reduce((t, c) => t + c.max, 0)).toBe(section.max);
    }
    expect(set.sections.filter((s) => s.role).map((s) => s.role)).toEqual(['bonus', 'deduction']);
  });

  test('their groups: the province agencies, and the communes and wards of the two-level government', () => {
    expect([so.group, so.groupName, so.groupLevel]).toEqual(['so', 'Sở, ban, ngành', 'tinh']);
    expect([xa.group, xa.groupName, xa.groupLevel]).toEqual(['xa', 'UBND xã, phường', 'xa']);
  });

  test.each(IDS)('%s says honestly what is official and what is reconstructed, with reasons', (id) => {
    const { provenance } = copyOf(id);
    const official = provenance.official.join(' ');
    for (const source of ['2953/QĐ-UBND', '469/QĐ-UBND', '42/QĐ-UBND', '922/QĐ-BTTTT']) expect(official).toContain(source);
    const reconstructed = provenance.reconstructed.join(' ');
    expect(reconstructed).toMatch(/Toàn bộ các chỉ số thành phần .* được dựng lại/);
    expect(reconstructed).toMatch(/Điểm thưởng.*điểm trừ.*Không áp dụng/s);
    expect(reconstructed).toMatch(/Không xếp loại/);
    expect(provenance.note).toMatch(/dựng lại.*Cần đối chiếu với phụ lục chính thức/s);
    expect(copyOf(id).bands).toEqual([]);
  });

  test('together they use deductions, levels, sub-indices, bonus, deduction items and not-applicable criteria', () => {
    for (const set of [so, xa]) {
      const kinds = new Set(set.sections.flatMap((s) => s.criteria.flatMap((c) => allRules(c.rule).map((r) => r.kind))));
      for (const kind of ['deduct', 'levels', 'level', 'subindex', 'ratio', 'choice']) expect(kinds).toContain(kind);
      const criteria = set.sections.flatMap((s) => s.criteria);
      expect(criteria.some((c) => c.role === 'deduction')).toBe(true);
      expect(criteria.some((c) => c.notApplicable?.policy === 'rescale')).toBe(true);
    }
    expect(so.sections.some((s) => s.bonusMax !== undefined && s.criteria.some((c) => c.role === 'bonus'))).toBe(true);
    expect(xa.sections.flatMap((s) => s.criteria).some((c) => c.notApplicable?.policy === 'fixed')).toBe(true);
  });

  test('`sets` lists the two 2025 sets', () => {
    const run = cli('sets');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^phutho-2025-so +2025 +so +Phụ lục I +tối đa 1000 +Bộ chỉ số .*chuyển đổi số/m);
    expect(run.out).toMatch(/^phutho-2025-xa +2025 +xa +Phụ lục II +tối đa 1000 +.*Khối UBND xã, phường$/m);
  });
});

describe('the 2025 sets score as their "Cách tính điểm" says', () => {
  test.each([so, xa])('full marks are exactly 1,000 ($id)', (set) => {
    expect(scoreSet(set, full(set)).total).toBe(1000);
  });

  test('an information-security incident takes 10 points off 5.3, never below 0', () => {
    expect(pointsOf(so, {}, '5.3')).toBe(40);
    expect(pointsOf(so, { so_su_co_attt: 1 }, '5.3')).toBe(30);
    expect(pointsOf(so, { so_su_co_attt: 1, tham_gia_dien_tap: 'Không' }, '5.3')).toBe(20);
    expect(pointsOf(so, { so_su_co_attt: 9 }, '5.3')).toBe(0);
    expect(score(so, { so_su_co_attt: 9 }).total).toBe(960);
  });

  test('"Không áp dụng" takes a criterion out and rescales the total; a fixed one gets its points', () => {
    const marked = score(so, { [notApplicableId('6.1')]: NOT_APPLICABLE, so_ho_so_truc_tuyen: 0 });
    expect(marked.applicableMax).toBe(960);
    expect(marked.total).toBe(1000);
    // half the digitised records too: 15 of 30 lost; 945 of the 960 points that apply, rescaled
    const half = score(so, { [notApplicableId('6.1')]: NOT_APPLICABLE, so_ho_so_so_hoa: (full(so).so_ho_so_giai_quyet as number) / 2 });
    expect(half.total).toBe(Math.round(((945 * 1000) / 960) * 100) / 100);
    expect(pointsOf(xa, { [notApplicableId('5.2')]: NOT_APPLICABLE, so_httt_phe_duyet_cap_do: 0 }, '5.2')).toBe(20);
  });

  test('bonus points lift the total above 1,000, at most by the set\'s maxBonus', () => {
    expect(score(so, { duoc_khen_thuong_cds: 'Có' }).total).toBe(1010);
    expect(score(so, { duoc_khen_thuong_cds: 'Có', so_mo_hinh_cds_cong_nhan: 5 }).total).toBe(1030);
    expect(score(xa, { so_mo_hinh_cds_cong_nhan: 1 }).total).toBe(1010);
  });

  test('deductions: an item of its pillar (late synchronisation) and the total-level cases', () => {
    expect(score(so, { so_lan_cham_dong_bo: 3 }).sections.find((s) => s.code === 'VI')?.points).toBe(194);
    expect(score(so, { so_lan_cham_dong_bo: 3 }).total).toBe(994);
    expect(score(xa, { bi_tan_cong_thay_doi_noi_dung: 'Có' }).total).toBe(980);
    expect(score(xa, { bi_tan_cong_thay_doi_noi_dung: 'Có', so_thong_bao_vi_pham_attt: 3 }).total).toBe(970);
  });

  test('the website levels are reached only with every lower level', () => {
    const code = locate(xa, '6.5').criterion.code;
    expect(pointsOf(xa, {}, code)).toBe(30);
    expect(pointsOf(xa, { muc_cong_khai_du_lieu: 'Một phần' }, code)).toBe(25);
    expect(pointsOf(xa, { co_hoi_dap_truc_tuyen: 'Không' }, code)).toBe(10);
    expect(pointsOf(xa, { co_trang_ttdt: 'Không' }, code)).toBe(0);
  });

  test('the sub-index weighs its normalised values: half the computers, 2 of 4 weights at 0.5', () => {
    expect(pointsOf(xa, { ty_le_may_tinh_dat_chuan: 0.5 }, '3.1')).toBe(30);
    expect(pointsOf(xa, { so_diem_wifi_cong_cong: 1 }, '7.5')).toBe(48);
  });

  test('the head of the unit leading digital transformation: full marks; a deputy: half', () => {
    expect(pointsOf(xa, { truong_ban_chi_dao_cds: 'Phó Chủ tịch UBND' }, '1.1')).toBe(10);
    expect(pointsOf(so, { nguoi_chi_dao_cds: 'Chưa phân công' }, '1.1')).toBe(0);
  });
});
