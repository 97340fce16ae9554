// How the pane shows a value read from a score cell: a number in the language's style at the set's
// precision, an error or text as it is, a blank as a dash.

import type { CellValue } from '../../plan/grid';
import { formatNumber, type Language } from './number-text';

export function scoreCellText(value: CellValue | undefined, language: Language, decimals: number): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return formatNumber(value, language, decimals);
  return String(value);
}
