// The task pane's start view: choosing a criteria set and a unit's details, creating the form. In Vietnamese.

export const paneStart = {
  'pane.start.title': 'Tạo biểu mẫu tự đánh giá',
  'pane.start.intro': 'Trang tính đang mở chưa phải là biểu mẫu tự đánh giá. Chọn bộ tiêu chí, nhập thông tin đơn vị rồi bấm “Tạo biểu mẫu”. Nếu đơn vị đã có biểu mẫu, hãy mở trang tính đó rồi bấm “Làm mới”.',
  'pane.start.unknownSet': 'Trang tính “{sheet}” là biểu mẫu của bộ tiêu chí “{setId}”, không có sẵn trong phần bổ trợ này.',
  'pane.start.formUnreadable': 'Trang tính “{sheet}” có dấu hiệu là biểu mẫu nhưng không đọc được: {detail}',
  'pane.start.yearLabel': 'Năm đánh giá',
  'pane.start.groupLabel': 'Khối đơn vị',
  'pane.start.group.so': 'Sở, ban, ngành',
  'pane.start.group.huyen': 'UBND huyện, thành, thị',
  'pane.start.group.xa': 'UBND xã, phường, thị trấn',
  'pane.start.setSummary': '{formName} — tối đa {max} điểm',
  'pane.start.unitInfoTitle': 'Thông tin đơn vị',
  'pane.start.createForm': 'Tạo biểu mẫu',
  'pane.start.creating': 'Đang tạo biểu mẫu trong sổ tính…',
  'pane.start.createFailed': 'Không tạo được biểu mẫu: {detail}',
  'pane.start.fixUnitInfo': 'Hãy bổ sung hoặc sửa các thông tin được đánh dấu trước khi tạo biểu mẫu.',
  'pane.start.sheetExists': 'Sổ tính đã có trang tính “{name}”. Tạo lại sẽ ghi đè toàn bộ nội dung của trang tính đó.',
  'pane.start.replaceSheet': 'Ghi đè trang tính',
} as const;
