// The hint under a field: its unit, its bounds ("từ 0 đến 100"), how to type it, and its help.

import type { InputField } from '../../../criteria/model';
import type { I18n } from '../../i18n/I18nProvider';
import { shownBounds } from '../../logic/bounds';
import { formatNumber } from '../../logic/number-text';

export function fieldHint(field: InputField, { t, language }: I18n): string {
  const parts: string[] = [];
  if (field.unit) parts.push(t('pane.entry.unitHint', { unit: field.unit }));
  const bounds = shownBounds(field);
  if (bounds) {
    const show = (v: number) => formatNumber(v, language, 6) + (bounds.percent ? '%' : '');
    if (bounds.min !== undefined && bounds.max !== undefined) parts.push(t('pane.entry.boundsBetween', { min: show(bounds.min), max: show(bounds.max) }));
    else if (bounds.min !== undefined) parts.push(t('pane.entry.boundsAtLeast', { min: show(bounds.min) }));
    else if (bounds.max !== undefined) parts.push(t('pane.entry.boundsAtMost', { max: show(bounds.max) }));
  }
  if (field.type === 'percent') parts.push(t('pane.entry.percentHint'));
  if (field.type === 'integer' || field.type === 'count') parts.push(t('pane.entry.wholeHint'));
  const line = parts.join(' · ');
  return field.help ? `${line ? `${line}. ` : ''}${field.help}` : line;
}
