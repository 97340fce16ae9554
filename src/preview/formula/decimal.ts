// Excel rounds on the decimal it shows, not on the binary double: a number is first
// written with 15 significant digits, then rounded there. So ROUND(1.005,2) is 1.01 and
// ROUND(0.285,2) is 0.29, where naive binary arithmetic gives 1 and 0.28.

export type RoundMode = 'half' | 'up' | 'down';

interface Decimal {
  /** Significant digits, no leading zeros ("0" for zero). */
  digits: string;
  /** The decimal point sits after this many digits (may be ≤ 0 or > digits.length). */
  point: number;
}

function toDecimal15(magnitude: number): Decimal {
  const [mantissa, exponent] = magnitude.toPrecision(15).split('e');
  const dot = mantissa.indexOf('.');
  const whole = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const fraction = dot < 0 ? '' : mantissa.slice(dot + 1);
  let digits = whole + fraction;
  let point = whole.length + (exponent ? Number(exponent) : 0);
  while (digits.length > 1 && digits[0] === '0') {
    digits = digits.slice(1);
    point -= 1;
  }
  return { digits, point };
}

function roundsAway(rest: string, mode: RoundMode): boolean {
  if (mode === 'half') return rest.length > 0 && rest[0] >= '5';
  if (mode === 'up') return /[1-9]/.test(rest);
  return false;
}

/**
 * Rounds `value` to `places` decimals (negative: to tens, hundreds…) like Excel's ROUND
 * ('half': half away from zero), ROUNDUP ('up': away from zero) and ROUNDDOWN ('down').
 */
export function roundDecimal(value: number, places: number, mode: RoundMode): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const decimals = Math.trunc(places);
  const sign = value < 0 ? -1 : 1;
  const { digits, point } = toDecimal15(Math.abs(value));
  const keep = point + decimals;
  const kept = keep <= 0 ? '' : digits.slice(0, keep).padEnd(keep, '0');
  const rest = keep <= 0 ? (keep === 0 ? digits : '0'.repeat(-keep) + digits) : digits.slice(keep);
  let units = BigInt(kept === '' ? '0' : kept);
  if (roundsAway(rest, mode)) units += 1n;
  const result = sign * Number(`${units}e${-decimals}`);
  return result === 0 ? 0 : result;
}

/** The number with exactly `places` decimals, rounded the Excel way ("1.01", "-3.0"). */
export function formatFixed(value: number, places: number): string {
  const rounded = roundDecimal(value, places, 'half');
  const text = rounded.toFixed(places);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
