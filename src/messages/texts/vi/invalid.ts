// Why a criterion scores 0: its own data is invalid (src/scoring/voids.ts), in Vietnamese.
// The workbook says the same in its own "Kiểm tra số liệu" formulas.

export const invalid = {
  'invalid.notANumber': '0 điểm — số liệu không hợp lệ: “{field}” phải là số, không phải “{value}”.',
  'invalid.belowMin': '0 điểm — số liệu không hợp lệ: “{field}” là {value:number}, nhỏ hơn {min:number}.',
  'invalid.aboveMax': '0 điểm — số liệu không hợp lệ: “{field}” là {value:number}, lớn hơn {max:number}.',
  'invalid.belowMinPercent': '0 điểm — số liệu không hợp lệ: “{field}” là {value:percent}, nhỏ hơn {min:percent}.',
  'invalid.aboveMaxPercent': '0 điểm — số liệu không hợp lệ: “{field}” là {value:percent}, lớn hơn {max:percent}.',
  'invalid.notOffered': '0 điểm — số liệu không hợp lệ: “{field}” là “{value}”, không phải một trong {labels:list}.',
  'invalid.partExceedsWhole': '0 điểm — số liệu không hợp lệ: “{part}” ({partValue:number}) lớn hơn “{whole}” ({wholeValue:number}).',
  'invalid.failedCheck': '0 điểm — số liệu không hợp lệ: “{left}” ({leftValue:number}) {op} “{right}” ({rightValue:number}).',
} as const;
