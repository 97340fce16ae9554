// The command line's folder scan (src/cli/collect-files.ts): what it leaves out of a folder of
// submissions, and why, in Vietnamese.

export const files = {
  'files.special': 'Bỏ qua “{path}”: không phải tệp thông thường ({kind:message}).',
  'files.linkOutside': 'Bỏ qua “{path}”: là lối tắt trỏ ra ngoài thư mục đã chọn.',
  'files.unreadableFolder': 'Bỏ qua thư mục “{path}”: không đọc được ({reason}).',
  'files.loop': 'Bỏ qua “{path}”: lối tắt trỏ về thư mục đã đọc.',
  'files.notRegular': 'Không đọc “{path}”: không phải tệp thông thường (đường ống, thiết bị…).',
  'files.kind.fifo': 'đường ống',
  'files.kind.socket': 'socket',
  'files.kind.device': 'thiết bị',
} as const;
