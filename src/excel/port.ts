// The narrow interface through which the task pane talks to the workbook. The Office.js
// adapter implements it (src/excel/office-workbook.ts); the pane never calls Office.js.
// In the browser preview the same adapter runs over the stand-in Excel API.

import type { Message } from '../messages';
import type { CellPlan, WorkbookPlan } from '../plan/model';
import type { Grid } from '../plan/grid';

export interface CellAddress {
  sheet: string;
  row: number; // 0-based
  col: number; // 0-based
}

export interface SheetInfo {
  name: string;
  visible: boolean;
}

export type Unsubscribe = () => Promise<void>;

/** What writing a plan left out. */
export interface PlanWritten {
  /**
   * Features this Excel lacks and the write skipped (`writer.skipped.*`: frozen header rows, tab
   * colours, in-cell validation, print settings… on an Excel without the requirement set); the
   * values and formulas are written all the same. Empty on an Excel that has them all.
   */
  warnings: readonly Message[];
}

export interface WorkbookPort {
  /** Names of the workbook's sheets, in tab order. One sync. */
  listSheets(): Promise<SheetInfo[]>;
  /** The active sheet's used range as a grid (values and formulas). One sync. */
  readActiveSheet(): Promise<Grid>;
  /** A sheet's used range as a grid. One sync. Rejects with a clear message if the sheet is absent. */
  readSheet(name: string): Promise<Grid>;
  /**
   * Several sheets' used ranges, in the order named: a constant number of syncs, not one per
   * sheet (desktop: 1; web: 1 to size them + 1 per ~100,000 cells, under the 5 MB response cap).
   */
  readSheets(names: readonly string[]): Promise<Grid[]>;
  /**
   * Creates or replaces the plan's sheets and writes everything (cells, styles, merges,
   * validation, protection, print settings, charts) in at most 3 syncs whatever its size.
   * `activate` names the sheet to show afterwards. Resolves with what this Excel skipped.
   */
  applyPlan(plan: WorkbookPlan, options?: { activate?: string; replace?: boolean }): Promise<PlanWritten>;
  /** Writes a few cells of an existing (possibly protected) sheet in one sync; text stays text. */
  writeCells(sheet: string, cells: CellPlan[]): Promise<void>;
  /** Selects a cell and shows it. */
  select(address: CellAddress): Promise<void>;
  /** Called when the user selects a cell. Events are hints: re-read the workbook on focus too. */
  onSelectionChanged(handler: (address: CellAddress) => void): Promise<Unsubscribe>;
  /** Called when cells change (not fired for a value picked from a validation list in Excel). */
  onChanged(handler: (sheet: string) => void): Promise<Unsubscribe>;
}
