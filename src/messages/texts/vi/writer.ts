// Writing a planned workbook (src/xlsx writer, src/plan addresses, the Excel adapter): a plan the
// writer cannot put into a workbook, and Excel not answering, in Vietnamese. A plan is made by
// the program, so most of these name a fault to report, with what was wrong.

export const writer = {
  'writer.notFinite': 'không ghi được giá trị {value} vào ô: ô chỉ chứa được số hữu hạn',
  'writer.notFinite.at': 'không ghi được giá trị {value} vào ô {cell}: ô chỉ chứa được số hữu hạn',
  'writer.listItemComma': 'mục “{item}” của danh sách chọn chứa dấu phẩy: danh sách chọn của Excel phân tách bằng dấu phẩy',
  'writer.listTooLong': 'danh sách chọn dài quá {limit:number} ký tự, giới hạn của Excel',
  'writer.numberValidationBounds': 'kiểm tra dữ liệu kiểu số cần giá trị nhỏ nhất hoặc lớn nhất',
  'writer.badColour': 'màu “{colour}” không hợp lệ (cần dạng #RRGGBB)',
  'writer.unknownStyle': 'kiểu “{style}” không có trong kế hoạch của sổ tính',
  'writer.noSheet': 'sổ tính cần ít nhất một trang tính',
  'writer.noVisibleSheet': 'sổ tính cần ít nhất một trang tính không ẩn',
  'writer.badSheetName': 'tên trang tính “{name}” không hợp lệ trong Excel (tối đa 31 ký tự, không chứa : \\ / ? * [ ])',
  'writer.duplicateSheetName': 'tên trang tính “{name}” bị trùng',
  'writer.columnOutOfRange': 'cột số {col} nằm ngoài trang tính của Excel',
  'writer.rowOutOfRange': 'dòng số {row} nằm ngoài trang tính của Excel',
  'writer.skippedTitle': 'Excel này không có một số tính năng nên đã bỏ qua chúng khi ghi trang tính; số liệu và công thức vẫn được ghi đầy đủ:',
  'writer.skipped.freeze': 'Trang tính “{sheet}”: không cố định được dòng tiêu đề (Excel này chưa có ExcelApi 1.7).',
  'writer.skipped.tabColour': 'Trang tính “{sheet}”: không tô được màu thẻ (Excel này chưa có ExcelApi 1.7).',
  'writer.skipped.validation': 'Trang tính “{sheet}”: không đặt được kiểm tra dữ liệu trong ô (Excel này chưa có ExcelApi 1.8).',
  'writer.skipped.dropDown': 'Trang tính “{sheet}”, vùng {range}: bỏ qua danh sách chọn vì {reason:message}.',
  'writer.skipped.conditional': 'Trang tính “{sheet}”: không tô màu có điều kiện được (Excel này chưa có ExcelApi 1.6).',
  'writer.skipped.print': 'Trang tính “{sheet}”: không đặt được thiết lập in (Excel này chưa có ExcelApi 1.9).',
  'writer.skipped.chartCategories': 'Trang tính “{sheet}”: biểu đồ không có nhãn danh mục (Excel này chưa có ExcelApi 1.7).',
  'writer.excelNotResponding':
    'Excel không phản hồi sau {seconds:number} giây. Hãy lưu sổ tính, đóng và mở lại phần bổ trợ (hoặc Excel) rồi thử lại.',
} as const;
