// Excel's units, shared by the writers (Office.js adapter, .xlsx writer) and the stand-in Excel:
// the plan speaks in characters and millimetres, Office.js in points, the .xlsx file in
// character widths. A plan's column width is written as it is to the file's `<col width>`
// (the widths the printed form was laid out and checked with, test/agreement/printed-form);
// Excel shows such a column as width × 7 px (the Normal font's widest digit) at 96 dpi
// (0.75 pt per px), and the Office.js path sets that same width in points, so a form looks the
// same whichever path wrote it.

const DIGIT_PX = 7;

/** An .xlsx `<col width>` (= a plan's column width in characters) -> points, as Excel shows it. */
export function columnWidthPoints(width: number): number {
  return width <= 0 ? 0 : Math.round(Math.trunc(width * DIGIT_PX + 0.5) * 0.75 * 100) / 100;
}

export function mmToPoints(mm: number): number {
  return Math.round((mm * 72) / 25.4 * 100) / 100;
}
