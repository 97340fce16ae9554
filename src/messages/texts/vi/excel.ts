// The Office.js adapter's messages (src/excel), in Vietnamese.

export const excel = {
  'excel.sheetMissing': 'Không tìm thấy trang tính “{sheet}” trong sổ tính.',
  'excel.sheetExists': 'Sổ tính đã có trang tính “{sheet}”; chọn ghi đè hoặc đặt tên khác.',
  'excel.eventsUnsupported':
    'Excel này không hỗ trợ theo dõi thay đổi (cần ExcelApi 1.7). Hãy bấm “Kiểm tra lại” sau khi nhập.',
  'excel.sheetProtected':
    'Không ghi được vào trang tính “{sheet}”: ô này bị khóa vì trang tính đang được bảo vệ. Chỉ nhập vào các ô nhập liệu, hoặc bỏ bảo vệ trang tính (Xem lại > Bỏ bảo vệ trang tính).',
  'excel.requirement.events':
    'Excel này quá cũ (thiếu ExcelApi 1.7): ngăn tác vụ không theo dõi được ô đang chọn và ô vừa sửa. Vui lòng dùng Excel 2021 trở lên, Microsoft 365 hoặc Excel trên web.',
  'excel.requirement.validation':
    'Thiếu ExcelApi 1.8: biểu mẫu sẽ không có danh sách chọn và kiểm tra dữ liệu trong ô; ngăn tác vụ vẫn kiểm tra giá trị khi bạn nhập.',
  'excel.requirement.print':
    'Thiếu ExcelApi 1.9: không đặt được thiết lập in (khổ A4, lề, số trang) và việc định dạng biểu mẫu sẽ chậm hơn. Hãy tự chỉnh thiết lập in trước khi in.',
  'excel.payloadTooLarge': 'Dữ liệu gửi tới Excel quá lớn cho một lần ghi.',
} as const;
