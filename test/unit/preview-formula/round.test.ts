import fc from 'fast-check';
import { formatFixed, roundDecimal } from '../../../src/preview/formula';
import { calc } from './calc';

describe('ROUND, ROUNDUP, ROUNDDOWN (decimal, half away from zero)', () => {
  it.each([
    ['ROUND(1.005,2)', 1.01],
    ['ROUND(0.285,2)', 0.29],
    ['ROUND(2.675,2)', 2.68],
    ['ROUND(-2.5,0)', -3],
    ['ROUND(2.5,0)', 3],
    ['ROUND(-1.005,2)', -1.01],
    ['ROUND(1234.5678,-2)', 1200],
    ['ROUND(0.05,1)', 0.1],
    ['ROUND(0.04,0)', 0],
    ['ROUND(0.1+0.2,15)', 0.3],
    ['ROUND(A1,1)', 0],
    ['ROUND("2.45",1)', 2.5],
    ['ROUND(2.5,0.9)', 3],
    ['ROUNDUP(0.001,1)', 0.1],
    ['ROUNDUP(-1.21,1)', -1.3],
    ['ROUNDUP(0.1+0.2,1)', 0.3],
    ['ROUNDUP(3,0)', 3],
    ['ROUNDDOWN(1.999,2)', 1.99],
    ['ROUNDDOWN(-1.999,0)', -1],
  ])('%s = %p', (formula, expected) => {
    expect(calc(formula)).toBe(expected);
  });

  it('passes errors and rejects text', () => {
    expect(calc('ROUND(1/0,2)')).toEqual({ error: '#DIV/0!' });
    expect(calc('ROUND("x",2)')).toEqual({ error: '#VALUE!' });
  });

  it('applies element-wise inside SUMPRODUCT', () => {
    expect(calc('SUMPRODUCT(ROUND({1.005,2.675},2))')).toBeCloseTo(3.69, 12);
  });

  it('rounds thousandths to hundredths exactly as decimal arithmetic does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (k) => {
        const expected = (Math.sign(k) * Math.floor((Math.abs(k) + 5) / 10)) / 100;
        expect(roundDecimal(k / 1000, 2, 'half')).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });

  it('never moves a value by more than one unit of the last place', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, places) => {
        const unit = 10 ** -places;
        expect(Math.abs(roundDecimal(x, places, 'half') - x)).toBeLessThanOrEqual(unit / 2 + Math.abs(x) * 1e-14);
        expect(Math.abs(roundDecimal(x, places, 'down'))).toBeLessThanOrEqual(Math.abs(x) + Math.abs(x) * 1e-14);
        expect(Math.abs(roundDecimal(x, places, 'up'))).toBeGreaterThanOrEqual(Math.abs(x) - Math.abs(x) * 1e-14);
      }),
    );
  });
});

describe('formatFixed', () => {
  it('shows exactly the asked decimals after decimal rounding', () => {
    expect(formatFixed(1.005, 2)).toBe('1.01');
    expect(formatFixed(-0.04, 1)).toBe('0.0');
    expect(formatFixed(3, 1)).toBe('3.0');
  });
});

describe('INT and ABS', () => {
  it('floors toward minus infinity and drops the sign', () => {
    expect(calc('INT(-2.5)')).toBe(-3);
    expect(calc('INT(2.9)')).toBe(2);
    expect(calc('ABS(-4)')).toBe(4);
    expect(calc('ABS(A1)')).toBe(0);
  });
});
