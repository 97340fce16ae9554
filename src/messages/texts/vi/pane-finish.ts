// The task pane's finish view: the check, printing, where and by when to send the form. In Vietnamese.

export const paneFinish = {
  'pane.finish.title': 'Kiểm tra và gửi biểu mẫu',
  'pane.finish.checkOk': 'Biểu mẫu đã đủ số liệu và không có lỗi.',
  'pane.finish.problemsFound': 'Còn {count} vấn đề cần xử lý. Bấm vào từng mục để sửa:',
  'pane.finish.printTitle': 'In biểu mẫu',
  'pane.finish.printDescription': 'Trang tính đã được đặt sẵn để in: khổ {paper} {orientation}, vừa một trang theo chiều ngang, lặp lại dòng tiêu đề bảng ở mỗi trang, đánh số trang. Dùng Tệp › In (Ctrl+P) trong Excel để in, sau đó ký và đóng dấu.',
  'pane.finish.orientation.landscape': 'nằm ngang',
  'pane.finish.orientation.portrait': 'đứng',
  'pane.finish.selectTotal': 'Chọn ô tổng điểm trên trang tính',
  'pane.finish.sendTitle': 'Nơi gửi',
  'pane.finish.deadlineLine': 'Hạn gửi: {date}',
  'pane.finish.sendToLine': 'Gửi về: {to}',
} as const;
