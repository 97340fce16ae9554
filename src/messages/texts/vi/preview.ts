// The browser preview's stand-in workbook (src/preview), in Vietnamese: what its grid says to a
// screen reader, and its file bar (open, download, start over; saved across reloads). The preview
// shows Vietnamese (the province's Excel is Vietnamese).

export const preview = {
  'preview.sheetTable': 'Trang tính {sheet}',
  'preview.formulaBar': 'Thanh công thức',
  'preview.sheetTabs': 'Các trang tính',
  'preview.cells': 'Ô của trang tính (mũi tên để di chuyển, gõ hoặc F2 để nhập, Delete để xoá)',
  'preview.status': 'Excel mô phỏng · {syncs} lần đồng bộ',
  'preview.bar': 'Tệp của sổ tính mô phỏng',
  'preview.open': 'Mở tệp .xlsx…',
  'preview.download': 'Tải về .xlsx',
  'preview.reset': 'Bắt đầu lại',
  'preview.resetConfirm': 'Xoá sổ tính đang lưu trong trình duyệt và bắt đầu lại với một sổ tính trống?',
  'preview.saving': 'Đang lưu trong trình duyệt…',
  'preview.saved': 'Đã lưu trong trình duyệt ({size:number} kB); tải lại trang vẫn giữ nguyên',
  'preview.saveFailed': 'Không lưu được vào trình duyệt: {reason}. Hãy tải sổ tính về để khỏi mất.',
  'preview.openFailed': 'Không mở được tệp “{file}”: {reason}',
  'preview.restoreFailed': 'Không mở lại được sổ tính đã lưu ({reason}); bắt đầu với sổ tính trống.',
  'preview.opened': 'Đã mở tệp “{file}”.',
  'preview.dropHint': 'Thả tệp .xlsx vào đây để mở',
} as const;
