// Finding and rewriting the references inside formula text, as Excel does when rows are
// inserted or deleted and when sheets are renamed or deleted. Only the references that
// change are rewritten; the rest of the text stays as typed.

import { MAX_ROWS, formatCellRef, sheetKey, sheetPrefix, type CellRef } from './address';
import type { Node, RefNode } from './ast';

export function collectRefs(node: Node, out: RefNode[] = []): RefNode[] {
  switch (node.kind) {
    case 'ref':
      out.push(node);
      break;
    case 'unary':
    case 'percent':
      collectRefs(node.operand, out);
      break;
    case 'binary':
      collectRefs(node.left, out);
      collectRefs(node.right, out);
      break;
    case 'call':
      node.args.forEach((arg) => collectRefs(arg, out));
      break;
    default:
      break;
  }
  return out;
}

/** A replacement for a reference's text, or undefined to keep it. */
type RefRewrite = (ref: RefNode) => string | undefined;

export function rewriteRefs(text: string, ast: Node, rewrite: RefRewrite): string {
  const edits = collectRefs(ast)
    .map((ref) => ({ ref, replacement: rewrite(ref) }))
    .filter((edit): edit is { ref: RefNode; replacement: string } => edit.replacement !== undefined)
    .sort((a, b) => b.ref.span[0] - a.ref.span[0]);
  let out = text;
  for (const { ref, replacement } of edits) out = out.slice(0, ref.span[0]) + replacement + out.slice(ref.span[1]);
  return out;
}

const REF_ERROR_TEXT = '#REF!';

function refText(sheet: string | undefined, start: CellRef, end: CellRef | undefined): string {
  const prefix = sheet === undefined ? '' : sheetPrefix(sheet);
  return prefix + formatCellRef(start) + (end ? `:${formatCellRef(end)}` : '');
}

function pointsAt(ref: RefNode, formulaSheet: string, sheet: string): boolean {
  return sheetKey(ref.sheet ?? formulaSheet) === sheetKey(sheet);
}

/** Rewrites for `count` rows inserted before row `at` of `sheet` (0-based). */
export function insertRowsRewrite(formulaSheet: string, sheet: string, at: number, count: number): RefRewrite {
  return (ref) => {
    if (!pointsAt(ref, formulaSheet, sheet)) return undefined;
    const move = (cell: CellRef): CellRef => (cell.row >= at ? { ...cell, row: cell.row + count } : cell);
    const start = move(ref.start);
    const end = ref.end && move(ref.end);
    if (start === ref.start && end === ref.end) return undefined;
    if (start.row >= MAX_ROWS || (end && end.row >= MAX_ROWS)) return REF_ERROR_TEXT;
    return refText(ref.sheet, start, end);
  };
}

/** Rewrites for rows at..at+count-1 of `sheet` deleted: references into them become #REF!, ranges shrink. */
export function deleteRowsRewrite(formulaSheet: string, sheet: string, at: number, count: number): RefRewrite {
  const last = at + count - 1;
  return (ref) => {
    if (!pointsAt(ref, formulaSheet, sheet)) return undefined;
    const end = ref.end ?? ref.start;
    const lowRow = Math.min(ref.start.row, end.row);
    const highRow = Math.max(ref.start.row, end.row);
    if (highRow < at) return undefined;
    if (!ref.end && ref.start.row <= last) return REF_ERROR_TEXT;
    const top = lowRow < at ? lowRow : lowRow > last ? lowRow - count : at;
    const bottom = highRow < at ? highRow : highRow > last ? highRow - count : at - 1;
    if (bottom < top) return REF_ERROR_TEXT;
    const startIsLow = ref.start.row <= end.row;
    const start = { ...ref.start, row: startIsLow ? top : bottom };
    return refText(ref.sheet, start, ref.end && { ...ref.end, row: startIsLow ? bottom : top });
  };
}

/** Rewrites references naming sheet `from` to name `to`. */
export function renameSheetRewrite(from: string, to: string): RefRewrite {
  return (ref) => (ref.sheet !== undefined && sheetKey(ref.sheet) === sheetKey(from) ? refText(to, ref.start, ref.end) : undefined);
}

/** References into a deleted sheet become #REF!. */
export function deleteSheetRewrite(name: string): RefRewrite {
  return (ref) => (ref.sheet !== undefined && sheetKey(ref.sheet) === sheetKey(name) ? REF_ERROR_TEXT : undefined);
}
