// Writing a set's scoring formulas into its form (src/rules, src/form/plan.ts), in Vietnamese:
// a value the set gives that an Excel formula cannot hold, a field the formulas read that the
// set lacks. They arise from a set that passed its checks only when the checks miss a case.

export const build = {
  'build.notFinite': 'Không ghi được số “{value}” vào công thức: chỉ ghi được số hữu hạn.',
  'build.textTooLong': 'Không ghi được chuỗi “{start}…” vào công thức: dài quá {max:number} ký tự, giới hạn của Excel.',
  'build.unknownField': 'Bộ tiêu chí không có trường “{field}” mà công thức tính điểm đọc.',
  'build.unknownCohortField': 'Bộ tiêu chí không có trường so sánh “{field}” mà công thức tính điểm đọc.',
} as const;
