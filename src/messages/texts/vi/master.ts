// The consolidation master's messages (src/consolidate: merging, reading an edited master; the
// rank command and the pane's import), in Vietnamese.

export const master = {
  'master.accepted': 'Đã nhận “{unit}”.',
  'master.acceptedUnlisted': 'Đã nhận “{unit}”: đơn vị ngoài danh sách, chưa xếp hạng cho đến khi được chấp nhận vào danh sách.',
  'master.sameFile': 'Tệp “{file}” đã được nhập trước đây; không thay đổi gì.',
  'master.olderFile': 'Tệp cũ hơn bản đã nhập của “{unit}” (“{current}”); giữ bản mới hơn.',
  'master.replaced': 'Đã thay bản của “{unit}” (“{current}”) bằng bản mới.',
  'master.otherSetInGroup':
    'Tệp “{file}” bị từ chối: nhóm này đang tổng hợp theo bộ tiêu chí “{current}”, tệp dùng “{set}”.',
  'master.isMasterFile':
    'đây là tệp tổng hợp (do phần bổ trợ hoặc lệnh rank ghi), không phải biểu mẫu của một đơn vị; không nhập tệp này.',
  'master.read.sheetRebuilt':
    'Trang “{sheet}” không còn trong tệp tổng hợp; đã dựng lại từ dữ liệu tệp tổng hợp còn giữ.',
  'master.read.unitSheetRebuilt':
    'Trang “{sheet}” của “{unit}” đã bị xóa; đã dựng lại từ số liệu lưu ở lần ghi trước (sửa đổi trên trang sau lần ghi đó không còn).',
  'master.read.unitRowsRebuilt':
    'Trang “{sheet}” của “{unit}”: không tìm thấy dòng của {rows:list} (có thể đã bị xóa); đã lấy số liệu lưu ở lần ghi trước cho các dòng đó và dựng lại trang.',
  'master.read.unitRowsMissing':
    'Trang “{sheet}” của “{unit}”: không tìm thấy dòng của {rows:list} (có thể đã bị xóa) và tệp tổng hợp không còn bản lưu; các dòng đó để trống. Hãy nhập lại tệp của đơn vị.',
  'master.read.unitLost':
    'Không dựng lại được “{unit}”: trang của đơn vị và bản lưu đều không còn. Hãy nhập lại tệp “{file}” của đơn vị.',
  'master.read.appraisalsRestored':
    'Trang “{sheet}” đã bị xóa; đã dựng lại với {count} điểm thẩm định lưu ở lần ghi trước (sửa đổi sau lần ghi đó không còn).',
  'master.read.appraisalOrphan':
    'Điểm thẩm định của “{unit}”, tiêu chí {criterion}, không gắn được với đơn vị nào trong tệp tổng hợp; đã giữ ở cuối trang “{sheet}”.',
  'master.read.appraisalNotNumber':
    'Điểm thẩm định “{text}” của “{unit}”, tiêu chí {criterion}, không phải là số; đã chuyển vào cột lý do, hãy nhập lại điểm.',
  'master.read.appraisalTwice':
    '“{unit}”, tiêu chí {criterion} có hai dòng thẩm định; đã dùng dòng trên, dòng dưới bị bỏ qua.',
  'master.read.rosterRestored':
    'Trang “{sheet}” đã bị xóa; đã dựng lại danh sách {count} đơn vị lưu ở lần ghi trước.',
  'master.read.logRestored':
    'Trang “{sheet}” đã bị xóa; đã dựng lại {count} dòng nhật ký lưu ở lần ghi trước.',
  'master.read.dataUnreadable':
    'Trang ẩn “{sheet}” có {count} dòng không đọc được (có thể đã bị sửa); các dòng đó không được dùng để dựng lại.',
  'master.notAMaster':
    'Tệp “{file}” không phải tệp tổng hợp (không có trang nào mang dấu nhận dạng của tệp tổng hợp); hãy chọn tệp do lệnh rank hoặc phần bổ trợ ghi.',
  'master.outputIsInput':
    'Không ghi tệp tổng hợp vào “{file}”: đó là tệp đầu vào “{input}”. Hãy chọn tên khác.',
  'master.outputIsRoster':
    'Không ghi tệp tổng hợp vào “{file}”: đó là tệp danh sách đơn vị. Hãy chọn tên khác.',
  'master.outputIsPrevious':
    'Không ghi tệp tổng hợp vào “{file}”: đó là tệp tổng hợp năm trước. Hãy chọn tên khác.',
  'master.rank.unlisted':
    '{unit} (ngoài danh sách, chưa xếp hạng)',
  'master.rank.option.acceptUnlisted':
    'Chấp nhận các đơn vị ngoài danh sách vào danh sách để được xếp hạng.',
  'master.rank.unlistedHint':
    '{count} đơn vị ngoài danh sách chưa được xếp hạng: {units:list}. Chấp nhận bằng --accept-unlisted hoặc thêm vào tệp danh sách (--roster).',
  'master.rank.acceptedUnlisted':
    'Đã chấp nhận “{unit}” vào danh sách (mã {code}).',
  'master.tooManyUnits':
    'Không ghi tệp tổng hợp: {units:number} đơn vị vượt quá giới hạn {max:number} đơn vị mà tệp tổng hợp có thể chứa và được đọc lại. Tệp tổng hợp cũ (nếu có) giữ nguyên; hãy tách thành nhiều tệp tổng hợp (ví dụ theo khối hoặc huyện).',
  'master.standingsSetMissing': 'Không xếp hạng được: thiếu bộ tiêu chí “{set}” mà các biểu mẫu của đơn vị được tạo từ đó.',
} as const;
