// The bounds shown beside a numeric field: the field's own, else those the engine applies
// (>= 0 for counts, integers and percents; <= 100% for percents).

import type { InputField } from '../../criteria/model';
import { isNumericField } from './field-value';
import { fractionToPercent } from './percent';

export interface ShownBounds {
  min?: number;
  max?: number;
  /** True when the numbers are percents (already multiplied by 100). */
  percent: boolean;
}

export function shownBounds(field: InputField): ShownBounds | undefined {
  if (!isNumericField(field)) return undefined;
  const min = field.min ?? (field.type === 'decimal' ? undefined : 0);
  const max = field.max ?? (field.type === 'percent' ? 1 : undefined);
  if (min === undefined && max === undefined) return undefined;
  const percent = field.type === 'percent';
  const scale = (v: number | undefined) => (v === undefined ? undefined : percent ? fractionToPercent(v) : v);
  return { min: scale(min), max: scale(max), percent };
}
