// The worked example in a blank definition workbook: a small, complete set that passes every
// check and uses every rule kind, so an author sees each construct in place and replaces it.

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
  maxTotal: 60,
  precision: 1,
  bands: [
    { label: 'Tốt', min: 51 },
    { label: 'Khá', min: 42 },
    { label: 'Trung bình', min: 30 },
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
      criteria: [
        { code: '2.1', name: 'Họp trực tuyến', guidance: 'Từ 4 cuộc: 10 điểm; 3 cuộc: 7,5; 2 cuộc: 5; 1 cuộc: 2,5', max: 10, evidenceRequired: true, fields: [count('so_cuoc_hop_truc_tuyen', 'Số cuộc họp trực tuyến đã tổ chức', 'cuộc')], rule: { kind: 'steps', of: { field: 'so_cuoc_hop_truc_tuyen' }, steps: [{ atLeast: 1, points: 2.5 }, { atLeast: 2, points: 5 }, { atLeast: 3, points: 7.5 }, { atLeast: 4, points: 10 }] } },
        { code: '2.2', name: 'Phần mềm quản lý văn bản', guidance: 'Toàn bộ: 8 điểm; một phần: 4 điểm', max: 8, evidenceRequired: true, fields: [{ id: 'muc_do_qlvb', label: 'Mức độ sử dụng phần mềm quản lý văn bản', type: 'choice', required: true, choices: [{ label: 'Chưa triển khai' }, { label: 'Triển khai một phần' }, { label: 'Triển khai toàn bộ' }] }], rule: { kind: 'choice', field: 'muc_do_qlvb', points: [{ label: 'Triển khai một phần', points: 4 }, { label: 'Triển khai toàn bộ', points: 8 }] } },
        { code: '2.3', name: 'Chữ ký số', guidance: 'Cao nhất của: (văn bản ký số / văn bản đi) × 5; hoặc tích hợp ký số vào phần mềm: 3 điểm', max: 5, evidenceRequired: false, fields: [count('so_van_ban_di', 'Số văn bản đi', 'văn bản'), count('so_van_ban_ky_so', 'Số văn bản đi được ký số', 'văn bản'), yes('ky_so_tich_hop_qlvb', 'Ký số tích hợp trong phần mềm quản lý văn bản')], rule: { kind: 'best', cases: [{ kind: 'ratio', num: { field: 'so_van_ban_ky_so' }, den: { field: 'so_van_ban_di' } }, { kind: 'yesno', field: 'ky_so_tich_hop_qlvb', points: 3 }] } },
        { code: '2.4', name: 'Cơ sở dữ liệu chuyên ngành', guidance: '1 điểm cho mỗi CSDL, tối đa 5; dùng chung với cơ quan khác: 2 điểm; tổng tối đa 7', max: 7, evidenceRequired: true, fields: [{ id: 'so_csdl', label: 'Số cơ sở dữ liệu chuyên ngành đang vận hành', type: 'count', unit: 'CSDL', min: 0, required: true }, yes('co_csdl_dung_chung', 'Có CSDL dùng chung với cơ quan khác')], rule: { kind: 'sum', cap: 7, of: [{ kind: 'count', field: 'so_csdl', each: 1, cap: 5 }, { kind: 'yesno', field: 'co_csdl_dung_chung', points: 2 }] } },
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
  ],
  checks: [
    { left: 'so_cbccvc_co_may_tinh', op: '<=', right: 'tong_so_cbccvc', message: 'Số CBCCVC có máy tính không được lớn hơn tổng số CBCCVC.' },
    { left: 'so_van_ban_ky_so', op: '<=', right: 'so_van_ban_di', message: 'Số văn bản được ký số không được lớn hơn số văn bản đi.' },
  ],
  provenance: {
    official: [],
    reconstructed: ['Toàn bộ nội dung là ví dụ minh hoạ cách soạn bộ tiêu chí, không phải bộ tiêu chí chính thức.'],
    note: 'Đây là bộ tiêu chí VÍ DỤ: hãy thay thông tin, các nhóm, tiêu chí, trường số liệu và xếp loại bằng nội dung của bộ tiêu chí thật.',
  },
};
