// The preview's formula engine (src/preview/formula): a formula it cannot read, and what its
// workbook refuses (a cell off the sheet, a sheet name Excel refuses), in Vietnamese.

export const formula = {
  'formula.syntax': 'Lỗi cú pháp trong công thức tại ký tự {at}: {detail:message}.',
  'formula.textUnclosed': 'chuỗi ký tự thiếu dấu " đóng',
  'formula.sheetUnclosed': "tên trang tính thiếu dấu ' đóng",
  'formula.expectedBang': 'thiếu dấu ! sau tên trang tính',
  'formula.badErrorValue': 'mã lỗi không hợp lệ',
  'formula.unexpectedChar': 'ký tự không mong đợi “{char}”',
  'formula.expectedAddress': 'thiếu địa chỉ ô sau tên trang tính',
  'formula.expectedRangeEnd': 'thiếu ô cuối của vùng',
  'formula.empty': 'công thức trống',
  'formula.expected': 'cần “{expected}”, gặp {found:message}',
  'formula.unexpected': 'không mong đợi {found:message}',
  'formula.arrayRows': 'các hàng của mảng không cùng độ dài',
  'formula.token.end': 'hết công thức',
  'formula.token.reference': 'một tham chiếu',
  'formula.token.text': '“{text}”',
  'formula.arity': 'hàm {name} cần {count} đối số, có {given}',
  'formula.arityAtLeast': 'hàm {name} cần ít nhất {count} đối số, có {given}',
  'formula.arityBetween': 'hàm {name} cần từ {min} đến {max} đối số, có {given}',
  'formula.cellOutside': 'Ô ngoài trang tính (hàng {row}, cột {col}).',
  'formula.badSheetName': 'Tên trang tính không hợp lệ: “{sheet}”.',
  'formula.sheetExists': 'Đã có trang tính “{sheet}”.',
  'formula.noSheet': 'Không có trang tính “{sheet}”.',
  'formula.notFinite': 'Không phải số hữu hạn: {value}.',
} as const;
