// The task pane's guided entry and finish step (src/taskpane/views, components/field), in
// Vietnamese: what a typed number was read as, the way on to the finish step, the deadline.

export const entry = {
  'entry.reading.percent': 'Hiểu là {value:percent}',
  'entry.reading.number': 'Hiểu là {value:number}',
  'entry.datePlaceholder': 'nn/tt/nnnn',
  'entry.toFinish': 'Hoàn tất',
  'entry.toFinishHint': 'Sang bước kiểm tra và gửi (Alt+Mũi tên phải)',
  'entry.deadline.passed': 'Đã quá hạn gửi {deadline:date} ({days} ngày). Hãy gửi ngay và báo nơi nhận biết biểu mẫu nộp muộn.',
  'entry.deadline.today': 'Hôm nay ({deadline:date}) là hạn gửi biểu mẫu.',
  'entry.deadline.ahead': 'Còn {days} ngày đến hạn gửi {deadline:date}.',
} as const;
