// Facts about how a spreadsheet treats what lands in a cell, shared by every writer: the default
// font of the sheets the add-in writes, and which texts a spreadsheet would not keep as text.

/** The font of every cell a plan does not style otherwise (the official forms are in Times New Roman). */
export const DEFAULT_FONT_NAME = 'Times New Roman';
export const DEFAULT_FONT_SIZE = 12;

/**
 * True when Excel would not keep `text` as the same text if typed or written as is: "=…",
 * "+…", "-…", "@…" become formulas, "1.1" a number, "3/4" a date, "TRUE" a boolean. Such text
 * is written with Excel's leading apostrophe (Office.js) or its quotePrefix style (.xlsx).
 */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (!/^\p{L}/u.test(text)) return true; // = + - @ ' # ( $ digits, spaces…
  if (/^(true|false)$/i.test(text.trim())) return true;
  return /^\p{L}{3,9}[\s\-/.,]+\d/u.test(text); // "May 5", "Tháng-1": may parse as a date
}
