// Each rule kind: its row(s) on tieu_chi -> the Rule the set gets.

import { readCriteriaSheet } from '../../../src/authoring/parse-criteria';
import { CRITERIA_COLUMNS } from '../../../src/authoring/format';
import { AuthoringIssues } from '../../../src/authoring/issues';
import { PathMap } from '../../../src/authoring/path-map';
import { SheetReader } from '../../../src/authoring/reader';
import { RULE_GUIDE, type GuideRow } from '../../../src/authoring/rule-guide';
import { readTable } from '../../../src/authoring/table';
import { type Rule } from '../../../src/criteria/model';
import { RULE_KINDS } from '../../../src/rules/registry';
import { MemGrid } from './helpers';

/** A tieu_chi sheet with one section and one criterion whose rule rows are `rows`. */
function ruleOf(rows: GuideRow[]): { rule: unknown; issues: string[] } {
  const grid = new MemGrid('tieu_chi');
  CRITERIA_COLUMNS.forEach((column, col) => grid.set(0, col, column.key));
  const all: GuideRow[] = [{ type: 'section', code: 'I', name: 'Nhóm', max: 10 }, { type: 'criterion', code: '1.1', name: 'Tiêu chí', guidance: 'Cách tính', max: 10, ...rows[0] }, ...rows.slice(1)];
  all.forEach((row, r) => Object.entries(row).forEach(([key, value]) => grid.set(r + 1, grid.col(key), value ?? null)));
  const issues = new AuthoringIssues();
  const reader = new SheetReader(readTable(grid, CRITERIA_COLUMNS, issues), CRITERIA_COLUMNS, issues, new PathMap({ sheet: 'tieu_chi', row: 0, col: 0 }));
  const { sections } = readCriteriaSheet(reader);
  const criterion = (sections[0].criteria as { rule: unknown }[])[0];
  return { rule: criterion.rule, issues: issues.items.map((i) => `${i.cell} ${i.code}`) };
}

const EXPECTED: Record<(typeof RULE_KINDS)[number], Rule> = {
  ratio: { kind: 'ratio', num: { field: 'so_cbccvc_co_may_tinh' }, den: { field: 'tong_so_cbccvc' } },
  steps: { kind: 'steps', of: { field: 'so_cuoc_hop_truc_tuyen' }, steps: [{ atLeast: 4, points: 20 }, { atLeast: 3, points: 15 }, { atLeast: 2, points: 10 }, { atLeast: 1, points: 5 }] },
  yesno: { kind: 'yesno', field: 'co_trang_ttdt', points: 3 },
  tiers: { kind: 'tiers', items: [{ field: 'co_phong_may_chu', points: 35 }, { field: 'phong_may_chu_dat_chuan', points: 5 }], cap: 40 },
  choice: { kind: 'choice', field: 'lanh_dao_phu_trach_cntt', points: [{ label: 'Chủ tịch', points: 10 }, { label: 'Phó chủ tịch', points: 5 }] },
  count: { kind: 'count', field: 'so_csdl_chuyen_nganh', each: 1, cap: 3 },
  best: { kind: 'best', cases: [{ kind: 'ratio', num: { field: 'so_van_ban_ky_so' }, den: { field: 'so_van_ban_di' } }, { kind: 'yesno', field: 'ky_so_tich_hop_qlvb', points: 3 }] },
  sum: { kind: 'sum', cap: 5, of: [{ kind: 'count', field: 'so_csdl_chuyen_nganh', each: 1, cap: 3 }, { kind: 'yesno', field: 'co_csdl_dung_chung', points: 2 }] },
  min: { kind: 'min', of: [{ kind: 'ratio', num: { field: 'so_xa_mot_cua_dien_tu' }, den: { field: 'so_xa' } }, { kind: 'ratio', num: { field: 'so_xa_dvc_muc_3' }, den: { field: 'so_xa' } }] },
  max: { kind: 'max', of: [{ kind: 'yesno', field: 'co_can_bo_chuyen_trach', points: 4 }, { kind: 'yesno', field: 'co_can_bo_kiem_nhiem', points: 2 }] },
  when: { kind: 'when', field: 'co_phong_may_chu', then: { kind: 'tiers', items: [{ field: 'co_phong_may_chu', points: 3 }, { field: 'phong_may_chu_dat_chuan', points: 2 }] } },
  cohort: { kind: 'cohort', field: 'bang_thong_binh_quan', reference: 1 },
  subindex: {
    kind: 'subindex',
    points: 20,
    items: [
      { field: 'ty_le_ho_so_truc_tuyen', target: 1, weight: 2 },
      { field: 'so_csdl_chia_se', target: 10, weight: 1 },
      { field: 'bang_thong_binh_quan', best: true, weight: 1 },
      { field: 'co_ke_hoach_cds', weight: 1 },
    ],
  },
  levels: {
    kind: 'levels',
    levels: [
      { kind: 'level', label: 'Hiện diện', points: 2, conditions: [{ field: 'co_cong_dvc' }] },
      { kind: 'level', label: 'Tương tác', points: 4, conditions: [{ field: 'co_bieu_mau_dien_tu' }] },
      { kind: 'level', label: 'Giao dịch', points: 6, conditions: [{ field: 'co_nop_truc_tuyen' }, { field: 'so_ho_so_truc_tuyen', atLeast: 1 }] },
    ],
  },
  level: { kind: 'level', label: 'Đạt chuẩn', points: 4, conditions: [{ field: 'co_phong_may_chu' }, { field: 'so_may_chu', atLeast: 2 }] },
  deduct: {
    kind: 'deduct',
    from: { kind: 'ratio', num: { field: 'so_tin_bai_dang_tai' }, den: { field: 'so_tin_bai_phai_dang' } },
    less: [{ kind: 'count', field: 'so_lan_cham_cap_nhat', each: 0.5, cap: 2 }],
  },
};

