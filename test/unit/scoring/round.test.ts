import fc from 'fast-check';
import { excelRound } from '../../../src/scoring/round';

/** Test-only reference: round a decimal string half away from zero with BigInt arithmetic. */
function referenceRound(sign: 1 | -1, mantissa: bigint, scale: number, digits: number): number {
  // value = sign × mantissa × 10^-scale
  const drop = scale - digits;
  if (drop <= 0) return Number(`${sign < 0 ? '-' : ''}${mantissa}e${-scale}`);
  const divisor = 10n ** BigInt(drop);
  let kept = mantissa / divisor;
  if ((mantissa % divisor) * 2n >= divisor) kept += 1n;
  const value = Number(`${kept}e${-digits}`);
  return sign < 0 && value !== 0 ? -value : value;
}

function decimals(x: number): number {
  const [coefficient, power = '0'] = String(Math.abs(x)).split('e');
  const fraction = coefficient.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(power));
}

describe('excelRound', () => {
  it.each([
    [1.005, 2, 1.01],
    [0.285, 2, 0.29],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [2.675, 2, 2.68],
    [1234, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [49, -2, 0],
    [0.1 + 0.2, 2, 0.3],
    [47.79833333333333, 2, 47.8],
    [8.345, 2, 8.35],
    [1e-7, 2, 0],
    [0, 2, 0],
    [123.456, 10, 123.456],
  ])('ROUND(%p, %p) = %p', (x, digits, expected) => {
    expect(excelRound(x, digits)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(excelRound(-0.001, 2), 0)).toBe(true);
  });

  const fifteenDigitDecimal = fc.record({
    negative: fc.boolean(),
    mantissa: fc.bigInt({ min: 1n, max: 999_999_999_999_999n }),
    scale: fc.integer({ min: 0, max: 15 }),
  });

  it('agrees with a decimal-string reference on random 15-digit decimals', () => {
    fc.assert(
      fc.property(fifteenDigitDecimal, fc.integer({ min: -3, max: 6 }), ({ negative, mantissa, scale }, digits) => {
        const x = Number(`${negative ? '-' : ''}${mantissa}e${-scale}`);
        expect(excelRound(x, digits)).toBe(referenceRound(negative ? -1 : 1, mantissa, scale, digits));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps at most `digits` decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, digits) => {
        expect(decimals(excelRound(x, digits))).toBeLessThanOrEqual(digits);
      }),
    );
  });

  it('is symmetric in sign: ROUND(-x) = -ROUND(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: -4, max: 8 }), (x, digits) => {
        expect(excelRound(-x, digits) === -excelRound(x, digits)).toBe(true);
      }),
    );
  });
});
