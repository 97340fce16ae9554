// The Office.js adapter's messages (src/excel), in Vietnamese.

export const excel = {
  'excel.sheetMissing': 'Không tìm thấy trang tính “{sheet}” trong sổ tính.',
  'excel.sheetExists': 'Sổ tính đã có trang tính “{sheet}”; chọn ghi đè hoặc đặt tên khác.',
  'excel.eventsUnsupported':
    'Excel này không hỗ trợ theo dõi thay đổi (cần ExcelApi 1.7). Hãy bấm “Kiểm tra lại” sau khi nhập.',
  'excel.sheetProtected':
    'Không ghi được vào trang tính “{sheet}”: ô này bị khóa vì trang tính đang được bảo vệ. Chỉ nhập vào các ô nhập liệu, hoặc bỏ bảo vệ trang tính (Xem lại > Bỏ bảo vệ trang tính).',
  'excel.payloadTooLarge': 'Dữ liệu gửi tới Excel quá lớn cho một lần ghi.',
} as const;