describe('a rule row of each kind', () => {
  it('the guide has an example for every kind', () => {
    expect(RULE_GUIDE.map((g) => g.kind)).toEqual([...RULE_KINDS]);
  });

  it.each(RULE_GUIDE.map((guide) => [guide.kind, guide] as const))('%s: the guide example gives the expected rule', (kind, guide) => {
    expect(ruleOf(guide.rows)).toEqual({ rule: EXPECTED[kind], issues: [] });
  });

  it('ratio: a number is a constant operand and points are optional', () => {
    expect(ruleOf([{ rule: 'ratio', num: 'so_bai', den: 12, points: 4 }]).rule).toEqual({ kind: 'ratio', num: { field: 'so_bai' }, den: { value: 12 }, points: 4 });
  });

  it('level: conditions on a yes/no, a number (also a percentage) and a choice label', () => {
    expect(ruleOf([{ rule: 'level', points: 3, conditions: 'co_a; ty_le>=50%; so_b >= 2,5; muc=Toàn bộ' }]).rule).toEqual({
      kind: 'level',
      points: 3,
      conditions: [{ field: 'co_a' }, { field: 'ty_le', atLeast: 0.5 }, { field: 'so_b', atLeast: 2.5 }, { field: 'muc', equals: 'Toàn bộ' }],
    });
  });

  it('level: a malformed condition is reported at its cell with the expected form', () => {
    const { rule, issues } = ruleOf([{ rule: 'level', points: 3, conditions: 'co_a; so_b>=nhiều' }]);
    expect(rule).toEqual({ kind: 'level', points: 3 });
    expect(issues).toEqual(['S3 badList']);
  });

  it('deduct: the first sub-rule row gives the points, the following ones are deductions', () => {
    const rows: GuideRow[] = [
      { rule: 'deduct' },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'co_a', points: 5 },
      { type: 'rule', depth: 1, rule: 'count', field: 'so_lan', each: 1, cap: 3 },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'co_su_co', points: 2 },
    ];
    expect(ruleOf(rows)).toEqual({
      rule: { kind: 'deduct', from: { kind: 'yesno', field: 'co_a', points: 5 }, less: [{ kind: 'count', field: 'so_lan', each: 1, cap: 3 }, { kind: 'yesno', field: 'co_su_co', points: 2 }] },
      issues: [],
    });
  });

  it('cohort: points and reference are optional', () => {
    expect(ruleOf([{ rule: 'cohort', field: 'bang_thong', points: 3 }]).rule).toEqual({ kind: 'cohort', field: 'bang_thong', points: 3 });
  });

  it('the rule kind is read case-insensitively', () => {
    expect(ruleOf([{ rule: 'YesNo', field: 'co_x', points: 1 }]).rule).toEqual({ kind: 'yesno', field: 'co_x', points: 1 });
  });

  it('nests sub-rules by depth: best of (sum of two yes/no) and a ratio', () => {
    const rows: GuideRow[] = [
      { rule: 'best' },
      { type: 'rule', depth: 1, rule: 'sum' },
      { type: 'rule', depth: 2, rule: 'yesno', field: 'a', points: 1 },
      { type: 'rule', depth: 2, rule: 'yesno', field: 'b', points: 2 },
      { type: 'rule', depth: 1, rule: 'ratio', num: 'c', den: 'd' },
    ];
    expect(ruleOf(rows)).toEqual({
      rule: { kind: 'best', cases: [{ kind: 'sum', of: [{ kind: 'yesno', field: 'a', points: 1 }, { kind: 'yesno', field: 'b', points: 2 }] }, { kind: 'ratio', num: { field: 'c' }, den: { field: 'd' } }] },
      issues: [],
    });
  });

  it('a sub-rule row may leave type blank and depth blank (depth 1)', () => {
    expect(ruleOf([{ rule: 'max' }, { rule: 'yesno', field: 'a', points: 1 }, { rule: 'yesno', field: 'b', points: 2 }]).rule).toEqual({
      kind: 'max',
      of: [{ kind: 'yesno', field: 'a', points: 1 }, { kind: 'yesno', field: 'b', points: 2 }],
    });
  });
});
