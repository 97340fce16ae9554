// Bands (xếp loại): the label of the highest band whose minimum the total reaches.

import type { Band } from '../criteria/model';
import { atLeast } from '../rules/cell';

/** Bands from the highest minimum down (stable for equal minima): the order both sides test them. */
export function bandsFromHighest(bands: readonly Band[]): Band[] {
  return bands.slice().sort((a, b) => b.min - a.min);
}

/** Label of the highest band whose `min` <= total; undefined when none (or no bands). */
export function bandFor(total: number, bands: Band[]): string | undefined {
  return bandsFromHighest(bands).find((band) => atLeast(total, band.min))?.label;
}
