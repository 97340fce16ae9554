// Excel's ROUND, which is decimal: it rounds the value as Excel displays it (15 significant
// digits), half away from zero. Math.round(x * 100) / 100 gives 1 for ROUND(1.005, 2); this
// gives 1.01, like Excel 2021 and LibreOffice.

const SIGNIFICANT_DIGITS = 15;

/** The 15-significant-digit decimal of |x| as an integer mantissa and a power of ten. */
function decimalOf(x: number): { mantissa: bigint; exponent: number } {
  const text = Math.abs(x).toPrecision(SIGNIFICANT_DIGITS);
  const [coefficient, power = '0'] = text.split('e');
  const [whole, fraction = ''] = coefficient.split('.');
  return { mantissa: BigInt(whole + fraction), exponent: Number(power) - fraction.length };
}

/** Relative distance from a half beyond which the fast path is exact (5e-15 + 2^-53, rounded up). */
const HALF_MARGIN = 6e-15;
const POWERS_OF_TEN = Array.from({ length: SIGNIFICANT_DIGITS + 1 }, (_, i) => 10 ** i);

/** ROUND(x, digits) as Excel computes it; digits may be negative (ROUND(1234, -2) = 1200). */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const places = Math.trunc(digits);
  // Fast path, exact: x's 15-digit decimal d differs from x by at most 5e-15 relatively, and
  // s = |x| × 10^places by one rounding more; when s is farther than that from a half, d × 10^places
  // rounds half away from zero to the same whole k as s does. k / 10^places (both exact) is then
  // correctly rounded, like Number(`${k}e-places`). Values near a half take the decimal path.
  if (places >= 0 && places <= SIGNIFICANT_DIGITS) {
    const power = POWERS_OF_TEN[places];
    const s = Math.abs(x) * power;
    if (s < 1e14) {
      const whole = Math.floor(s);
      const fraction = s - whole;
      if (Math.abs(fraction - 0.5) > s * HALF_MARGIN) {
        const k = fraction > 0.5 ? whole + 1 : whole;
        if (k === 0) return 0;
        return x < 0 ? -k / power : k / power;
      }
    }
  }
  return decimalRound(x, places);
}

/** ROUND through the 15-significant-digit decimal of x (BigInt arithmetic): the general path. */
export function decimalRound(x: number, places: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const { mantissa, exponent } = decimalOf(x);
  const shift = exponent + places;
  let scaled: bigint;
  if (shift >= 0) {
    scaled = mantissa * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = mantissa / divisor;
    if (2n * (mantissa % divisor) >= divisor) scaled += 1n;
  }
  if (scaled === 0n) return 0;
  const magnitude = Number(`${scaled}e${-places}`);
  return x < 0 ? -magnitude : magnitude;
}
