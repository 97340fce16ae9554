import fc from 'fast-check';
import { decimalRound, excelRound } from '../../../src/scoring/round';

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

  it('its fast path for values already on the grid agrees with the decimal path', () => {
    const onGrid = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 })).map(([k, p]) => [k / 10 ** p, p] as const);
    const nearGrid = fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -3, max: 3 }))
      .map(([k, p, ulps]) => {
        let x = k / 10 ** p;
        for (let i = 0; i < Math.abs(ulps); i++) x = nextDouble(x, Math.sign(ulps));
        return [x, p] as const;
      });
    fc.assert(
      fc.property(fc.oneof(onGrid, nearGrid, fc.tuple(fc.double({ min: -1e16, max: 1e16, noNaN: true }), fc.integer({ min: -2, max: 16 }))), ([x, digits]) => {
        expect(excelRound(x, digits)).toBe(decimalRound(x, digits));
      }),
      { numRuns: 3000 },
    );
  });
});

/** The neighbouring double of x towards +∞ (direction 1) or −∞ (−1). */
function nextDouble(x: number, direction: number): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, bits + ((x > 0) === (direction > 0) ? 1n : -1n));
  return view.getFloat64(0);
}
