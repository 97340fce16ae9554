// Queues everything a sheet plan says onto a fresh worksheet, in Excel's preferred order:
// contents as 2-D formulas arrays, number formats, styles by block, sizes, merges, validation,
// conditional fills, panes, print settings, charts, tab colour, and protection last.
// Nothing here syncs except RequestBudget, when a plan's payload would exceed one request.

import { a1, colLetter, rangeA1 } from '../plan/address';
import { PAGE_NUMBER_TEXT, type CellStyle, type ChartPlan, type PrintPlan, type SheetPlan, type ValidationPlan } from '../plan/model';
import { addressLists, coverCells, runsOf } from './blocks';
import { formulaEntry, type FormulaEntry } from './cell-entry';
import { estimateBytes, rowBlocks, type RequestBudget } from './payload';
import type { Capabilities } from './requirements';
import { columnWidthPoints, mmToPoints } from '../plan/units';
import { DEFAULT_FONT_NAME, DEFAULT_FONT_SIZE } from '../plan/text';
import { extentOf } from '../plan/extent';
import { isMessage, LocalizedError, msg, type Message } from '../messages';

/** The longest list of choices Excel takes written in the rule itself. */
const LIST_LIMIT = 255;

const BORDER_ITEMS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

export interface ApplyEnv {
  caps: Capabilities;
  budget: RequestBudget;
  styles: Record<string, CellStyle>;
  /** What could not be written on this Excel (skipped features), for the pane to show. */
  warnings: Message[];
}

export async function queueSheet(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  await queueContents(ws, plan, env);
  await queueStyles(ws, plan, env);
  await queueSizes(ws, plan, env);
  for (const m of plan.merges) {
    await env.budget.spend(16);
    ws.getRange(rangeA1(m)).merge(false);
  }
  await queueValidations(ws, plan, env);
  await queueConditionalFills(ws, plan, env);
  if (plan.freezeRows) {
    if (env.caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);
    else env.warnings.push(msg('writer.skipped.freeze', { sheet: plan.name }));
  }
  if (plan.print) await queuePrint(ws, plan.name, plan.print, env);
  for (const chart of plan.charts ?? []) await queueChart(ws, plan.name, chart, env);
  if (plan.tabColor) {
    if (env.caps.tabColor) ws.tabColor = plan.tabColor;
    else env.warnings.push(msg('writer.skipped.tabColour', { sheet: plan.name }));
  }
  if (plan.protect) ws.protection.protect(PROTECT_OPTIONS);
}

/** Protection as the add-in sets it: only unlocked cells are editable; columns and rows may be resized. */
export const PROTECT_OPTIONS: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true };

/** One formulas array over the bounding box from A1 (split in row blocks only for huge plans). */
async function queueContents(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  if (plan.cells.length === 0) return;
  const { rows, cols } = extentOf(plan.cells);
  const formulas: FormulaEntry[][] = Array.from({ length: rows }, () => new Array<FormulaEntry>(cols).fill(''));
  const byFormat = new Map<string, { row: number; col: number }[]>();
  for (const cell of plan.cells) {
    formulas[cell.row][cell.col] = formulaEntry(cell);
    const format = cell.style === undefined ? undefined : env.styles[cell.style]?.numberFormat;
    if (format) {
      const list = byFormat.get(format);
      if (list) list.push(cell);
      else byFormat.set(format, [cell]);
    }
  }
  const box = (start: number, end: number) => `A${start + 1}:${colLetter(cols - 1)}${end}`;
  for (const block of rowBlocks(formulas)) {
    await env.budget.spend(block.bytes);
    ws.getRange(box(block.start, block.end)).formulas = formulas.slice(block.start, block.end);
  }
  // Number formats only where a style sets one, one rectangle of equal formats at a time
  // (not a sheet-sized array padded with "General").
  for (const [format, cells] of byFormat) {
    for (const rect of coverCells(cells)) {
      const values = Array.from({ length: rect.rows }, () => new Array<string>(rect.cols).fill(format));
      await env.budget.spend(estimateBytes(values));
      ws.getRange(rangeA1(rect)).numberFormat = values;
    }
  }
  // The plan's default font on the whole box, as the .xlsx writer gives it (styles may override).
  await env.budget.spend(64);
  const font = ws.getRange(box(0, rows)).format.font;
  font.name = DEFAULT_FONT_NAME;
  font.size = DEFAULT_FONT_SIZE;
}

/**
 * One property of a cell style, applied on its own: cells that share the property's value are
 * formatted together even when their styles differ elsewhere (every bordered cell of a sheet in
 * one call instead of one call per style), which keeps the request small. A cell has one style,
 * so each property gets at most one value per cell and the order of application does not matter.
 */
