// Unit conversions between the plan (characters, millimetres) and Office.js (points).

/** Column width in Excel's character units -> points (7-pixel digits + 5 px padding, 96 dpi). */
export function columnWidthPoints(characters: number): number {
  if (characters <= 0) return 0;
  return Math.round((Math.trunc(characters * 7 + 5) * 0.75) * 100) / 100;
}

export function mmToPoints(mm: number): number {
  return Math.round((mm * 72) / 25.4 * 100) / 100;
}
