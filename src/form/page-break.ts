// Keeping the signature block whole on paper: the form's pages are laid out as Excel and
// LibreOffice lay them out (A4, the margins, the scale that fits the columns to the page's width,
// the table's header row repeated from page 2, each row's height), and when the block would come
// near the foot of a page, a manual page break before the totals carries the last lines of the
// table and the whole block onto the next page. Both programs honour a manual break exactly; only
// the decision is an estimate, so it keeps a margin of safety (breaking early costs nothing).

import type { PrintPlan, SheetPlan } from '../plan/model';
import { columnWidthPoints, mmToPoints } from '../plan/units';

/** A4 in points, and the height of a row with no height of its own (the sheet's default). */
const A4 = { long: 841.89, short: 595.28 };
const DEFAULT_ROW_HEIGHT = 15.75;
/** Room kept free below the block (points on paper): the estimate's margin of safety. */
const SAFETY = 36;

function scaleOf(sheet: SheetPlan, print: PrintPlan, pageWidth: number): number {
  if (!print.fitToWidth) return 1;
  const cols = sheet.columns.slice(print.area.col, print.area.col + print.area.cols).filter((c) => !c.hidden);
  const width = cols.reduce((sum, c) => sum + columnWidthPoints(c.width), 0);
  const printable = pageWidth - mmToPoints(print.margins.left) - mmToPoints(print.margins.right);
  return width <= printable ? 1 : Math.floor((printable / width) * 100) / 100;
}

/** The first row of each page (0-based rows of the print area), the page breaks given honoured. */
function pageStarts(sheet: SheetPlan, print: PrintPlan, lastRow: number): { starts: number[]; capacity: number; scale: number } {
  const landscape = print.orientation === 'landscape';
  const scale = scaleOf(sheet, print, landscape ? A4.long : A4.short);
  const capacity = ((landscape ? A4.short : A4.long) - mmToPoints(print.margins.top) - mmToPoints(print.margins.bottom)) / scale;
  const height = (row: number) => sheet.rowHeights?.[row] ?? DEFAULT_ROW_HEIGHT;
  const titles = print.repeatRows;
  const starts = [print.area.row];
  let used = 0;
  for (let row = print.area.row; row <= lastRow; row++) {
    const repeated = titles && starts.length > 1 && starts[starts.length - 1] > titles.last;
    const room = capacity - (repeated ? sumHeights(height, titles.first, titles.last) : 0);
    if ((used + height(row) > room && used > 0) || (print.rowBreaks ?? []).includes(row)) {
      starts.push(row);
      used = 0;
    }
    used += height(row);
  }
  return { starts, capacity, scale };
}

function sumHeights(height: (row: number) => number, first: number, last: number): number {
  let sum = 0;
  for (let row = first; row <= last; row++) sum += height(row);
  return sum;
}

/**
 * The row to break the page at so that rows `block.first`…`block.last` print whole on one page
 * with room to spare, moving `carryFrom`… (the last lines of the table) with them; undefined when
 * they already do.
 */
export function keepTogetherBreak(sheet: SheetPlan, block: { first: number; last: number }, carryFrom: number): number | undefined {
  const print = sheet.print;
  if (!print) return undefined;
  const { starts, capacity, scale } = pageStarts(sheet, print, block.last);
  const pageOf = (row: number) => starts.filter((s) => s <= row).length - 1;
  const page = pageOf(block.first);
  if (pageOf(block.last) !== page) return carryFrom;
  const height = (row: number) => sheet.rowHeights?.[row] ?? DEFAULT_ROW_HEIGHT;
  const titles = print.repeatRows;
  const repeated = titles && page > 0 && starts[page] > titles.last ? sumHeights(height, titles.first, titles.last) : 0;
  const used = repeated + sumHeights(height, starts[page], block.last);
  return used <= capacity - SAFETY / scale ? undefined : carryFrom;
}
