// Percent fields hold a fraction in the workbook (0.85 = 85%) and are typed in percent in the pane.

import { cleanNumber, decimalParts, numberToInputText, type Language } from './number-text';

/**
 * The fraction for a percent typed by the user ("85" -> 0.85, "14,3" -> 0.143), moving the decimal
 * point in the text so that no binary rounding creeps in (14.3 / 100 would be 0.14300000000000002).
 * A trailing "%" is allowed. Null when the text is not a number.
 */
export function percentTextToFraction(text: string): number | null {
  const parts = decimalParts(text.trim().replace(/%$/, ''));
  if (!parts) return null;
  const whole = parts.whole.replace(/^0+(?=\d)/, '');
  const padded = whole.padStart(3, '0');
  const intPart = padded.slice(0, -2);
  const value = Number(`${parts.sign}${intPart}.${padded.slice(-2)}${parts.fraction}`);
  return Number.isFinite(value) ? value : null;
}

/** The percent shown for a fraction (0.85 -> 85, 0.143 -> 14.3), at 15 significant digits. */
export function fractionToPercent(fraction: number): number {
  return cleanNumber(fraction * 100);
}

/** Input text of a fraction in percent, in the language's decimal style (0.125 -> "12,5" in Vietnamese). */
export function fractionToPercentText(fraction: number, language: Language): string {
  return numberToInputText(fractionToPercent(fraction), language);
}