interface StyleFacet {
  value(style: CellStyle): string | number | boolean | undefined;
  /** Gates of newer requirement sets are checked here, at the call (test/unit/requirement-sets.test.ts). */
  apply(format: Excel.RangeFormat, value: string | number | boolean, caps: Capabilities): void;
}

const STYLE_FACETS: StyleFacet[] = [
  { value: (s) => s.font?.name || undefined, apply: (f, v) => void (f.font.name = v as string) },
  { value: (s) => s.font?.size || undefined, apply: (f, v) => void (f.font.size = v as number) },
  { value: (s) => s.font?.bold, apply: (f, v) => void (f.font.bold = v as boolean) },
  { value: (s) => s.font?.italic, apply: (f, v) => void (f.font.italic = v as boolean) },
  { value: (s) => (s.font?.underline === undefined ? undefined : s.font.underline ? 'Single' : 'None'), apply: (f, v) => void (f.font.underline = v as Excel.RangeUnderlineStyle) },
  { value: (s) => s.font?.color || undefined, apply: (f, v) => void (f.font.color = v as string) },
  { value: (s) => s.fill || undefined, apply: (f, v) => void (f.fill.color = v as string) },
  {
    value: (s) => (s.border ? true : undefined),
    apply: (f) => {
      for (const item of BORDER_ITEMS) {
        const border = f.borders.getItem(item);
        border.style = 'Continuous';
        border.weight = 'Thin';
        border.color = '#000000';
      }
    },
  },
  { value: (s) => (s.hAlign ? H_ALIGN[s.hAlign] : undefined), apply: (f, v) => void (f.horizontalAlignment = v as Excel.HorizontalAlignment) },
  { value: (s) => (s.vAlign ? V_ALIGN[s.vAlign] : undefined), apply: (f, v) => void (f.verticalAlignment = v as Excel.VerticalAlignment) },
  { value: (s) => s.wrap, apply: (f, v) => void (f.wrapText = v as boolean) },
  {
    value: (s) => s.indent || undefined,
    apply: (f, v, caps) => {
      if (caps.indent) f.indentLevel = v as number;
    },
  },
  { value: (s) => (s.locked === false ? false : undefined), apply: (f) => void (f.protection.locked = false) },
];

async function queueStyles(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  for (const cell of plan.cells) {
    if (cell.style !== undefined && !env.styles[cell.style]) {
      throw new LocalizedError(msg('writer.unknownStyle', { style: cell.style }));
    }
  }
  for (const facet of STYLE_FACETS) {
    const byValue = new Map<string | number | boolean, { row: number; col: number }[]>();
    for (const cell of plan.cells) {
      if (cell.style === undefined) continue;
      const value = facet.value(env.styles[cell.style]);
      if (value === undefined) continue;
      const list = byValue.get(value);
      if (list) list.push(cell);
      else byValue.set(value, [cell]);
    }
    for (const [value, cells] of byValue) {
      const addresses = coverCells(cells).map((r) => rangeA1(r));
      if (env.caps.rangeAreas) {
        for (const list of addressLists(addresses)) {
          await env.budget.spend(list.length + 400);
          facet.apply(ws.getRanges(list).format, value, env.caps);
        }
      } else {
        for (const address of addresses) {
          await env.budget.spend(address.length + 400);
          facet.apply(ws.getRange(address).format, value, env.caps);
        }
      }
    }
  }
}

async function queueSizes(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  const widths = runsOf(plan.columns.map((c, i) => [i, columnWidthPoints(c.width)] as [number, number]));
  for (const run of widths) {
    await env.budget.spend(16);
    ws.getRange(`${colLetter(run.first)}:${colLetter(run.last)}`).format.columnWidth = run.value;
  }
  const hidden = runsOf(plan.columns.flatMap((c, i) => (c.hidden ? [[i, true] as [number, boolean]] : [])));
  for (const run of hidden) {
    await env.budget.spend(16);
    ws.getRange(`${colLetter(run.first)}:${colLetter(run.last)}`).columnHidden = true;
  }
  const heights = runsOf(Object.entries(plan.rowHeights ?? {}).map(([r, h]) => [Number(r), h] as [number, number]));
  for (const run of heights) {
    await env.budget.spend(16);
    ws.getRange(`${run.first + 1}:${run.last + 1}`).format.rowHeight = run.value;
  }
}

