// The inputs JSON a user writes to fill a form from the command line (src/form/inputs-json.ts):
// why a value cannot be taken, and how each kind of value is written. JSON examples keep JSON's
// own straight quotes ("85%"): they are what the user types.

export const inputs = {
  'inputs.notJson': 'Tệp số liệu không phải JSON hợp lệ: {detail}',
  'inputs.notObject': 'Tệp số liệu phải là một đối tượng JSON với các mục "set", "inputs", "evidence", "notes".',
  'inputs.setNotText': '“set” phải là mã bộ tiêu chí.',
  'inputs.otherSet': 'Số liệu dành cho bộ tiêu chí “{found}”, không phải “{expected}”.',
  'inputs.inputsNotObject': '“inputs” phải là một đối tượng JSON: mỗi khóa là mã một trường số liệu, giá trị là số liệu của trường đó.',
  'inputs.textsNotObject': '“{section}” phải là một đối tượng JSON: mỗi khóa là mã một tiêu chí, giá trị là văn bản.',
  'inputs.textNotText': '{path} phải là văn bản.',
  'inputs.unknown': 'Không có {what:message} “{name}” trong bộ tiêu chí.',
  'inputs.unknownSuggest': 'Không có {what:message} “{name}” trong bộ tiêu chí. Có phải “{hint}”?',
  'inputs.what.key': 'mục',
  'inputs.what.criterion': 'tiêu chí',
  'inputs.what.field': 'trường số liệu',
  'inputs.badValue': '{id} ({label}) phải là {form:message}, không phải {value}.',
  'inputs.badChoice': '{id} ({label}) phải là một trong: {labels:list}.',
  'inputs.form.integer': 'số nguyên, ví dụ 12 (hoặc văn bản "12")',
  'inputs.form.count': 'số nguyên không âm: số mục được liệt kê',
  'inputs.form.decimal': 'một số, ví dụ 2.5',
  'inputs.form.percent': 'tỉ lệ từ 0 đến 1 như 0.85, hoặc văn bản như "85%"',
  'inputs.form.yesno': 'true / false, hoặc văn bản "Có" / "Không"',
  'inputs.form.choice': 'một trong các nhãn lựa chọn của trường, dạng văn bản',
  'inputs.form.text': 'văn bản',
  'inputs.form.date': 'ngày "2018-09-30" hoặc "30/9/2018", hoặc số ngày kiểu Excel',
  'inputs.shape.set': 'mã bộ tiêu chí (không bắt buộc; nếu có thì phải khớp)',
  'inputs.shape.inputs': 'mỗi khóa là mã một trường số liệu của bộ, giá trị là số liệu; null hoặc không có = bỏ trống',
  'inputs.shape.evidence': 'mỗi khóa là mã một tiêu chí, giá trị là nội dung Tài liệu kiểm chứng',
  'inputs.example.evidence': 'Quyết định số …/QĐ-… ngày …',
  'inputs.shape.notes': 'mỗi khóa là mã một tiêu chí, giá trị là nội dung Ghi chú',
} as const;
