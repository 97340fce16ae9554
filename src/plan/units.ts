// Excel's units, shared by the writers (Office.js adapter, .xlsx writer) and the stand-in Excel:
// the plan speaks in characters and millimetres, Office.js in points, the .xlsx file in
// "character widths including padding". Excel measures a column in pixels of the Normal font's
// widest digit (7 px) plus 5 px of padding, at 96 dpi (0.75 pt per px).

const DIGIT_PX = 7;
const PADDING_PX = 5;

/** Pixels of a column that fits `characters` digits, as Excel rounds them. */
function columnPixels(characters: number): number {
  return characters <= 0 ? 0 : Math.trunc(characters * DIGIT_PX + PADDING_PX);
}

/** Column width in characters -> points (what Office.js `format.columnWidth` takes). */
export function columnWidthPoints(characters: number): number {
  return Math.round(columnPixels(characters) * 0.75 * 100) / 100;
}

/** Column width in characters -> the `<col width>` of an .xlsx (padding included, in 1/256ths, as Excel writes it). */
export function columnWidthAttribute(characters: number): number {
  return Math.trunc((columnPixels(characters) / DIGIT_PX) * 256) / 256;
}

/** An .xlsx `<col width>` -> points, as Excel shows it. */
export function columnWidthAttributeToPoints(width: number): number {
  return width <= 0 ? 0 : Math.round(Math.trunc(width * DIGIT_PX + 0.5) * 0.75 * 100) / 100;
}

export function mmToPoints(mm: number): number {
  return Math.round((mm * 72) / 25.4 * 100) / 100;
}
