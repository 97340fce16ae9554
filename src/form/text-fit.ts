// How many lines a text takes in a cell of a given width, so that rows are planned tall enough
// (a file written outside Excel has no measured row heights, and Excel does not grow rows for
// wrapped text in merged cells). Widths are estimated from Times New Roman's glyph widths by
// kind of character, words wrap as a spreadsheet wraps them, and a margin covers the difference
// between Excel's and LibreOffice's rendering: a row may be a little tall, never clipped.

import type { FontStyle } from '../plan/model';

/** Average advance widths of Times New Roman, in em, by kind of character. */
const EM = { upper: 0.7, lower: 0.47, digit: 0.5, space: 0.25, narrow: 0.3, other: 0.55 } as const;
/** Bold Times New Roman is a little wider. */
const BOLD_FACTOR = 1.07;
/** Share of a cell's width that text may use (cell padding, and renderers that differ). */
const USABLE = 0.9;
/** Points of one Excel width unit (the width of "0" in the default font, 7 px at 96 dpi) and a column's padding. */
const POINTS_PER_WIDTH = 5.25;
const COLUMN_PADDING = 3.75;
/** Line height as a multiple of the font size, and the padding of a row (points). */
const LINE_FACTOR = 1.375;
const ROW_PADDING = 3;

function emOf(ch: string): number {
  const base = ch.normalize('NFD')[0] ?? ch;
  if (base === ' ') return EM.space;
  if (/[0-9]/.test(base)) return EM.digit;
  if (/[.,;:'|!()[\]\-/]/.test(base)) return EM.narrow;
  if (/[ilfjtrI]/.test(base)) return EM.narrow;
  if (/[mwMW]/.test(base)) return EM.upper + 0.15;
  if (base !== base.toLowerCase()) return EM.upper;
  if (base !== base.toUpperCase()) return EM.lower;
  return EM.other;
}

/** Width of a text in points. */
function textWidth(text: string, font: FontStyle): number {
  let em = 0;
  for (const ch of text) em += emOf(ch);
  return em * (font.size ?? 12) * (font.bold ? BOLD_FACTOR : 1);
}

/** Points of text that fit across `widthUnits` of Excel column width. */
export function usableWidth(widthUnits: number, columns = 1): number {
  return (widthUnits * POINTS_PER_WIDTH + COLUMN_PADDING * columns) * USABLE - 4;
}

/** Lines a paragraph takes when its words wrap at `width` points (a word longer than a line breaks). */
function paragraphLines(paragraph: string, width: number, font: FontStyle): number {
  const words = paragraph.split(' ');
  const space = textWidth(' ', font);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = textWidth(word, font);
    if (used > 0 && used + space + w <= width) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    // A word wider than the line breaks across lines of its own.
    const extra = Math.max(0, Math.ceil(w / width) - 1);
    lines += extra;
    used = w - extra * width;
  }
  return lines;
}

/** Lines `text` takes in a cell `widthPoints` wide (explicit line breaks included). */
export function linesOf(text: string, widthPoints: number, font: FontStyle): number {
  const width = Math.max(1, widthPoints);
  return text.split('\n').reduce((n, paragraph) => n + paragraphLines(paragraph, width, font), 0);
}

/** The row height (points) for `lines` lines of the font. */
export function heightOf(lines: number, font: FontStyle): number {
  return lines * (font.size ?? 12) * LINE_FACTOR + ROW_PADDING;
}
