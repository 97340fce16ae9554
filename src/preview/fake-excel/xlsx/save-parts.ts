// The parts of a stand-in sheet besides its cells, in the plan's terms (save.ts writes the
// cells): a cell format as a plan style, data validation, conditional fills, print settings and
// charts. What the plan cannot say is left out, and named in save.ts's comment.

import type { CellStyle, ChartPlan, ConditionalFillPlan, PrintPlan, RangeRef, ValidationPlan } from '../../../plan/model';
import type { CellFormat } from '../format';
import { parseRect, splitSheet } from '../rect';
import type { ChartState, ConditionalFormatState, PageState, ValidationState } from '../sheet-state';

const H_ALIGN: Partial<Record<CellFormat['hAlign'], CellStyle['hAlign']>> = { Left: 'left', Center: 'center', Right: 'right' };
const V_ALIGN: Partial<Record<CellFormat['vAlign'], CellStyle['vAlign']>> = { Top: 'top', Center: 'center', Bottom: 'bottom' };

/** A cell format as a plan style: a border is written when all four sides are drawn. */
export function styleOf(f: CellFormat): CellStyle {
  const style: CellStyle = {
    font: { name: f.fontName, size: f.fontSize, bold: f.bold, italic: f.italic, underline: f.underline !== 'None', color: f.fontColor },
    locked: f.locked,
  };
  if (f.fill) style.fill = f.fill;
  if (f.borders.top && f.borders.bottom && f.borders.left && f.borders.right) style.border = true;
  if (H_ALIGN[f.hAlign]) style.hAlign = H_ALIGN[f.hAlign];
  if (V_ALIGN[f.vAlign] && f.vAlign !== 'Bottom') style.vAlign = V_ALIGN[f.vAlign];
  if (f.wrap) style.wrap = true;
  if (f.indent > 0) style.indent = f.indent;
  if (f.numberFormat !== 'General') style.numberFormat = f.numberFormat;
  return style;
}

const NUMBER_OPERATORS: Record<string, ['min' | 'max', ('min' | 'max')?]> = {
  Between: ['min', 'max'],
  GreaterThanOrEqualTo: ['min'],
  LessThanOrEqualTo: ['max'],
};

/** A range of the same sheet written as "=$A$1:$A$5" or "='Sheet'!$A$1:$A$5". */
function sameSheetRange(formula: string, sheetName: string): RangeRef | undefined {
  const { sheet, local } = splitSheet(formula.replace(/^=/, ''));
  if (sheet !== undefined && sheet !== sheetName) return undefined;
  try {
    return parseRect(local);
  } catch {
    return undefined;
  }
}

/** A validation the plan can say (a list, or a whole or decimal number between constants); else undefined. */
export function validationOf(v: ValidationState, sheetName: string): ValidationPlan | undefined {
  const alert = v.errorAlert as { message?: string; title?: string } | undefined;
  const texts = { ...(alert?.message ? { message: alert.message } : {}), ...(alert?.title ? { title: alert.title } : {}) };
  const list = v.rule.list as { source?: string } | undefined;
  if (list?.source !== undefined) {
    if (!list.source.startsWith('=')) return { kind: 'list', range: v.rect, items: list.source.split(','), ...texts };
    const itemsAt = sameSheetRange(list.source, sheetName);
    return itemsAt ? { kind: 'list', range: v.rect, items: [], itemsAt, ...texts } : undefined;
  }
  const kind = v.rule.wholeNumber ? 'whole' : v.rule.decimal ? 'decimal' : undefined;
  if (!kind) return undefined;
  const basic = (v.rule.wholeNumber ?? v.rule.decimal) as { operator?: string; formula1?: unknown; formula2?: unknown };
  const bounds = NUMBER_OPERATORS[basic.operator ?? ''];
  const values = [basic.formula1, basic.formula2].map((x) => (typeof x === 'string' && x !== '' && Number.isFinite(Number(x)) ? Number(x) : x));
  if (!bounds || bounds.some((_, i) => typeof values[i] !== 'number')) return undefined;
  const plan: ValidationPlan = { kind, range: v.rect, ...texts };
  bounds.forEach((b, i) => b && (plan[b] = values[i] as number));
  return plan;
}

export function conditionalFillOf(cf: ConditionalFormatState): ConditionalFillPlan | undefined {
  if (cf.type !== 'Custom' || !cf.formula || !cf.fill) return undefined;
  return { range: cf.rect, formula: cf.formula.replace(/^=/, ''), fill: cf.fill };
}

const MM_PER_POINT = 25.4 / 72;
const mm = (points: number) => Math.round(points * MM_PER_POINT * 100) / 100;

/** Print settings, when the sheet has a print area (the plan prints A4 only, as the forms do). */
export function printOf(page: PageState): PrintPlan | undefined {
  if (!page.printArea) return undefined;
  const m = page.margins;
  const titles = page.titleRows;
  const header = page.headers.defaultForAllPages.centerHeader ?? '';
  return {
    paper: 'A4',
    orientation: page.orientation === 'Landscape' ? 'landscape' : 'portrait',
    margins: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right) },
    fitToWidth: page.zoom.horizontalFitToPages === 1,
    area: page.printArea,
    ...(titles ? { repeatRows: { first: titles.row, last: titles.row + titles.rows - 1 } } : {}),
    ...(page.rowBreaks.length > 0 ? { rowBreaks: [...page.rowBreaks] } : {}),
    pageNumbers: header.includes('&P'),
    ...(page.blackAndWhite ? { blackAndWhite: true } : {}),
  };
}

/** A bar or column chart placed on the sheet; undefined for another kind or one not placed. */
export function chartOf(chart: ChartState): ChartPlan | undefined {
  const direction = chart.type === 'ColumnClustered' ? 'col' : chart.type === 'BarClustered' ? 'bar' : undefined;
  const from = chart.position?.from;
  if (!direction || !from || !chart.xValues) return undefined;
  const to = chart.position?.to ?? from;
  const anchor = { row: from.row, col: from.col, rows: to.row + to.rows - from.row, cols: to.col + to.cols - from.col };
  return { kind: 'bar', direction, title: chart.title, categories: chart.xValues, values: chart.source, anchor };
}
