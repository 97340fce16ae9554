// Last year's results in words, as the master shows them (roster and summary sheets): each
// predecessor's total and rank on its own scale, never converted to this year's.

import type { LastYear, PreviousResult } from '../previous';

const decimal = (value: number, precision: number) => value.toFixed(precision).replace('.', ',');

/** "49,9/100, hạng 3/3": a total on its own scale, never converted to another. */
function resultText(r: PreviousResult): string {
  const rank = r.rank === undefined ? 'không xếp hạng' : `hạng ${r.rank}/${r.of}`;
  return `${decimal(r.total, r.precision)}/${r.maxTotal}, ${rank}`;
}

/**
 * Last year in words, as the master shows it: each predecessor's total and rank on its own
 * scale (or the unit's own when it was not reorganised), the year, and those last year's
 * master does not have.
 */
export function lastYearText(last: LastYear): string {
  const year = last.results.length ? ` (năm ${last.results[0].year})` : '';
  const found = last.merged
    ? last.results.map((r) => `${r.name}: ${resultText(r)}`).join('; ')
    : last.results.map(resultText).join('; ');
  const missing = last.unmatched.join(', ');
  if (!last.merged && !found) return 'Không có đơn vị tiền thân; không có trong tổng hợp năm trước';
  if (!found) return `Không đơn vị tiền thân nào có trong tổng hợp năm trước: ${missing}`;
  return missing ? `${found}${year}. Không có trong tổng hợp năm trước: ${missing}` : `${found}${year}`;
}

/** The "last year" cell of a unit: a number only when it is one unit's total on this year's scale. */
export function lastYearCell(last: LastYear, maxTotal: number): string | number {
  const [only] = last.results;
  return !last.merged && last.results.length === 1 && only.maxTotal === maxTotal ? only.total : lastYearText(last);
}

