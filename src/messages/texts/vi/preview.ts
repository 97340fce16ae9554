// The browser preview's stand-in workbook (src/preview), in Vietnamese: what its grid says to a
// screen reader. The preview shows Vietnamese (the province's Excel is Vietnamese).

export const preview = {
  'preview.sheetTable': 'Trang tính {sheet}',
  'preview.cells': 'Ô của trang tính (mũi tên để di chuyển, gõ hoặc F2 để nhập, Delete để xoá)',
  'preview.status': 'Excel mô phỏng · {syncs} lần đồng bộ',
} as const;
