// A1-style addresses: column letters, $ anchors, and sheet-name prefixes with Excel's
// quoting rules ('Tổng hợp'!A1, 'It''s'!B2).

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** One end of a reference, 0-based, with its $ anchors. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
  readonly rowAbsolute: boolean;
  readonly colAbsolute: boolean;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})$/;

/** Parses "B7", "$B$7", "b$7"; undefined when the text is not a cell address in the grid. */
export function parseCellRef(text: string): CellRef | undefined {
  const match = CELL.exec(text);
  if (!match) return undefined;
  const col = columnIndex(match[2]);
  const row = Number(match[4]) - 1;
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) return undefined;
  return { row, col, colAbsolute: match[1] === '$', rowAbsolute: match[3] === '$' };
}

export function formatCellRef(ref: CellRef): string {
  return `${ref.colAbsolute ? '$' : ''}${columnLetters(ref.col)}${ref.rowAbsolute ? '$' : ''}${ref.row + 1}`;
}

const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/** The sheet name as it must appear before "!": quoted when it holds spaces or punctuation. */
export function sheetPrefix(name: string): string {
  const plain = PLAIN_SHEET.test(name) && !parseCellRef(name) && !/^(TRUE|FALSE)$/i.test(name);
  return plain ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** Sheet names compare without regard to case, as in Excel. */
export function sheetKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
