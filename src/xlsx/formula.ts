// Formula text as stored in .xlsx files: the "_xlfn." prefixes of functions newer than
// Excel 2007, and the shifting of relative references that expands shared formulas.
// String literals ("…"), quoted sheet names ('…') and brackets ([…]) are never touched.

import { colLetter, MAX_COL, MAX_ROW } from '../plan/address';

/** Functions that Excel stores as "_xlfn.NAME" (Excel 2010 and later). */
const XLFN_FUNCTIONS = new Set(
  (
    'ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV ' +
    'BITAND BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT ' +
    'CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH ' +
    'COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL DROP ENCODEURL ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST ' +
    'F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FILTERXML FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT ' +
    'FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV ' +
    'GAMMALN.PRECISE GAUSS HSTACK HYPGEOM.DIST IFNA IFS IMAGE IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ' +
    'ISFORMULA ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS MODE.MULT ' +
    'MODE.SNGL MUNIT NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE ' +
    'PDURATION PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST ' +
    'QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ REDUCE RRI SCAN SEC SECH SEQUENCE SHEET SHEETS ' +
    'SINGLE SKEW.P SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE ' +
    'TEXTAFTER TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE VALUETOTEXT VAR.P VAR.S VSTACK ' +
    'WEBSERVICE WEIBULL.DIST WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST'
  ).split(' '),
);
/** Functions that Excel stores as "_xlfn._xlws.NAME". */
const XLWS_FUNCTIONS = new Set(['FILTER', 'SORT']);

/** Calls `visit(start, end)` for each stretch outside string literals, quoted names and brackets. */
export function forEachCodeStretch(formula: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  let start = 0;
  const n = formula.length;
  while (i < n) {
    const c = formula[i];
    const close = c === '"' ? '"' : c === "'" ? "'" : c === '[' ? ']' : '';
    if (!close) {
      i++;
      continue;
    }
    if (i > start) visit(start, i);
    i++;
    let depth = 1;
    while (i < n && depth > 0) {
      if (c === '[' && formula[i] === '[') depth++;
      else if (formula[i] === close) {
        if (close !== ']' && formula[i + 1] === close) i++; // doubled quote
        else depth--;
      }
      i++;
    }
    start = i;
  }
  if (n > start) visit(start, n);
}

/** Rewrites the code stretches of `formula` with `rewrite`, keeping literals as they are. */
function rewriteCode(formula: string, rewrite: (code: string) => string): string {
  let out = '';
  let last = 0;
  forEachCodeStretch(formula, (start, end) => {
    out += formula.slice(last, start) + rewrite(formula.slice(start, end));
    last = end;
  });
  return out + formula.slice(last);
}

/** "RANK.EQ(A1,A:A)" -> "_xlfn.RANK.EQ(A1,A:A)", for writing a file. Idempotent. */
export function addXlfnPrefixes(formula: string): string {
  return rewriteCode(formula, (code) =>
    code.replace(/(^|[^A-Za-z0-9_.\\])([A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()/g, (all, before: string, name: string) => {
      const upper = name.toUpperCase();
      if (XLWS_FUNCTIONS.has(upper)) return `${before}_xlfn._xlws.${name}`;
      if (XLFN_FUNCTIONS.has(upper)) return `${before}_xlfn.${name}`;
      return all;
    }),
  );
}

/** "_xlfn.RANK.EQ(A1,A:A)" -> "RANK.EQ(A1,A:A)", for reading a file. */
export function stripXlfnPrefixes(formula: string): string {
  if (formula.indexOf('_xl') < 0) return formula;
  return rewriteCode(formula, (code) => code.replace(/(^|[^A-Za-z0-9_.\\])(?:_xlfn\.|_xlws\.)+/gi, '$1'));
}

// A cell reference, a whole-column range or a whole-row range, not part of a longer name,
// not a function name and not a sheet name (followed by "!").
const REF =
  /(^|[^A-Za-z0-9_.\\$])(?:(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7}))(?![A-Za-z0-9_.(!\\])/g;

/**
 * Moves the relative references of `formula` by `dRow` rows and `dCol` columns, as Excel
 * does when a formula is copied (shared formulas). Off-sheet references become #REF!.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  const col = (abs: string, letters: string) => {
    if (abs) return abs + letters.toUpperCase();
    const c = lettersToCol(letters) + dCol;
    return c < 0 || c > MAX_COL ? undefined : colLetter(c);
  };
  const row = (abs: string, digits: string) => {
    if (abs) return abs + digits;
    const r = Number(digits) - 1 + dRow;
    return r < 0 || r > MAX_ROW ? undefined : String(r + 1);
  };
  return rewriteCode(formula, (code) =>
    code.replace(REF, (...m: string[]) => {
      const before = m[1];
      let parts: (string | undefined)[];
      if (m[3] !== undefined) parts = [col(m[2], m[3]), row(m[4], m[5])];
      else if (m[7] !== undefined) parts = [col(m[6], m[7]), ':', col(m[8], m[9])];
      else parts = [row(m[10], m[11]), ':', row(m[12], m[13])];
      return before + (parts.includes(undefined) ? '#REF!' : parts.join(''));
    }),
  );
}

function lettersToCol(letters: string): number {
  let c = 0;
  for (let i = 0; i < letters.length; i++) c = c * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return c - 1;
}
