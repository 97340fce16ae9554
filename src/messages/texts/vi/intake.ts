// Taking in submitted files (src/consolidate/submission.ts): why a file or one of its forms
// is refused, in Vietnamese.

export const intake = {
  'intake.fileRejected': 'Tệp “{file}” bị từ chối: {detail}',
  'intake.macroByName': 'tệp có macro (.xlsm) không được chấp nhận; hãy lưu lại dưới dạng “Excel Workbook (*.xlsx)”.',
  'intake.empty': 'tệp rỗng (0 byte).',
  'intake.notAForm':
    'không có trang tính nào là biểu mẫu tự đánh giá (thiếu mã nhận dạng “#egov|form=”); hãy dùng biểu mẫu do phần mềm tạo ra.',
  'intake.unreadable': 'không đọc được tệp ({detail}).',
  'intake.sheetRejected': 'Tệp “{file}”, trang “{sheet}” bị từ chối: {detail}',
} as const;
