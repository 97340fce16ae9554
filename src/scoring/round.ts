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

/** ROUND(x, digits) as Excel computes it; digits may be negative (ROUND(1234, -2) = 1200). */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const places = Math.trunc(digits);
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
