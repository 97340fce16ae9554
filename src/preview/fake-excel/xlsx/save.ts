// The stand-in workbook as an .xlsx file, written by the project's own writer (src/xlsx) from a
// plan of each sheet: values and formulas with their calculated results cached (a viewer that
// does not recalculate shows them), cell formats, column widths and hidden columns, row heights,
// merges, data validation, conditional fills, protection, frozen rows, print settings with the
// print area and titles, charts, the tab colour and hidden sheets. The preview's "download" and
// its memory across reloads (the file read back by load.ts) are this file.
// What the plan cannot say is left out: borders on fewer than four sides, alignments other than
// left/centre/right (top/centre/bottom), double underlines (single), paper other than A4,
// validation against formulas, protection options and "very hidden" (hidden).

import type { CellPlan, SheetPlan, WorkbookPlan } from '../../../plan/model';
import { writeWorkbook } from '../../../xlsx';
import type { CellContent } from '../entry';
import type { EngineValue } from '../engine';
import { DEFAULT_FORMAT } from '../format';
import type { SheetState } from '../sheet-state';
import type { WorkbookState } from '../workbook-state';
import { chartOf, conditionalFillOf, printOf, styleOf, validationOf } from './save-parts';

/** Excel's default column: 64 px, 8.43 characters. */
const DEFAULT_WIDTH_POINTS = 48;

/** A width in points (as the stand-in keeps it) -> characters, so that columnWidthPoints gives it back. */
function widthChars(points: number): number {
  return Math.round((Math.round(points / 0.75) / 7) * 1e6) / 1e6;
}

function cachedValue(value: EngineValue): CellPlan['value'] {
  return value === null || typeof value === 'object' ? undefined : value;
}

function cellPlan(content: CellContent | undefined, value: EngineValue, at: { row: number; col: number; style: string }): CellPlan {
  const cell: CellPlan = { ...at };
  if (content?.kind === 'formula') return { ...cell, formula: content.formula, value: cachedValue(value) };
  if (content?.kind === 'error') return { ...cell, formula: content.error };
  if (content?.kind === 'value') return { ...cell, value: content.value };
  return cell;
}

/** Every cell with content or a format, in row-major order, with its style named in `styles`. */
function cellsOf(sheet: SheetState, engine: WorkbookState['engine'], styles: Map<string, string>): CellPlan[] {
  const keys = new Set([...sheet.content.keys(), ...sheet.formats.keys()]);
  const cells = [...keys].map((k) => k.split(',').map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return cells.map(([row, col]) => {
    const json = JSON.stringify(styleOf(sheet.formatAt(row, col)));
    if (!styles.has(json)) styles.set(json, `s${styles.size}`);
    return cellPlan(sheet.contentAt(row, col), engine.getValue(sheet.name, row, col), { row, col, style: styles.get(json)! });
  });
}

function columnsOf(sheet: SheetState): SheetPlan['columns'] {
  const last = Math.max(-1, ...sheet.columnWidths.keys(), ...sheet.hiddenColumns);
  return Array.from({ length: last + 1 }, (_, c) => ({
    width: widthChars(sheet.columnWidths.get(c) ?? DEFAULT_WIDTH_POINTS),
    ...(sheet.hiddenColumns.has(c) ? { hidden: true } : {}),
  }));
}

function sheetPlan(sheet: SheetState, engine: WorkbookState['engine'], styles: Map<string, string>): SheetPlan {
  const defined = <T>(items: (T | undefined)[]) => items.filter((x): x is T => x !== undefined);
  const print = printOf(sheet.page);
  const charts = defined(sheet.charts.map(chartOf));
  return {
    name: sheet.name,
    columns: columnsOf(sheet),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    cells: cellsOf(sheet, engine, styles),
    merges: sheet.merges.map((m) => ({ ...m })),
    validations: defined(sheet.validations.map((v) => validationOf(v, sheet.name))),
    conditionalFills: defined(sheet.conditionalFormats.map(conditionalFillOf)),
    protect: sheet.protection.protected,
    ...(sheet.frozenRows > 0 ? { freezeRows: sheet.frozenRows } : {}),
    ...(print ? { print } : {}),
    ...(charts.length > 0 ? { charts } : {}),
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    ...(sheet.visibility !== 'Visible' ? { hidden: true } : {}),
  };
}

/** The stand-in's workbook as a plan (see the file comment for what it leaves out). */
export function workbookPlanOf(state: WorkbookState): WorkbookPlan {
  state.engine.recalc();
  const styles = new Map<string, string>([[JSON.stringify(styleOf({ ...DEFAULT_FORMAT })), 's0']]);
  const sheets = state.sheets.map((sheet) => sheetPlan(sheet, state.engine, styles));
  return { sheets, styles: Object.fromEntries([...styles].map(([json, name]) => [name, JSON.parse(json) as WorkbookPlan['styles'][string]])) };
}

/** The stand-in's workbook as .xlsx bytes, formulas with their results cached. */
export function saveXlsx(state: WorkbookState): Uint8Array {
  return writeWorkbook(workbookPlanOf(state), { cached: true });
}
