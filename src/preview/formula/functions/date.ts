// DAY, MONTH and YEAR of a serial day number (Excel's 1900 date system: day 1 is 01/01/1900,
// and, as in Excel, day 60 is the 29/02/1900 that never was).

import { toNumber } from '../coerce';
import { err, isError, type Scalar } from '../values';
import { scalarFn, type FormulaFunction } from './types';

const MS_PER_DAY = 86_400_000;
/** Day 0 of the system as counted from day 61 on (after the phantom 29/02/1900). */
const EPOCH = Date.UTC(1899, 11, 30);
const LAST_SERIAL = 2958465; // 31/12/9999

function parts(serial: number): { day: number; month: number; year: number } {
  if (serial === 0) return { day: 0, month: 1, year: 1900 }; // Excel's "00/01/1900"
  if (serial < 60) {
    const d = new Date(EPOCH + (serial + 1) * MS_PER_DAY);
    return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
  }
  if (serial < 61) return { day: 29, month: 2, year: 1900 };
  const d = new Date(EPOCH + serial * MS_PER_DAY);
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
}

function datePart(pick: (p: { day: number; month: number; year: number }) => number) {
  return scalarFn(1, 1, ([value]) => {
    const n: Scalar = toNumber(value);
    if (isError(n)) return n;
    if (n < 0 || n > LAST_SERIAL) return err('#NUM!');
    return pick(parts(Math.floor(n)));
  });
}

export const dateFunctions: Record<string, FormulaFunction> = {
  DAY: datePart((p) => p.day),
  MONTH: datePart((p) => p.month),
  YEAR: datePart((p) => p.year),
};
