// Percent fields hold a fraction in the workbook (0.85 = 85%) and are typed in the pane as people
// write them: "85", "85 %" and "0,85" all mean 85 %. A number below 1 without a "%" sign is read as
// the fraction itself; with the sign it is a percent as typed ("0,5 %" is half a percent). The pane
// shows its reading under the box, so the user sees which one was understood.

import { cleanNumber, decimalParts, numberToInputText, type Language } from './number-text';

/** The fraction of a percent text ("85" -> 0.85), moving the decimal mark in the text so that no binary rounding creeps in. */
function percentDigitsToFraction(parts: { sign: string; whole: string; fraction: string }): number | null {
  const whole = parts.whole.replace(/^0+(?=\d)/, '');
  const padded = whole.padStart(3, '0');
  const value = Number(`${parts.sign}${padded.slice(0, -2)}.${padded.slice(-2)}${parts.fraction}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * The fraction for a percent typed by the user ("85" -> 0.85, "14,3" -> 0.143, "0,85" -> 0.85,
 * "0,5 %" -> 0.005), with the language's number habits (decimal comma in Vietnamese). Null when
 * the text is not a number.
 */
export function percentTextToFraction(text: string, language: Language = 'vi'): number | null {
  const trimmed = text.trim();
  const signed = trimmed.endsWith('%');
  const parts = decimalParts(signed ? trimmed.slice(0, -1) : trimmed, language);
  if (!parts) return null;
  const belowOne = /^0*$/.test(parts.whole) && /[1-9]/.test(parts.fraction);
  if (belowOne && !signed) return Number(`${parts.sign}0.${parts.fraction}`);
  return percentDigitsToFraction(parts);
}

/** The percent shown for a fraction (0.85 -> 85, 0.143 -> 14.3), at 15 significant digits. */
export function fractionToPercent(fraction: number): number {
  return cleanNumber(fraction * 100);
}

/** Input text of a fraction in percent, in the language's decimal style (0.125 -> "12,5" in Vietnamese). */
export function fractionToPercentText(fraction: number, language: Language): string {
  return numberToInputText(fractionToPercent(fraction), language);
}
