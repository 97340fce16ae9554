// Excel's ordering of scalars: numbers < text < booleans; text compares without regard
// to case ("Có" = "có") but with regard to accents ("co" ≠ "có"); blank takes the
// other side's type (0, "" or FALSE).

import type { Scalar } from './values';

const collator = new Intl.Collator('vi', { sensitivity: 'accent' });

/** Text as compared: NFC, lower case. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export function compareText(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return 0;
  const order = collator.compare(fa, fb);
  if (order !== 0) return order;
  return fa < fb ? -1 : 1;
}

function typeRank(value: number | string | boolean): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

function blankAs(other: number | string | boolean): number | string | boolean {
  if (typeof other === 'number') return 0;
  if (typeof other === 'string') return '';
  return false;
}

type Plain = number | string | boolean | null;

/** Negative, zero or positive, like a sort comparator. Errors must be handled before. */
export function compareScalars(left: Plain, right: Plain): number {
  if (left === null && right === null) return 0;
  const a = left === null ? blankAs(right as number | string | boolean) : left;
  const b = right === null ? blankAs(a) : right;
  const rankDiff = typeRank(a) - typeRank(b);
  if (rankDiff !== 0) return rankDiff;
  if (typeof a === 'number') return a === b ? 0 : a < (b as number) ? -1 : 1;
  if (typeof a === 'string') return compareText(a, b as string);
  return a === b ? 0 : a ? 1 : -1;
}

export function isPlain(value: Scalar): value is Plain {
  return value === null || typeof value !== 'object';
}
