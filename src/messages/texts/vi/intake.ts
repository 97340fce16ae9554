// Taking in submitted files (src/consolidate/submission.ts): why a file or one of its forms
// is refused, in Vietnamese.

export const intake = {
  'intake.fileRejected': 'Tệp “{file}” bị từ chối: {detail:message}',
  'intake.macroByName': 'tệp có macro (.xlsm) không được chấp nhận; hãy lưu lại dưới dạng “Excel Workbook (*.xlsx)”.',
  'intake.empty': 'tệp rỗng (0 byte).',
  'intake.notAForm':
    'không có trang tính nào là biểu mẫu tự đánh giá (thiếu mã nhận dạng “#egov|form=”); hãy dùng biểu mẫu do phần mềm tạo ra.',
  'intake.unreadable': 'không đọc được tệp ({detail}).',
  'intake.sheetRejected': 'Tệp “{file}”, trang “{sheet}” bị từ chối: {detail:message}',
  'intake.masterSheetRejected': 'Trang tính “{sheet}” bị từ chối: {detail:message}',
  'intake.sheetNotAForm': 'không phải biểu mẫu tự đánh giá (không có mã nhận dạng “#egov|form=”).',
  'intake.unknownSet': 'biểu mẫu thuộc bộ tiêu chí “{set}”, không có trong tệp tổng hợp (có: {known:list}).',
  'intake.otherVersion':
    'biểu mẫu làm theo phiên bản “{found}” của bộ tiêu chí “{set}”, tệp tổng hợp dùng phiên bản “{expected}”; hãy điền lại trên biểu mẫu mới.',
  'intake.otherGroup': 'biểu mẫu dành cho nhóm {groupName} (“{group}”), đợt tổng hợp này chỉ nhận nhóm {acceptedName} (“{accepted}”).',
  'intake.otherYear': 'biểu mẫu của năm {year}, đợt tổng hợp này là năm {accepted}.',
  'intake.noUnitName': 'trang “{sheet}”: chưa ghi tên đơn vị.',
  'intake.noUnitNameAt': 'trang “{sheet}”, ô {cell}: chưa ghi tên đơn vị.',
  'intake.formulaOverwritten': 'Tiêu chí {criterion}: công thức tính điểm đã bị ghi đè.',
  'intake.formulaOverwrittenAt': 'Tiêu chí {criterion} (ô {cell}): công thức tính điểm đã bị ghi đè.',
  'intake.scoreMismatch': 'Tiêu chí {criterion}: điểm tự chấm {self} khác điểm tính lại {points:number}.',
  'intake.legacyTcvn3': 'Trang “{sheet}”, ô {cell}: chữ gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) đã được chuyển sang Unicode: “{before}” → “{after}”. Hãy kiểm tra lại.',
  'intake.legacyVni': 'Trang “{sheet}”, ô {cell}: chữ gõ bằng bảng mã VNI (phông VNI-Times) đã được chuyển sang Unicode: “{before}” → “{after}”. Hãy kiểm tra lại.',
  'intake.legacyUnreadable':
    'Trang “{sheet}”, ô {cell}: chữ “{text}” có vẻ được gõ bằng bảng mã cũ (TCVN3 hoặc VNI) nhưng không chuyển được sang Unicode; giữ nguyên, hãy kiểm tra và gõ lại bằng Unicode.',
} as const;
