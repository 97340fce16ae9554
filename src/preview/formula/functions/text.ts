// CONCATENATE, TEXT, LEN, TRIM, UPPER, LOWER.

import { numberToText, parseNumericText, toNumber, toText } from '../coerce';
import { formatFixed } from '../decimal';
import { err, isError, type Scalar } from '../values';
import { scalarFn, type FormulaFunction } from './types';

function withText(value: Scalar, op: (text: string) => Scalar): Scalar {
  const text = toText(value);
  return isError(text) ? text : op(text);
}

function groupThousands(fixed: string): string {
  const [whole, fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

const NUMBER_FORMAT = /^([#0,]*0)(\.(0+))?(%?)$/;

/**
 * TEXT with the number formats the add-in uses: "General", "@", and fixed decimals with
 * optional thousands separators and percent ("0", "0.0", "0.00", "#,##0.00", "0.0%").
 * Text that is not a number and booleans come back as text. Other format codes give
 * #VALUE! rather than a wrong rendering.
 */
function formatNumber(value: Scalar, format: Scalar): Scalar {
  if (isError(value)) return value;
  const code = toText(format);
  if (isError(code)) return code;
  if (code === '@') return toText(value);
  if (typeof value === 'boolean') return toText(value);
  if (typeof value === 'string' && parseNumericText(value) === undefined) return value;
  const n = toNumber(value);
  if (isError(n)) return n;
  if (code.toUpperCase() === 'GENERAL' || code === '') return numberToText(n);
  const match = NUMBER_FORMAT.exec(code);
  if (!match) return err('#VALUE!');
  const percent = match[4] === '%';
  const fixed = formatFixed(percent ? n * 100 : n, match[3]?.length ?? 0);
  return (match[1].includes(',') ? groupThousands(fixed) : fixed) + (percent ? '%' : '');
}

export const textFunctions: Record<string, FormulaFunction> = {
  CONCATENATE: scalarFn(1, 255, (args) => {
    let out = '';
    for (const arg of args) {
      const text = toText(arg);
      if (isError(text)) return text;
      out += text;
    }
    return out;
  }),
  TEXT: scalarFn(2, 2, ([value, format]) => formatNumber(value, format)),
  LEN: scalarFn(1, 1, ([value]) => withText(value, (text) => text.length)),
  TRIM: scalarFn(1, 1, ([value]) => withText(value, (text) => text.replace(/ +/g, ' ').replace(/^ | $/g, ''))),
  UPPER: scalarFn(1, 1, ([value]) => withText(value, (text) => text.toUpperCase())),
  LOWER: scalarFn(1, 1, ([value]) => withText(value, (text) => text.toLowerCase())),
};
