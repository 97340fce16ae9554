// The calculation order of a FormulaWorkbook (workbook.ts): a dependency graph whose nodes are
// the formula cells and the distinct ranges formulas read, ordered so each formula comes after
// the formula cells it reads; cells caught in a cycle are set apart.

import { MAX_COLS, sheetKey } from './address';
import { calculationOrder } from './recalc-order';
import { cellKey, type Formula, type FormulaEntry, type Sheet } from './workbook-cells';

/** A distinct rectangle that formulas read: one node of the dependency graph. */
interface RangeNode {
  readonly kind: 'range';
  readonly cells: FormulaEntry[];
}

type GraphNode = FormulaEntry | RangeNode;

export interface CalcPlan {
  order: FormulaEntry[];
  circular: Set<FormulaEntry>;
}

/** Formula cells of one sheet by column, each column sorted by row, for range lookups. */
type ColumnIndex = Map<number, FormulaEntry[]>;

function firstAtOrAfter(entries: FormulaEntry[], row: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entries[mid].row < row) low = mid + 1;
    else high = mid;
  }
  return low;
}

function formulasWithin(
  columns: ColumnIndex | undefined,
  top: number,
  left: number,
  bottom: number,
  right: number,
): FormulaEntry[] {
  const out: FormulaEntry[] = [];
  for (const [col, column] of columns ?? []) {
    if (col < left || col > right) continue;
    for (let i = firstAtOrAfter(column, top); i < column.length && column[i].row <= bottom; i += 1) out.push(column[i]);
  }
  return out;
}

/** Orders the formulas: each after the formula cells its references cover. */
export function planCalculation(sheetList: readonly Sheet[], byKey: ReadonlyMap<string, Sheet>): CalcPlan {
  const entries = formulaEntries(sheetList);
  const indexes = columnIndexes(entries);
  const byCell = new Map(entries.map((entry) => [entry.cell, entry]));
  const ranges = new Map<string, RangeNode>();
  const precedentsOf = (entry: FormulaEntry): GraphNode[] => {
    const out: GraphNode[] = [];
    for (const ref of (entry.cell.formula as Formula).refs) {
      const sheet = byKey.get(sheetKey(ref.sheet ?? entry.sheet.name));
      if (!sheet) continue;
      const end = ref.end ?? ref.start;
      if (end === ref.start) {
        const cell = sheet.cells.get(cellKey(ref.start.row, ref.start.col));
        const precedent = cell && byCell.get(cell);
        if (precedent) out.push(precedent);
        continue;
      }
      const top = Math.min(ref.start.row, end.row);
      const bottom = Math.max(ref.start.row, end.row);
      const left = Math.min(ref.start.col, end.col);
      const right = Math.max(ref.start.col, end.col);
      const key = `${sheetKey(sheet.name)}|${top}|${left}|${bottom}|${right}`;
      let node = ranges.get(key);
      if (!node) {
        node = { kind: 'range', cells: formulasWithin(indexes.get(sheet), top, left, bottom, right) };
        ranges.set(key, node);
      }
      out.push(node);
    }
    return out;
  };
  const { order, circular } = calculationOrder<GraphNode>(entries, (node) =>
    node.kind === 'range' ? node.cells : precedentsOf(node),
  );
  const isFormula = (node: GraphNode): node is FormulaEntry => node.kind === 'formula';
  return { order: order.filter(isFormula), circular: new Set([...circular].filter(isFormula)) };
}

function formulaEntries(sheetList: readonly Sheet[]): FormulaEntry[] {
  const entries: FormulaEntry[] = [];
  for (const sheet of sheetList) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula) entries.push({ kind: 'formula', sheet, row: Math.floor(key / MAX_COLS), col: key % MAX_COLS, cell });
    }
  }
  return entries;
}

function columnIndexes(entries: FormulaEntry[]): Map<Sheet, ColumnIndex> {
  const indexes = new Map<Sheet, ColumnIndex>();
  for (const entry of entries) {
    let columns = indexes.get(entry.sheet);
    if (!columns) indexes.set(entry.sheet, (columns = new Map()));
    const column = columns.get(entry.col);
    if (column) column.push(entry);
    else columns.set(entry.col, [entry]);
  }
  for (const columns of indexes.values()) for (const column of columns.values()) column.sort((a, b) => a.row - b.row);
  return indexes;
}
