// The task pane's frame: title bar, language switch, tabs, what went wrong while reading or
// writing the sheet, a form made from another version of its set. In Vietnamese.

export const paneFrame = {
  'pane.frame.coreNotLoaded': 'Phần bổ trợ chưa tải xong phần xử lý biểu mẫu; hãy đóng rồi mở lại ngăn tác vụ.',
  'pane.frame.appTitle': 'Đánh giá Chính quyền điện tử',
  'pane.frame.switchLanguage': 'English',
  'pane.frame.switchLanguageLabel': 'Chuyển giao diện sang tiếng Anh',
  'pane.frame.refresh': 'Làm mới',
  'pane.frame.refreshLabel': 'Đọc lại số liệu từ trang tính',
  'pane.frame.missingRequirementsTitle': 'Excel chưa hỗ trợ đầy đủ phần bổ trợ',
  'pane.frame.missingRequirementsBody': 'Một số chức năng có thể không hoạt động:',
  'pane.frame.loading': 'Đang đọc trang tính…',
  'pane.frame.errorTitle': 'Có lỗi',
  'pane.frame.dismiss': 'Đóng',
  'pane.frame.readFailed': 'Không đọc được trang tính: {detail}',
  'pane.frame.writeFailed': 'Không ghi được vào trang tính: {detail}',
  'pane.frame.selectFailed': 'Không chọn được ô trên trang tính: {detail}',
  'pane.frame.tabsLabel': 'Các bước làm biểu mẫu',
  'pane.frame.tabEntry': 'Nhập liệu',
  'pane.frame.tabOverview': 'Tổng quan',
  'pane.frame.tabFinish': 'Hoàn tất',
  'pane.frame.formCaption': '{formName} · năm {year}',
  'pane.frame.versionMismatchTitle': 'Phiên bản bộ tiêu chí khác',
  'pane.frame.versionMismatchBody': 'Biểu mẫu này được tạo từ phiên bản {found} của bộ tiêu chí, còn phần bổ trợ có phiên bản {builtin}. Cách tính điểm có thể đã thay đổi: nên tạo lại biểu mẫu mới.',
} as const;