/** The rule Excel is given, or why the drop-down cannot be set (a message). */
function validationRule(v: ValidationPlan): Excel.DataValidationRule | Message {
  if (v.kind === 'list') {
    if (v.itemsAt) return { list: { inCellDropDown: true, source: `=${rangeA1(v.itemsAt, true)}` } };
    const comma = v.items.find((item) => item.includes(','));
    if (comma !== undefined) return msg('writer.listItemComma', { item: comma });
    const source = v.items.join(',');
    if (source.length > LIST_LIMIT) return msg('writer.listTooLong', { limit: LIST_LIMIT });
    return { list: { inCellDropDown: true, source } };
  }
  const basic: Excel.BasicDataValidation =
    v.min !== undefined && v.max !== undefined
      ? { operator: 'Between', formula1: v.min, formula2: v.max }
      : v.min !== undefined
        ? { operator: 'GreaterThanOrEqualTo', formula1: v.min }
        : v.max !== undefined
          ? { operator: 'LessThanOrEqualTo', formula1: v.max }
          : { operator: 'Between', formula1: -1e15, formula2: 1e15 };
  return v.kind === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

async function queueValidations(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  if (plan.validations.length === 0) return;
  if (!env.caps.validation) {
    env.warnings.push(msg('writer.skipped.validation', { sheet: plan.name }));
    return;
  }
  // Validations with the same rule and alert are set once per rectangle of their cells.
  const groups = new Map<string, { rule: Excel.DataValidationRule; v: ValidationPlan; cells: { row: number; col: number }[] }>();
  for (const v of plan.validations) {
    const rule = validationRule(v);
    if (isMessage(rule)) {
      env.warnings.push(msg('writer.skipped.dropDown', { sheet: plan.name, range: rangeA1(v.range), reason: rule }));
      continue;
    }
    const key = JSON.stringify([rule, v.message ?? null, v.title ?? null]);
    const group = groups.get(key) ?? { rule, v, cells: [] };
    groups.set(key, group);
    for (let r = 0; r < v.range.rows; r++) for (let c = 0; c < v.range.cols; c++) group.cells.push({ row: v.range.row + r, col: v.range.col + c });
  }
  for (const { rule, v, cells } of groups.values()) {
    for (const rect of coverCells(cells)) {
      await env.budget.spend(estimateBytes(rule) + 200);
      const dv = ws.getRange(rangeA1(rect)).dataValidation;
      dv.rule = rule;
      if (v.message || v.title) dv.errorAlert = { showAlert: true, style: 'Stop', message: v.message ?? '', title: v.title ?? '' };
    }
  }
}

async function queueConditionalFills(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  const fills = plan.conditionalFills ?? [];
  if (fills.length === 0) return;
  if (!env.caps.conditionalFormats) {
    env.warnings.push(msg('writer.skipped.conditional', { sheet: plan.name }));
    return;
  }
  for (const f of fills) {
    await env.budget.spend(f.formula.length + 100);
    const cf = ws.getRange(rangeA1(f.range)).conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${f.formula}`;
    cf.custom.format.fill.color = f.fill;
  }
}

async function queuePrint(ws: Excel.Worksheet, sheet: string, print: PrintPlan, env: ApplyEnv): Promise<void> {
  if (!env.caps.pageLayout) {
    env.warnings.push(msg('writer.skipped.print', { sheet }));
    return;
  }
  await env.budget.spend(400);
  const page = ws.pageLayout;
  page.paperSize = 'A4';
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.topMargin = mmToPoints(print.margins.top);
  page.bottomMargin = mmToPoints(print.margins.bottom);
  page.leftMargin = mmToPoints(print.margins.left);
  page.rightMargin = mmToPoints(print.margins.right);
  page.zoom = print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
  if (print.blackAndWhite) page.blackAndWhite = true;
  page.setPrintArea(rangeA1(print.area));
  if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  for (const row of print.rowBreaks ?? []) ws.horizontalPageBreaks.add(a1(row, 0));
  if (print.pageNumbers) {
    page.headersFooters.state = 'FirstAndDefault';
    page.headersFooters.defaultForAllPages.centerHeader = PAGE_NUMBER_TEXT;
    page.headersFooters.firstPage.centerHeader = '';
  }
}

export async function queueChart(ws: Excel.Worksheet, sheet: string, plan: ChartPlan, env: ApplyEnv): Promise<void> {
  await env.budget.spend(300);
  const type = plan.direction === 'col' ? 'ColumnClustered' : 'BarClustered';
  const chart = ws.charts.add(type, ws.getRange(rangeA1(plan.values)), 'Columns');
  chart.title.text = plan.title;
  chart.legend.visible = false;
  if (env.caps.chartSeries) chart.series.getItemAt(0).setXAxisValues(ws.getRange(rangeA1(plan.categories)));
  else env.warnings.push(msg('writer.skipped.chartCategories', { sheet }));
  const a = plan.anchor;
  chart.setPosition(a1(a.row, a.col), a1(a.row + a.rows - 1, a.col + a.cols - 1));
}
