// A Grid (src/plan/grid.ts) over what one sync read from a used range: values, formulas and
// value types, positioned at the range's absolute 0-based row and column.

import type { CellValue, Grid } from '../plan/grid';

export interface UsedRangeData {
  name: string;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
}

export function gridFromUsedRange(data: UsedRangeData): Grid {
  const { rowIndex, columnIndex, values, formulas, valueTypes } = data;
  const empty = values.length === 1 && values[0].length === 1 && valueTypes[0][0] === 'Empty';
  const rows = empty ? 0 : values.length;
  const cols = empty ? 0 : values[0]?.length ?? 0;
  const at = (r: number, c: number) => {
    const i = r - rowIndex;
    const j = c - columnIndex;
    return i >= 0 && i < rows && j >= 0 && j < cols ? { i, j } : undefined;
  };
  return {
    name: data.name,
    rowCount: rows ? rowIndex + rows : 0,
    colCount: cols ? columnIndex + cols : 0,
    value(row: number, col: number): CellValue {
      const p = at(row, col);
      if (!p) return null;
      const type = valueTypes[p.i][p.j];
      if (type === 'Empty' || type === 'Error') return null;
      const v = values[p.i][p.j];
      return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : null;
    },
    formula(row: number, col: number): string | undefined {
      const p = at(row, col);
      if (!p) return undefined;
      const f = formulas[p.i][p.j];
      if (typeof f !== 'string' || !f.startsWith('=')) return undefined;
      // A text cell holding "=…" (entered with an apostrophe) reads back the same in both arrays.
      if (valueTypes[p.i][p.j] === 'String' && values[p.i][p.j] === f) return undefined;
      return f.slice(1).replace(/_xlfn\./gi, '');
    },
    error(row: number, col: number): string | undefined {
      const p = at(row, col);
      if (!p || valueTypes[p.i][p.j] !== 'Error') return undefined;
      return String(values[p.i][p.j]);
    },
  };
}
