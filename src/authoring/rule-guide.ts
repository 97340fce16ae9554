// What each rule kind does and an example of its rows on tieu_chi, in Vietnamese and
// English: the instructions sheet shows it, and the format documentation follows it.

import type { RuleKind } from '../criteria/model';

export type GuideRow = Partial<Record<string, string | number>>;

export interface RuleGuide {
  kind: RuleKind;
  vi: string;
  en: string;
  /** The criterion row's rule cells, then any sub-rule rows (type rule, depth). */
  rows: GuideRow[];
}

export const RULE_GUIDE: readonly RuleGuide[] = [
  {
    kind: 'ratio',
    vi: 'Tỷ lệ: (tử số / mẫu số) × điểm, tỷ lệ giới hạn trong 0–1; mẫu số ≤ 0 cho 0 điểm. points trống = điểm tối đa của tiêu chí.',
    en: 'Ratio: (num / den) × points, the ratio clamped to 0–1; a denominator ≤ 0 gives 0. Blank points = the criterion max.',
    rows: [{ rule: 'ratio', num: 'so_cbccvc_co_may_tinh', den: 'tong_so_cbccvc' }],
  },
  {
    kind: 'steps',
    vi: 'Theo bậc: điểm của bậc cao nhất mà giá trị đạt tới (giá trị ≥ ngưỡng); không đạt bậc nào được 0 điểm.',
    en: 'Steps: the points of the highest threshold the value reaches (value ≥ threshold); none reached gives 0.',
    rows: [{ rule: 'steps', field: 'so_cuoc_hop_truc_tuyen', steps: '4:20; 3:15; 2:10; 1:5' }],
  },
  {
    kind: 'yesno',
    vi: 'Có/không: được points điểm khi trường có/không là “Có”.',
    en: 'Yes/no: points when the yes/no field is "Có".',
    rows: [{ rule: 'yesno', field: 'co_trang_ttdt', points: 3 }],
  },
  {
    kind: 'tiers',
    vi: 'Cộng dồn các mục có/không: mỗi mục “Có” được số điểm của mục đó; cap (không bắt buộc) là mức trần.',
    en: 'Tiered yes/no: each item that is "Có" adds its points; cap (optional) limits the sum.',
    rows: [{ rule: 'tiers', items: 'co_phong_may_chu:35; phong_may_chu_dat_chuan:5', cap: 40 }],
  },
  {
    kind: 'choice',
    vi: 'Theo lựa chọn: điểm theo nhãn được chọn trong trường kiểu choice; nhãn không ghi điểm được 0.',
    en: 'By choice: points by the label chosen in a choice field; unlisted labels give 0.',
    rows: [{ rule: 'choice', field: 'lanh_dao_phu_trach_cntt', choice_points: 'Chủ tịch:10; Phó chủ tịch:5' }],
  },
  {
    kind: 'count',
    vi: 'Đếm: each điểm cho mỗi mục, tối đa cap điểm.',
    en: 'Count: each points per item, at most cap.',
    rows: [{ rule: 'count', field: 'so_csdl_chuyen_nganh', each: 1, cap: 3 }],
  },
  {
    kind: 'best',
    vi: 'Trường hợp cao nhất: điểm lớn nhất trong các quy tắc con (các dòng rule ngay bên dưới, depth 1).',
    en: 'Best case: the largest of the sub-rules (the rule rows right below, depth 1).',
    rows: [
      { rule: 'best' },
      { type: 'rule', depth: 1, rule: 'ratio', num: 'so_van_ban_ky_so', den: 'so_van_ban_di' },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'ky_so_tich_hop_qlvb', points: 3 },
    ],
  },
  {
    kind: 'sum',
    vi: 'Tổng các quy tắc con; cap (không bắt buộc) là mức trần.',
    en: 'Sum of the sub-rules; cap (optional) limits it.',
    rows: [
      { rule: 'sum', cap: 5 },
      { type: 'rule', depth: 1, rule: 'count', field: 'so_csdl_chuyen_nganh', each: 1, cap: 3 },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'co_csdl_dung_chung', points: 2 },
    ],
  },
  {
    kind: 'min',
    vi: 'Nhỏ nhất trong các quy tắc con (đạt điểm khi đạt mọi điều kiện).',
    en: 'The smallest of the sub-rules (points only as far as every condition is met).',
    rows: [
      { rule: 'min' },
      { type: 'rule', depth: 1, rule: 'ratio', num: 'so_xa_mot_cua_dien_tu', den: 'so_xa' },
      { type: 'rule', depth: 1, rule: 'ratio', num: 'so_xa_dvc_muc_3', den: 'so_xa' },
    ],
  },
  {
    kind: 'max',
    vi: 'Lớn nhất trong các quy tắc con (giống best).',
    en: 'The largest of the sub-rules (like best).',
    rows: [
      { rule: 'max' },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'co_can_bo_chuyen_trach', points: 4 },
      { type: 'rule', depth: 1, rule: 'yesno', field: 'co_can_bo_kiem_nhiem', points: 2 },
    ],
  },
  {
    kind: 'when',
    vi: 'Có điều kiện: chỉ tính quy tắc con (đúng một dòng, depth 1) khi trường có/không ở cột field là “Có”; nếu không: 0.',
    en: 'Conditional: the one sub-rule (depth 1) counts only when the yes/no field is "Có"; else 0.',
    rows: [
      { rule: 'when', field: 'co_phong_may_chu' },
      { type: 'rule', depth: 1, rule: 'tiers', items: 'co_phong_may_chu:3; phong_may_chu_dat_chuan:2' },
    ],
  },
  {
    kind: 'cohort',
    vi: 'So với đơn vị cao nhất: (giá trị / giá trị lớn nhất trong nhóm) × điểm. Trên biểu mẫu của đơn vị, giá trị lớn nhất tạm tính là max(giá trị của đơn vị, reference); khi tổng hợp là giá trị lớn nhất của nhóm.',
    en: "Normalised to the best unit: (value / the group's largest) × points. In a unit's own form the largest is provisional: max(own value, reference); at consolidation it is the group's largest.",
    rows: [{ rule: 'cohort', field: 'bang_thong_binh_quan', reference: 1 }],
  },
];

/** "rule=ratio, num=a, den=b" — one row of the guide as text. */
export function guideRowText(row: GuideRow): string {
  return Object.entries(row)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}
