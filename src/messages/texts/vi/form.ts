// The form's messages (src/form and the commands that write forms), among them the reader's: why a sheet cannot be read as a self-assessment form.

export const form = {
  'form.reconstructedHeading': 'Phần được dựng lại, cần đối chiếu với phụ lục chính thức trước khi dùng để chấm điểm, xếp hạng:',
  'form.reportDateToday': 'Ngày lập phiếu chưa có nên lấy ngày hôm nay: {date:date}.',
  'form.headerFromRoster': 'Lấy từ danh sách đơn vị có sẵn: {fields:list}.',
  'form.read.sheet': 'Trang tính “{sheet}”: {detail:message}',
  'form.read.sheetRow': 'Trang tính “{sheet}”, dòng {row}: {detail:message}',
  'form.read.sheetCell': 'Trang tính “{sheet}”, ô {cell}: {detail:message}',
  'form.read.noMarker': 'không phải biểu mẫu tự đánh giá (không có mã nhận dạng biểu mẫu trong cột ẩn).',
  'form.read.wrongSet': 'biểu mẫu thuộc bộ tiêu chí “{found}”, không phải “{expected}”.',
  'form.read.noHeaderRow': 'không tìm thấy dòng tiêu đề của bảng tiêu chí.',
  'form.read.noHeaderColumn': 'dòng tiêu đề bảng thiếu cột “{label}”.',
  'form.read.keyMissing': 'không tìm thấy dòng của {what:message}; có thể dòng đó đã bị xóa. Hãy tạo lại biểu mẫu và chép số liệu sang.',
  'form.read.duplicateKey': 'khóa nhận dạng “{key}” lặp lại ở dòng {first} và dòng {row}; hãy xóa dòng sao chép thừa.',
  'form.read.what.field': 'trường số liệu “{id}”',
  'form.read.what.section': 'nhóm tiêu chí {code}',
  'form.read.what.criterion': 'tiêu chí {code}',
  'form.read.what.total': 'dòng TỔNG ĐIỂM',
  'form.read.what.band': 'dòng Xếp loại',
} as const;
