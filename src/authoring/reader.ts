// Typed reads of a table's cells: each read registers the cell for its set path (so the
// validator's issues can be placed) and reports a malformed or missing value at the cell.

import type { CellValue } from '../plan/grid';
import { isBlank, parseDate, parseNumber, parseYesNo, textOf, type Parsed } from './cells';
import type { ColumnSpec } from './format';
import type { AuthoringIssues, CellRef } from './issues';
import type { PathMap } from './path-map';
import { cellAt, valueAt, type Table } from './table';
import { msg, type Message } from '../messages';

export interface ReadOptions {
  /** The set path the cell fills, registered for the validator's issues. */
  path?: string;
  /** A blank cell is an error. */
  required?: boolean;
  /** The empty-cell message when the cell is needed for something said there (a rule's kind, a rule). */
  neededBy?: (column: string, description: string) => Message;
}

export class SheetReader {
  constructor(
    readonly table: Table,
    readonly specs: readonly ColumnSpec[],
    readonly issues: AuthoringIssues,
    readonly paths: PathMap,
  ) {}

  get sheet(): string {
    return this.table.sheet;
  }

  at(row: number, key: string): CellRef {
    return cellAt(this.table, row, key);
  }

  value(row: number, key: string): CellValue {
    return valueAt(this.table, row, key);
  }

  blank(row: number, key: string): boolean {
    return isBlank(this.value(row, key));
  }

  text(row: number, key: string, options: ReadOptions = {}): string | undefined {
    return this.read(row, key, options, (value) => ({ value: textOf(value) }));
  }

  number(row: number, key: string, options: ReadOptions = {}): number | undefined {
    return this.read(row, key, options, (value) => parseNumber(value, key));
  }

  date(row: number, key: string, options: ReadOptions = {}): string | undefined {
    return this.read(row, key, options, (value) => parseDate(value, key));
  }

  yesNo(row: number, key: string, options: ReadOptions = {}): boolean | undefined {
    return this.read(row, key, options, (value) => parseYesNo(value, key));
  }

  /** Reports `problem` at the cell (row, key). */
  report(row: number, key: string, problem: Parsed<never>['problem'] & object): void {
    this.issues.add(this.at(row, key), problem);
  }

  private read<T>(row: number, key: string, options: ReadOptions, parse: (value: CellValue) => Parsed<T>): T | undefined {
    const at = this.at(row, key);
    if (!this.table.present.has(key)) {
      // The missing column is reported once, at its header cell.
      if (options.path !== undefined) this.paths.set(options.path, { ...at, row: 0 });
      return undefined;
    }
    if (options.path !== undefined) this.paths.set(options.path, at);
    const value = this.value(row, key);
    if (isBlank(value)) {
      if (options.required) this.reportEmpty(at, key, options.neededBy);
      return undefined;
    }
    const parsed = parse(value);
    if (parsed.problem) {
      this.issues.add(at, parsed.problem);
      return undefined;
    }
    return parsed.value;
  }

  private reportEmpty(at: CellRef, key: string, neededBy: ReadOptions['neededBy']): void {
    const spec = this.specs.find((s) => s.key === key);
    const description = spec?.vi ?? key;
    this.issues.report('error', at, neededBy ? neededBy(key, description) : msg('authoring.emptyCell', { column: key, description }));
  }
}
