// Read-only views of the stand-in's state for tests and the preview grid:
// `fakeExcel.sheet('Phụ lục').cell(4, 4).value`, `.cell('E5').locked`, `.merges`, `.page`…

import { formatFixed } from '../formula/decimal';
import type { EngineValue } from './engine';
import type { CellFormat } from './format';
import { parseRect, rectAddress } from './rect';
import type { ChartState, ConditionalFormatState, PageState, SheetState, ValidationState } from './sheet-state';
import type { WorkbookState } from './workbook-state';

export interface CellView extends CellFormat {
  /** The current value (a formula's result), null when blank, {error} for errors. */
  value: EngineValue;
  /** Formula without "=", or undefined. */
  formula: string | undefined;
  /** Text entered with a leading apostrophe (kept as text). */
  quotePrefix: boolean;
  /** What Excel shows, roughly: the value under its number format ("" when blank). */
  display: string;
}

/** Excel's serial day number (1900 date system) as dd/mm/yyyy. */
function serialDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** A number as the main formats the add-in writes show it: dates, percents, fixed decimals. */
function formatNumber(value: number, numberFormat: string): string {
  if (/^d{1,2}\/m{1,2}\/y{2,4}$/i.test(numberFormat)) return serialDate(value);
  const fixed = /^0(?:\.(0+))?(%?)$/.exec(numberFormat);
  if (fixed) {
    const scaled = fixed[2] ? value * 100 : value;
    return `${formatFixed(scaled, fixed[1]?.length ?? 0)}${fixed[2]}`;
  }
  return String(Math.round(value * 1e10) / 1e10);
}

function display(value: EngineValue, numberFormat: string): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, numberFormat);
  return value;
}

export class SheetView {
  constructor(private readonly workbook: WorkbookState, private readonly sheet: SheetState) {}

  get name(): string { return this.sheet.name; }
  get id(): string { return this.sheet.id; }
  get visibility(): string { return this.sheet.visibility; }
  get tabColor(): string { return this.sheet.tabColor; }
  get frozenRows(): number { return this.sheet.frozenRows; }
  get protected(): boolean { return this.sheet.protection.protected; }
  get protectionOptions(): Record<string, unknown> { return { ...this.sheet.protection.options }; }
  get merges(): string[] { return this.sheet.merges.map(rectAddress); }
  get validations(): (Omit<ValidationState, 'rect'> & { address: string })[] {
    return this.sheet.validations.map(({ rect, ...rest }) => ({ address: rectAddress(rect), ...rest }));
  }
  get conditionalFormats(): (Omit<ConditionalFormatState, 'rect'> & { address: string })[] {
    return this.sheet.conditionalFormats.map(({ rect, ...rest }) => ({ address: rectAddress(rect), ...rest }));
  }
  /** Print settings; header and footer parts that are empty (Excel reads them back as "") are left out. */
  get page(): Omit<PageState, 'printArea' | 'titleRows'> & { printArea?: string; titleRows?: string } {
    const { printArea, titleRows, headers, ...rest } = this.sheet.page;
    const filled = (parts: Record<string, string>) => Object.fromEntries(Object.entries(parts).filter(([, text]) => text !== ''));
    return {
      ...rest,
      headers: { defaultForAllPages: filled(headers.defaultForAllPages), firstPage: filled(headers.firstPage) },
      printArea: printArea && rectAddress(printArea),
      titleRows: titleRows && rectAddress(titleRows),
    };
  }
  get charts(): (Omit<ChartState, 'source' | 'xValues' | 'position'> & { source: string; xValues?: string; position?: string })[] {
    return this.sheet.charts.map(({ source, xValues, position, ...rest }) => ({
      ...rest,
      source: rectAddress(source),
      xValues: xValues && rectAddress(xValues),
      position: position && (position.to ? `${rectAddress(position.from)}:${rectAddress(position.to)}` : rectAddress(position.from)),
    }));
  }
  /** Bounding box of cells with content, or undefined for an empty sheet. */
  get usedRange(): { row: number; col: number; rows: number; cols: number } | undefined {
    return this.sheet.usedRect(true);
  }

  columnWidth(col: number): number | undefined { return this.sheet.columnWidths.get(col); }
  columnHidden(col: number): boolean { return this.sheet.hiddenColumns.has(col); }
  rowHeight(row: number): number | undefined { return this.sheet.rowHeights.get(row); }
  mergeAt(row: number, col: number): string | undefined {
    const m = this.sheet.mergeAt(row, col);
    return m && rectAddress(m);
  }

  /** A cell by 0-based row and column, or by A1 address. */
  cell(rowOrAddress: number | string, col?: number): CellView {
    const { row, col: c } = typeof rowOrAddress === 'string' ? parseRect(rowOrAddress) : { row: rowOrAddress, col: col ?? 0 };
    const content = this.sheet.contentAt(row, c);
    const value = this.workbook.valueAt(this.sheet, row, c);
    const format = this.sheet.formatAt(row, c);
    return {
      ...format,
      borders: { ...format.borders },
      value,
      formula: content?.kind === 'formula' ? content.formula : undefined,
      quotePrefix: content?.kind === 'value' && content.quotePrefix === true,
      display: display(value, format.numberFormat),
    };
  }
}
