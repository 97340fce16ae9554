// Whether a score cell still holds the set's formula. Rows may have been inserted above the
// table (references shift) and columns inserted (letters shift), so formulas are compared
// by shape: every cell reference replaced by "#", case and spaces outside strings ignored,
// numbers compared by value (Gnumeric re-saves 0.9 as 0.899999999999999999978), and a cell
// read as N(x), as forms written before 2026-12 read it, the same as IF(ISNUMBER(x),x,0).

// A cell reference, optionally sheet-qualified and absolute, not followed by "(" (a function
// such as LOG10) or more name characters.
const CELL_REFERENCE = /(?:'(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?\$?[A-Za-z]{1,3}\$?\d+(?![\w(])/g;

// A number literal: not part of a name (LOG10) or of another number.
const NUMBER = /(?<![\w.])(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?(?![\w.])/g;

// N(#) of an older form: the cell read as a number (the name N alone, not the end of MIN or LEN).
const OLD_NUMBER_READ = /(?<![\w.])N\(#\)/g;

function partShape(part: string): string {
  return part
    .replace(CELL_REFERENCE, '#')
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(NUMBER, (n) => String(Number(n)))
    .replace(OLD_NUMBER_READ, 'IF(ISNUMBER(#),#,0)');
}

/** The formula with references replaced by "#", numbers by their shortest form, upper-cased and without spaces, strings kept. */
export function formulaShape(formula: string): string {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  return text
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : partShape(part)))
    .join('');
}
