// The worked example in a blank definition workbook: a small, complete set that passes every
// check and uses every rule kind, bonus and deduction items and sections, criteria a unit may
// mark not applicable and checks that void criteria, so an author sees each construct in place
// and replaces it. The LibreOffice agreement suite recalculates it too.

import type { CriteriaSet, InputField } from '../criteria/model';

const count = (id: string, label: string, unit = 'người'): InputField => ({ id, label, type: 'integer', unit, min: 0, required: true });
const yes = (id: string, label: string): InputField => ({ id, label, type: 'yesno', required: true });

export const EXAMPLE_SET: CriteriaSet = {
  id: 'vi-du-bo-tieu-chi',
  title: 'VÍ DỤ — Bộ tiêu chí đánh giá mức độ chính quyền điện tử (thay bằng bộ tiêu chí thật)',
  year: 2025,
  province: 'Phú Thọ',
  legalBasis: { decision: '.../QĐ-UBND', date: '2025-01-15', issuer: 'UBND tỉnh Phú Thọ' },
  group: 'so',
  groupName: 'Sở, ban, ngành',
  formName: 'Phụ lục I',
  issuingBody: 'Sở Thông tin và Truyền thông',
  dataPeriod: { from: '2024-10-01', to: '2025-09-30' },
  deadline: '2025-10-15',
  sendTo: 'Sở Thông tin và Truyền thông (bản mềm gửi qua thư điện tử)',
  maxTotal: 80,
  maxBonus: 5,
  precision: 1,
  bands: [
    { label: 'Tốt', min: 68 },
    { label: 'Khá', min: 56 },
    { label: 'Trung bình', min: 40 },
    { label: 'Yếu', min: 0 },
  ],
  generalFields: [
    { id: 'ten_don_vi', label: 'Tên cơ quan, đơn vị', type: 'text', required: true },
    { id: 'dia_chi', label: 'Địa chỉ', type: 'text', required: false },
    { ...count('tong_so_cbccvc', 'Tổng số cán bộ, công chức, viên chức (CBCCVC)'), help: 'Tính đến cuối kỳ số liệu.' },
    { id: 'nguoi_lien_he', label: 'Người liên hệ (họ tên, chức vụ, điện thoại)', type: 'text', required: false },
  ],
  sections: [
    {
      code: 'I',
      name: 'Hạ tầng kỹ thuật CNTT',
      max: 20,
      criteria: [
        { code: '1.1', name: 'Tỷ lệ CBCCVC được trang bị máy tính', guidance: '(Số CBCCVC có máy tính / Tổng số CBCCVC) × 5', max: 5, evidenceRequired: false, fields: [count('so_cbccvc_co_may_tinh', 'Số CBCCVC được trang bị máy tính')], rule: { kind: 'ratio', num: { field: 'so_cbccvc_co_may_tinh' }, den: { field: 'tong_so_cbccvc' } } },
        { code: '1.2', name: 'Băng thông Internet bình quân', guidance: '(Băng thông của đơn vị / Băng thông cao nhất trong nhóm) × 5', max: 5, evidenceRequired: false, fields: [{ id: 'bang_thong_binh_quan', label: 'Băng thông Internet bình quân trên một CBCCVC', type: 'decimal', unit: 'Mbps', min: 0, required: true }], rule: { kind: 'cohort', field: 'bang_thong_binh_quan', reference: 1 } },
        { code: '1.3', name: 'Mạng nội bộ và kết nối mạng chuyên dùng', guidance: 'Có mạng LAN: 2 điểm; kết nối mạng truyền số liệu chuyên dùng: 2 điểm', max: 4, evidenceRequired: true, fields: [yes('co_mang_lan', 'Có mạng nội bộ (LAN)'), yes('ket_noi_mang_tslcd', 'Kết nối mạng truyền số liệu chuyên dùng')], rule: { kind: 'tiers', items: [{ field: 'co_mang_lan', points: 2 }, { field: 'ket_noi_mang_tslcd', points: 2 }] } },
        { code: '1.4', name: 'Phòng máy chủ', guidance: 'Có phòng máy chủ: 4 điểm; đạt tiêu chuẩn: thêm 2 điểm', max: 6, evidenceRequired: true, fields: [yes('co_phong_may_chu', 'Có phòng máy chủ'), yes('phong_may_chu_dat_chuan', 'Phòng máy chủ đạt tiêu chuẩn')], rule: { kind: 'when', field: 'co_phong_may_chu', then: { kind: 'tiers', items: [{ field: 'co_phong_may_chu', points: 4 }, { field: 'phong_may_chu_dat_chuan', points: 2 }] } } },
      ],
    },
    {
      code: 'II',
      name: 'Ứng dụng CNTT trong hoạt động của cơ quan',
      max: 30,
      bonusMax: 2,
      criteria: [
        { code: '2.1', name: 'Họp trực tuyến', guidance: 'Từ 4 cuộc: 10 điểm; 3 cuộc: 7,5; 2 cuộc: 5; 1 cuộc: 2,5', max: 10, evidenceRequired: true, fields: [count('so_cuoc_hop_truc_tuyen', 'Số cuộc họp trực tuyến đã tổ chức', 'cuộc')], rule: { kind: 'steps', of: { field: 'so_cuoc_hop_truc_tuyen' }, steps: [{ atLeast: 1, points: 2.5 }, { atLeast: 2, points: 5 }, { atLeast: 3, points: 7.5 }, { atLeast: 4, points: 10 }] } },
        { code: '2.2', name: 'Phần mềm quản lý văn bản', guidance: 'Toàn bộ: 8 điểm; một phần: 4 điểm', max: 8, evidenceRequired: true, fields: [{ id: 'muc_do_qlvb', label: 'Mức độ sử dụng phần mềm quản lý văn bản', type: 'choice', required: true, choices: [{ label: 'Chưa triển khai' }, { label: 'Triển khai một phần' }, { label: 'Triển khai toàn bộ' }] }], rule: { kind: 'choice', field: 'muc_do_qlvb', points: [{ label: 'Triển khai một phần', points: 4 }, { label: 'Triển khai toàn bộ', points: 8 }] } },
        { code: '2.3', name: 'Chữ ký số', guidance: 'Cao nhất của: (văn bản ký số / văn bản đi) × 5; hoặc tích hợp ký số vào phần mềm: 3 điểm', max: 5, evidenceRequired: false, fields: [count('so_van_ban_di', 'Số văn bản đi', 'văn bản'), count('so_van_ban_ky_so', 'Số văn bản đi được ký số', 'văn bản'), yes('ky_so_tich_hop_qlvb', 'Ký số tích hợp trong phần mềm quản lý văn bản')], rule: { kind: 'best', cases: [{ kind: 'ratio', num: { field: 'so_van_ban_ky_so' }, den: { field: 'so_van_ban_di' } }, { kind: 'yesno', field: 'ky_so_tich_hop_qlvb', points: 3 }] } },
        { code: '2.4', name: 'Cơ sở dữ liệu chuyên ngành', guidance: '1 điểm cho mỗi CSDL, tối đa 5; dùng chung với cơ quan khác: 2 điểm; tổng tối đa 7', max: 7, evidenceRequired: true, fields: [{ id: 'so_csdl', label: 'Số cơ sở dữ liệu chuyên ngành đang vận hành', type: 'count', unit: 'CSDL', min: 0, required: true }, yes('co_csdl_dung_chung', 'Có CSDL dùng chung với cơ quan khác')], rule: { kind: 'sum', cap: 7, of: [{ kind: 'count', field: 'so_csdl', each: 1, cap: 5 }, { kind: 'yesno', field: 'co_csdl_dung_chung', points: 2 }] } },
        { code: '2.5', name: 'Sáng kiến ứng dụng CNTT được công nhận (điểm thưởng)', max: 2, evidenceRequired: true, role: 'bonus', fields: [count('so_sang_kien', 'Số sáng kiến ứng dụng CNTT được công nhận', 'sáng kiến')], rule: { kind: 'count', field: 'so_sang_kien', each: 1, cap: 2 } },
        { code: '2.6', name: 'Văn bản điện tử bị trả lại do sai thể thức (điểm trừ)', max: 3, evidenceRequired: false, role: 'deduction', fields: [count('so_van_ban_bi_tra_lai', 'Số văn bản điện tử bị trả lại do sai thể thức', 'văn bản')], rule: { kind: 'count', field: 'so_van_ban_bi_tra_lai', each: 0.5, cap: 3 } },
      ],
    },
    {
      code: 'III',
      name: 'Nhân lực cho ứng dụng CNTT',
      max: 10,
      criteria: [
        { code: '3.1', name: 'Tập huấn và chuẩn kỹ năng CNTT', guidance: 'Thấp hơn của hai tỷ lệ: CBCCVC được tập huấn; CBCCVC đạt chuẩn kỹ năng — nhân 5', max: 5, evidenceRequired: false, fields: [count('so_cbccvc_duoc_tap_huan', 'Số CBCCVC được tập huấn CNTT'), count('so_cbccvc_dat_chuan', 'Số CBCCVC đạt chuẩn kỹ năng sử dụng CNTT')], rule: { kind: 'min', of: [{ kind: 'ratio', num: { field: 'so_cbccvc_duoc_tap_huan' }, den: { field: 'tong_so_cbccvc' } }, { kind: 'ratio', num: { field: 'so_cbccvc_dat_chuan' }, den: { field: 'tong_so_cbccvc' } }] } },
        { code: '3.2', name: 'Cán bộ phụ trách CNTT', guidance: 'Chuyên trách: 5 điểm; kiêm nhiệm: 3 điểm', max: 5, evidenceRequired: true, fields: [yes('co_can_bo_chuyen_trach', 'Có cán bộ chuyên trách CNTT'), yes('co_can_bo_kiem_nhiem', 'Có cán bộ kiêm nhiệm CNTT')], rule: { kind: 'max', of: [{ kind: 'yesno', field: 'co_can_bo_chuyen_trach', points: 5 }, { kind: 'yesno', field: 'co_can_bo_kiem_nhiem', points: 3 }] } },
      ],
    },
    {
      code: 'IV',
      name: 'Cung cấp dịch vụ công trực tuyến',
      max: 20,
      criteria: [
        {
          code: '4.1',
          name: 'Mức độ dịch vụ công trực tuyến',
          max: 8,
          evidenceRequired: true,
          notApplicable: { policy: 'rescale' },
          fields: [yes('co_thong_tin_dvc', 'Có thông tin thủ tục hành chính trên cổng'), yes('co_bieu_mau_dien_tu', 'Có biểu mẫu điện tử để tải về'), yes('co_nop_truc_tuyen', 'Nhận hồ sơ nộp trực tuyến'), count('so_ho_so_truc_tuyen', 'Số hồ sơ nhận trực tuyến trong kỳ', 'hồ sơ'), { id: 'muc_thanh_toan', label: 'Thanh toán trực tuyến', type: 'choice', required: true, choices: [{ label: 'Chưa có' }, { label: 'Một phần' }, { label: 'Toàn bộ' }] }],
          rule: {
            kind: 'levels',
            levels: [
              { kind: 'level', label: 'Hiện diện', points: 2, conditions: [{ field: 'co_thong_tin_dvc' }] },
              { kind: 'level', label: 'Tương tác', points: 4, conditions: [{ field: 'co_bieu_mau_dien_tu' }] },
              { kind: 'level', label: 'Giao dịch', points: 6, conditions: [{ field: 'co_nop_truc_tuyen' }, { field: 'so_ho_so_truc_tuyen', atLeast: 1 }] },
              { kind: 'level', label: 'Chuyển đổi', points: 8, conditions: [{ field: 'muc_thanh_toan', equals: 'Toàn bộ' }] },
            ],
          },
        },
        {
          code: '4.2',
          name: 'Chỉ số chuyển đổi số của dịch vụ công',
          max: 6,
          evidenceRequired: false,
          notApplicable: { policy: 'fixed', points: 3 },
          fields: [{ id: 'ty_le_ho_so_truc_tuyen', label: 'Tỷ lệ hồ sơ xử lý trực tuyến', type: 'percent', unit: '%', min: 0, max: 1, required: true }, count('so_csdl_chia_se', 'Số cơ sở dữ liệu chia sẻ qua nền tảng', 'CSDL'), { id: 'diem_hai_long', label: 'Điểm hài lòng của người dân (0–10)', type: 'decimal', min: 0, max: 10, required: true }, yes('co_ke_hoach_cds', 'Có kế hoạch chuyển đổi số được phê duyệt')],
          rule: { kind: 'subindex', items: [{ field: 'ty_le_ho_so_truc_tuyen', weight: 2, target: 1 }, { field: 'so_csdl_chia_se', weight: 1, target: 5 }, { field: 'diem_hai_long', weight: 1, best: true }, { field: 'co_ke_hoach_cds', weight: 1 }] },
        },
        {
          code: '4.3',
          name: 'Cập nhật thông tin trên cổng dịch vụ công',
          max: 6,
          evidenceRequired: false,
          fields: [count('so_tin_cap_nhat', 'Số tin, bài cập nhật đúng hạn', 'tin'), count('so_tin_phai_cap_nhat', 'Số tin, bài phải cập nhật', 'tin'), count('so_lan_cham_cap_nhat', 'Số lần cập nhật chậm', 'lần'), yes('co_thong_tin_sai', 'Có thông tin sai phải đính chính')],
          rule: { kind: 'deduct', from: { kind: 'ratio', num: { field: 'so_tin_cap_nhat' }, den: { field: 'so_tin_phai_cap_nhat' } }, less: [{ kind: 'count', field: 'so_lan_cham_cap_nhat', each: 0.5, cap: 2 }, { kind: 'yesno', field: 'co_thong_tin_sai', points: 1 }] },
        },
      ],
    },
    {
      code: 'V',
      name: 'Điểm thưởng',
      max: 5,
      role: 'bonus',
      criteria: [
        { code: '5.1', name: 'Được khen thưởng về chuyển đổi số trong kỳ', max: 3, evidenceRequired: true, fields: [yes('duoc_khen_thuong_cds', 'Được khen thưởng về chuyển đổi số')], rule: { kind: 'level', points: 3, conditions: [{ field: 'duoc_khen_thuong_cds' }] } },
        { code: '5.2', name: 'Mô hình chuyển đổi số được nhân rộng', max: 3, evidenceRequired: true, fields: [count('so_mo_hinh_nhan_rong', 'Số mô hình được nhân rộng', 'mô hình')], rule: { kind: 'count', field: 'so_mo_hinh_nhan_rong', each: 1.5, cap: 3 } },
      ],
    },
    {
      code: 'VI',
      name: 'Các trường hợp bị trừ điểm',
      max: 10,
      role: 'deduction',
      criteria: [
        { code: '6.1', name: 'Chậm gửi báo cáo (mỗi lần trừ 1 điểm, tối đa 5 điểm)', max: 5, evidenceRequired: false, fields: [count('so_lan_cham_bao_cao', 'Số lần chậm gửi báo cáo', 'lần')], rule: { kind: 'count', field: 'so_lan_cham_bao_cao', each: 1, cap: 5 } },
        { code: '6.2', name: 'Để xảy ra sự cố mất an toàn thông tin', max: 5, evidenceRequired: false, fields: [yes('co_su_co_attt', 'Có sự cố mất an toàn thông tin')], rule: { kind: 'yesno', field: 'co_su_co_attt', points: 5 } },
      ],
    },
  ],
  checks: [
    { left: 'so_cbccvc_co_may_tinh', op: '<=', right: 'tong_so_cbccvc', message: 'Số CBCCVC có máy tính không được lớn hơn tổng số CBCCVC.' },
    { left: 'so_van_ban_ky_so', op: '<=', right: 'so_van_ban_di', message: 'Số văn bản được ký số không được lớn hơn số văn bản đi.', voids: ['2.3'] },
    { left: 'so_cbccvc_duoc_tap_huan', op: '<=', right: 'tong_so_cbccvc', message: 'Số CBCCVC được tập huấn không được lớn hơn tổng số CBCCVC.', voids: ['3.1'] },
    { left: 'so_tin_cap_nhat', op: '<=', right: 'so_tin_phai_cap_nhat', message: 'Số tin, bài cập nhật đúng hạn không được lớn hơn số tin, bài phải cập nhật.' },
  ],
  provenance: {
    official: [],
    reconstructed: ['Toàn bộ nội dung là ví dụ minh hoạ cách soạn bộ tiêu chí, không phải bộ tiêu chí chính thức.'],
    note: 'Đây là bộ tiêu chí VÍ DỤ: hãy thay thông tin, các nhóm, tiêu chí, trường số liệu và xếp loại bằng nội dung của bộ tiêu chí thật.',
  },
};
