// One sheet of a definition workbook read as a table: row 1 holds the column keys (in any
// order), the rows below hold data (blank rows are skipped). Unknown columns are reported
// and ignored; missing required columns are reported at the header cell where they belong.

import { suggest } from '../util/suggest';
import type { CellValue, Grid } from '../plan/grid';
import { isBlank, textOf } from './cells';
import type { ColumnSpec } from './format';
import type { AuthoringIssues, CellRef } from './issues';
import { LocalizedError, msg } from '../messages';

export interface Table {
  readonly sheet: string;
  readonly grid: Grid;
  /** Column index by key; a missing column gets the first free index after the used ones. */
  readonly columns: ReadonlyMap<string, number>;
  /** Keys of the columns present in row 1. */
  readonly present: ReadonlySet<string>;
  /** Data rows (0-based), blank rows left out. */
  readonly rows: readonly number[];
}

/** A header cell's key: lower case, spaces as '_'. */
export function headerKey(value: CellValue): string {
  return textOf(value).toLowerCase().replace(/\s+/g, '_');
}

export function readTable(grid: Grid, specs: readonly ColumnSpec[], issues: AuthoringIssues): Table {
  const keys = specs.map((spec) => spec.key);
  const columns = new Map<string, number>();
  const present = new Set<string>();
  let used = 0;
  for (let col = 0; col < grid.colCount; col++) {
    const key = headerKey(grid.value(0, col));
    if (key === '') continue;
    used = col + 1;
    const at = { sheet: grid.name, row: 0, col };
    if (!keys.includes(key)) {
      const guess = suggest(key, keys.filter((k) => !present.has(k)));
      issues.report('warning', at, guess ? msg('authoring.unknownColumn.guess', { column: key, guess }) : msg('authoring.unknownColumn', { column: key }));
    } else if (present.has(key)) {
      issues.report('error', at, msg('authoring.duplicateColumn', { column: key }));
    } else {
      columns.set(key, col);
      present.add(key);
    }
  }
  let next = used;
  for (const spec of specs) {
    if (present.has(spec.key)) continue;
    const at = { sheet: grid.name, row: 0, col: next };
    columns.set(spec.key, next++);
    if (spec.required) {
      issues.report('error', at, msg('authoring.missingColumn', { column: spec.key, description: spec.vi }));
    }
  }
  const rows: number[] = [];
  for (let row = 1; row < grid.rowCount; row++) {
    if ([...present].some((key) => !isBlank(grid.value(row, columns.get(key)!)))) rows.push(row);
  }
  return { sheet: grid.name, grid, columns, present, rows };
}

export function cellAt(table: Table, row: number, key: string): CellRef {
  const col = table.columns.get(key);
  if (col === undefined) throw new LocalizedError(msg('authoring.noColumn', { sheet: table.sheet, column: key }));
  return { sheet: table.sheet, row, col };
}

/** The cell's value; null when the column is absent. */
export function valueAt(table: Table, row: number, key: string): CellValue {
  return table.present.has(key) ? table.grid.value(row, table.columns.get(key)!) : null;
}
