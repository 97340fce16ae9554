// The .xlsx reader's messages (src/xlsx): why a file cannot be read, in Vietnamese. Each names
// the part, sheet, cell or reference concerned and says what the sender can do.

export const xlsx = {
  'xlsx.notZip':
    'Tệp không phải là sổ làm việc Excel (.xlsx). Hãy mở tệp bằng Excel và lưu lại dưới dạng “Excel Workbook (*.xlsx)”.',
  'xlsx.ole2':
    'Tệp được đặt mật khẩu (mã hóa) hoặc là định dạng Excel 97-2003 (.xls). Hãy gỡ mật khẩu (File > Info > Protect Workbook > Encrypt with Password, xóa mật khẩu) và lưu dưới dạng .xlsx.',
  'xlsx.encryptedPart': 'Tệp chứa phần được mã hóa; hãy gỡ mật khẩu rồi gửi lại.',
  'xlsx.truncated': 'Tệp .xlsx bị cắt cụt hoặc hỏng (tải lên chưa hết?). Hãy gửi lại tệp đầy đủ.',
  'xlsx.emptyZip': 'Tệp .xlsx rỗng (không có phần nào).',
  'xlsx.fileTooLarge': 'Tệp quá lớn: {size:number} MB, tối đa {max:number} MB.',
  'xlsx.partTooLarge': 'Tệp quá lớn: phần “{part}” giải nén ra {size:number} MB.',
  'xlsx.inflatedTooLarge': 'Tệp quá lớn: dữ liệu giải nén vượt {max:number} MB.',
  'xlsx.tooManyEntries': 'Tệp có quá nhiều phần ({count:number}, tối đa {max:number}).',
  'xlsx.tooManyCells': 'Tệp quá lớn: có hơn {max:number} ô dữ liệu.',
  'xlsx.zipBomb': 'Tệp bị từ chối: phần “{part}” nén bất thường (nghi “bom nén”).',
  'xlsx.unsupportedMethod': 'Phần “{part}” dùng kiểu nén không hỗ trợ.',
  'xlsx.duplicatePart':
    'Tệp .xlsx bị hỏng hoặc bị sửa bằng tay: phần “{part}” có hai lần. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.',
  'xlsx.headerMismatch':
    'Tệp .xlsx bị hỏng hoặc bị sửa bằng tay: mục lục của tệp zip và phần “{part}” không khớp nhau. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.',
  'xlsx.overlappingParts':
    'Tệp .xlsx bị hỏng hoặc bị sửa bằng tay: phần “{part}” và phần “{other}” dùng chung dữ liệu. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.',
  'xlsx.storedSizes':
    'Tệp .xlsx bị hỏng hoặc bị sửa bằng tay: phần “{part}” ghi hai kích thước khác nhau. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.',
  'xlsx.macroEnabled': 'Tệp có macro (.xlsm) không được chấp nhận. Hãy lưu lại dưới dạng “Excel Workbook (*.xlsx)”.',
  'xlsx.missingPart': 'Tệp Excel thiếu phần “{part}”.',
  'xlsx.malformedXml': 'Tệp bị hỏng: phần “{part}” không phải XML hợp lệ ({detail}).',
  'xlsx.doctype': 'Tệp bị từ chối: phần “{part}” chứa khai báo DOCTYPE/ENTITY, không được phép trong tệp Excel.',
  'xlsx.badCell': 'Tệp bị hỏng: trang “{sheet}”, ô {cell} không hợp lệ ({detail}).',
  'xlsx.outsideGrid':
    'Tệp bị hỏng: trang “{sheet}” có tham chiếu “{ref}” nằm ngoài bảng tính của Excel (tối đa cột XFD, dòng 1048576).',
  'xlsx.nameOutsideGrid':
    'Tệp bị hỏng: tên “{name}” (Formulas > Name Manager) trỏ tới “{ref}”, nằm ngoài bảng tính của Excel (tối đa cột XFD, dòng 1048576).',
} as const;
