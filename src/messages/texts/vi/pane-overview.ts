// The task pane's overview of a form: total, band, progress and each criterion's status. In Vietnamese.

export const paneOverview = {
  'pane.overview.title': 'Tổng quan biểu mẫu',
  'pane.overview.totalLabel': 'Tổng điểm',
  'pane.overview.bandLabel': 'Xếp loại',
  'pane.overview.bandNone': 'chưa xếp loại',
  'pane.overview.progressLabel': 'Đã hoàn thành {done}/{count} tiêu chí',
  'pane.overview.statusDone': 'Đã xong',
  'pane.overview.statusMissing': 'Còn thiếu',
  'pane.overview.statusInvalid': 'Có lỗi',
  'pane.overview.sectionCounts': '{done} xong · {missing} còn thiếu · {invalid} có lỗi',
  'pane.overview.subtotal': 'Điểm nhóm: {points} / {max}',
} as const;
