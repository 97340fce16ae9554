// Why a criterion scores 0 (a deduction item: its full deduction, {points} negative): its own data
// is invalid (src/scoring/voids.ts), in Vietnamese.
// The workbook says the same in its own "Kiểm tra số liệu" formulas.

export const invalid = {
  'invalid.notANumber': '{points:number} điểm — số liệu không hợp lệ: “{field}” phải là số, không phải “{value}”.',
  'invalid.belowMin': '{points:number} điểm — số liệu không hợp lệ: “{field}” là {value:number}, nhỏ hơn {min:number}.',
  'invalid.aboveMax': '{points:number} điểm — số liệu không hợp lệ: “{field}” là {value:number}, lớn hơn {max:number}.',
  'invalid.belowMinPercent': '{points:number} điểm — số liệu không hợp lệ: “{field}” là {value:percent}, nhỏ hơn {min:percent}.',
  'invalid.aboveMaxPercent': '{points:number} điểm — số liệu không hợp lệ: “{field}” là {value:percent}, lớn hơn {max:percent}.',
  'invalid.notOffered': '{points:number} điểm — số liệu không hợp lệ: “{field}” là “{value}”, không phải một trong {labels:list}.',
  'invalid.partExceedsWhole': '{points:number} điểm — số liệu không hợp lệ: “{part}” ({partValue:number}) lớn hơn “{whole}” ({wholeValue:number}).',
  'invalid.failedCheck': '{points:number} điểm — số liệu không hợp lệ: “{left}” ({leftValue:number}) {op} “{right}” ({rightValue:number}).',
} as const;
