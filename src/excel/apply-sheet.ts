// Queues everything a sheet plan says onto a fresh worksheet, in Excel's preferred order:
// contents as 2-D formulas arrays, number formats, styles by block, sizes, merges, validation,
// conditional fills, panes, print settings, charts, tab colour, and protection last.
// Nothing here syncs except RequestBudget, when a plan's payload would exceed one request.

import { a1, colLetter, rangeA1 } from '../plan/address';
import type { CellStyle, ChartPlan, PrintPlan, SheetPlan, ValidationPlan } from '../plan/model';
import { addressLists, coverCells, runsOf } from './blocks';
import { formulaEntry, type FormulaEntry } from './cell-entry';
import { estimateBytes, rowBlocks, type RequestBudget } from './payload';
import type { Capabilities } from './requirements';
import { columnWidthPoints, mmToPoints } from './units';

export const DEFAULT_FONT = 'Times New Roman';
const BORDER_ITEMS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

export interface ApplyEnv {
  caps: Capabilities;
  budget: RequestBudget;
  styles: Record<string, CellStyle>;
  /** What could not be written on this Excel (skipped features), for the pane to show. */
  warnings: string[];
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
    else env.warnings.push(`${plan.name}: không cố định được dòng tiêu đề (cần ExcelApi 1.7) / header rows not frozen (ExcelApi 1.7 needed)`);
  }
  if (plan.print) await queuePrint(ws, plan.name, plan.print, env);
  for (const chart of plan.charts ?? []) await queueChart(ws, plan.name, chart, env);
  if (plan.tabColor) {
    if (env.caps.tabColor) ws.tabColor = plan.tabColor;
    else env.warnings.push(`${plan.name}: không tô được màu thẻ (cần ExcelApi 1.7) / tab colour skipped (ExcelApi 1.7 needed)`);
  }
  if (plan.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}

/** One formulas array over the bounding box from A1 (split in row blocks only for huge plans). */
async function queueContents(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  if (plan.cells.length === 0) return;
  const rows = Math.max(...plan.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...plan.cells.map((c) => c.col)) + 1;
  const formulas: FormulaEntry[][] = Array.from({ length: rows }, () => new Array<FormulaEntry>(cols).fill(''));
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  let anyFormat = false;
  for (const cell of plan.cells) {
    formulas[cell.row][cell.col] = formulaEntry(cell);
    const format = cell.style === undefined ? undefined : env.styles[cell.style]?.numberFormat;
    if (format) {
      formats[cell.row][cell.col] = format;
      anyFormat = true;
    }
  }
  const box = (start: number, end: number) => `A${start + 1}:${colLetter(cols - 1)}${end}`;
  for (const block of rowBlocks(formulas)) {
    await env.budget.spend(block.bytes);
    ws.getRange(box(block.start, block.end)).formulas = formulas.slice(block.start, block.end);
  }
  if (anyFormat) {
    for (const block of rowBlocks(formats)) {
      await env.budget.spend(block.bytes);
      ws.getRange(box(block.start, block.end)).numberFormat = formats.slice(block.start, block.end);
    }
  }
  await env.budget.spend(32);
  ws.getRange(box(0, rows)).format.font.name = DEFAULT_FONT;
}

async function queueStyles(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  const byStyle = new Map<string, { row: number; col: number }[]>();
  for (const cell of plan.cells) {
    if (cell.style === undefined) continue;
    if (!env.styles[cell.style]) throw new Error(`Kiểu "${cell.style}" không có trong kế hoạch / style "${cell.style}" is not in the plan`);
    const list = byStyle.get(cell.style) ?? [];
    list.push(cell);
    byStyle.set(cell.style, list);
  }
  for (const [key, cells] of byStyle) {
    const style = env.styles[key];
    if (!hasCellFormat(style)) continue;
    const addresses = coverCells(cells).map((r) => rangeA1(r));
    if (env.caps.rangeAreas) {
      for (const list of addressLists(addresses)) {
        await env.budget.spend(list.length + 400);
        applyStyle(ws.getRanges(list).format, style, env.caps);
      }
    } else {
      for (const address of addresses) {
        await env.budget.spend(address.length + 400);
        applyStyle(ws.getRange(address).format, style, env.caps);
      }
    }
  }
}

