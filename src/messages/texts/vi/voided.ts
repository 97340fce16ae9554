// Criteria that invalid data voids (they score 0, a deduction item its full deduction, until it is corrected), as the task pane's finish
// step lists them, in Vietnamese. Each line's reason is a message of area `invalid`. Only the finish
// step (a view loaded on demand) shows these: they load after first paint (pane-later.ts).

export const voided = {
  'voided.listTitle': 'Có {count} tiêu chí không được tính điểm (mục bị trừ điểm: trừ tối đa) vì số liệu không hợp lệ. Bấm vào từng mục để sửa:',
  'voided.line': '{place}: {reason:message}',
} as const;
