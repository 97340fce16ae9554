// Mistakes in a unit's inputs found as they are typed (src/scoring/problems.ts), in Vietnamese:
// where (the general-information block or a criterion), which field, what was entered and what
// is expected. Field labels and the set's own check sentences are the set's Vietnamese data.

export const problem = {
  'problem.place.general': 'Thông tin chung',
  'problem.place.criterion': 'Tiêu chí {criterion}',
  'problem.value.text': '“{text}”',
  'problem.value.number': '{value:number}',
  'problem.value.percent': '{value:percent}',
  'problem.value.true': 'TRUE',
  'problem.value.false': 'FALSE',
  'problem.missing': '{place:message}: chưa nhập “{field}”.',
  'problem.notANumber': '{place:message}: “{field}” phải là số, không phải {value:message}.',
  'problem.notWhole': '{place:message}: “{field}” phải là số nguyên (đang nhập {value:message}).',
  'problem.outOfBounds.between': '{place:message}: “{field}” ({value:message}) phải từ {min:message} đến {max:message}.',
  'problem.outOfBounds.atLeast': '{place:message}: “{field}” ({value:message}) phải từ {min:message} trở lên.',
  'problem.outOfBounds.atMost': '{place:message}: “{field}” ({value:message}) không được quá {max:message}.',
  'problem.invalidChoice': '{place:message}: “{field}” phải là một trong: {labels:list} (đang nhập {value:message}).',
  'problem.partExceedsWhole': '{place:message}: “{part}” ({partValue:message}) lớn hơn “{whole}” ({wholeValue:message}).',
  'problem.checkFailed': '{place:message}: {authored} (“{left}” là {leftValue:message}, {op:message} “{right}” là {rightValue:message}).',
  'problem.op.atMost': 'không được lớn hơn',
  'problem.op.atLeast': 'không được nhỏ hơn',
  'problem.op.less': 'phải nhỏ hơn',
  'problem.op.greater': 'phải lớn hơn',
  'problem.op.equal': 'phải bằng',
  'problem.evidenceMissing': '{place:message}: cần ghi tài liệu kiểm chứng.',
} as const;