function hasCellFormat(style: CellStyle): boolean {
  return Boolean(style.font || style.fill || style.border || style.hAlign || style.vAlign || style.wrap || style.indent || style.locked === false);
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle, caps: Capabilities): void {
  const font = style.font;
  if (font) {
    if (font.name) format.font.name = font.name;
    if (font.size) format.font.size = font.size;
    if (font.bold !== undefined) format.font.bold = font.bold;
    if (font.italic !== undefined) format.font.italic = font.italic;
    if (font.underline !== undefined) format.font.underline = font.underline ? 'Single' : 'None';
    if (font.color) format.font.color = font.color;
  }
  if (style.fill) format.fill.color = style.fill;
  if (style.border) {
    for (const item of BORDER_ITEMS) {
      const border = format.borders.getItem(item);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent && caps.indent) format.indentLevel = style.indent;
  if (style.locked === false) format.protection.locked = false;
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

function validationRule(v: ValidationPlan): Excel.DataValidationRule | string {
  if (v.kind === 'list') {
    if (v.items.some((item) => item.includes(','))) return 'một lựa chọn có dấu phẩy / an item contains a comma';
    const source = v.items.join(',');
    if (source.length > 255) return 'danh sách dài quá 255 ký tự / the list is longer than 255 characters';
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
    env.warnings.push(`${plan.name}: không đặt được kiểm tra dữ liệu trong ô (cần ExcelApi 1.8) / in-cell validation skipped (ExcelApi 1.8 needed)`);
    return;
  }
  for (const v of plan.validations) {
    const rule = validationRule(v);
    const address = rangeA1(v.range);
    if (typeof rule === 'string') {
      env.warnings.push(`${plan.name}!${address}: bỏ qua danh sách chọn vì ${rule} / drop-down skipped`);
      continue;
    }
    await env.budget.spend(estimateBytes(rule) + 200);
    const dv = ws.getRange(address).dataValidation;
    dv.rule = rule;
    if (v.message || v.title) dv.errorAlert = { showAlert: true, style: 'Stop', message: v.message ?? '', title: v.title ?? '' };
  }
}

async function queueConditionalFills(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  const fills = plan.conditionalFills ?? [];
  if (fills.length === 0) return;
  if (!env.caps.conditionalFormats) {
    env.warnings.push(`${plan.name}: không tô màu có điều kiện được (cần ExcelApi 1.6) / conditional fills skipped (ExcelApi 1.6 needed)`);
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
    env.warnings.push(`${sheet}: không đặt được thiết lập in (cần ExcelApi 1.9) / print settings skipped (ExcelApi 1.9 needed)`);
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
  page.setPrintArea(rangeA1(print.area));
  if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  if (print.pageNumbers) {
    page.headersFooters.state = 'FirstAndDefault';
    page.headersFooters.defaultForAllPages.centerHeader = '&P';
    page.headersFooters.firstPage.centerHeader = '';
  }
}

async function queueChart(ws: Excel.Worksheet, sheet: string, plan: ChartPlan, env: ApplyEnv): Promise<void> {
  await env.budget.spend(300);
  const type = plan.direction === 'col' ? 'ColumnClustered' : 'BarClustered';
  const chart = ws.charts.add(type, ws.getRange(rangeA1(plan.values)), 'Columns');
  chart.title.text = plan.title;
  chart.legend.visible = false;
  if (env.caps.chartSeries) chart.series.getItemAt(0).setXAxisValues(ws.getRange(rangeA1(plan.categories)));
  else env.warnings.push(`${sheet}: biểu đồ không có nhãn danh mục (cần ExcelApi 1.7) / chart without category labels (ExcelApi 1.7 needed)`);
  const a = plan.anchor;
  chart.setPosition(a1(a.row, a.col), a1(a.row + a.rows - 1, a.col + a.cols - 1));
}
