// The task pane's consolidation view (src/taskpane/views/consolidation), in Vietnamese: units not
// on the roster ("ngoài danh sách") and accepting them into it.

export const ranking = {
  'ranking.unlistedRank': 'ngoài danh sách',
  'ranking.unlisted.title': 'Đơn vị ngoài danh sách ({count})',
  'ranking.unlisted.explain': 'Đã nhận biểu mẫu nhưng đơn vị không có trong danh sách, nên chưa được xếp hạng. Kiểm tra tên đơn vị; nếu đúng là đơn vị cần xếp hạng, hãy chấp nhận vào danh sách.',
  'ranking.unlisted.from': '{group} · tệp “{file}”',
  'ranking.unlisted.accept': 'Chấp nhận vào danh sách',
  'ranking.unlisted.acceptAll': 'Chấp nhận cả {count} đơn vị',
  'ranking.acceptFailed': 'Không thêm được vào danh sách: {detail}',
} as const;
