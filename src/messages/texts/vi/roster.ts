// Built-in rosters (src/consolidate/rosters) and the `rosters` command, in Vietnamese.

export const roster = {
  'roster.pane.lastYear': 'Năm trước: {value}',
  'roster.sheet.noHeader': 'Trang “{sheet}” không có dòng tiêu đề “Tên đơn vị” và “Nhóm”.',
  'roster.sheet.unknownGroup': 'Dòng {row}: nhóm “{group}” của “{name}” không rõ (dùng một trong: {codes:list}).',
  'roster.sheet.duplicate': 'Dòng {row}: “{name}” bị lặp.',
  'roster.unknownId': 'Không có danh sách đơn vị dựng sẵn “{id}”. Các danh sách có sẵn: {ids:list}.',
  'roster.cli.summary': 'Liệt kê các danh sách đơn vị dựng sẵn (mã, nhóm, số đơn vị); kèm mã danh sách: in các đơn vị.',
  'roster.cli.usage': 'rosters [<mã danh sách>] [--json]',
  'roster.cli.details':
    'Mỗi danh sách có thể dùng ở mọi nơi nhận tệp danh sách, ví dụ rank … --roster phutho-2025-xa (nhiều danh sách cách nhau bằng dấu phẩy).\n' +
    'Với --json, rosters <mã> in các đơn vị: code, name, group, ranked, predecessors (đơn vị tiền thân).',
  'roster.cli.jsonOption': 'In dạng JSON.',
  'roster.cli.line': '{id}  {group}  {count} đơn vị  {title}',
  'roster.cli.until': '    đơn vị đến năm {year} (trước khi sắp xếp năm 2025)',
  'roster.cli.since': '    đơn vị từ năm {year}',
  'roster.cli.header': '{title}\nNguồn: {source}\nMã: {codes}\n{count:number} đơn vị ({ranked:number} xếp hạng):',
  'roster.cli.unit': '  {code}  {name}',
  'roster.cli.unitNotRanked': '  {code}  {name} (đánh giá, không xếp hạng)',
  'roster.cli.predecessors': '        tiền thân: {names:list}',
  'roster.cli.unchanged': '        không sắp xếp (giữ nguyên)',
  'roster.cli.provenance': 'Nguồn chính thức:\n{official}\nPhần dựng lại, cần đối chiếu:\n{reconstructed}',
} as const;
