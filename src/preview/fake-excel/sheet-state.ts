// One worksheet of the stand-in: cell content (mirrored into the formula engine), formats and
// everything else the adapter writes, kept so tests can assert it.

import type { CellContent } from './entry';
import type { FormulaEngine } from './engine';
import { fail } from './errors';
import { isLocalizedError } from '../../messages';
import { render } from '../../messages/texts';
import { copyFormat, DEFAULT_FORMAT, type CellFormat } from './format';
import { contains, forEachCell, intersects, type Rect } from './rect';

export interface ValidationState {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
}

export interface ProtectionState {
  protected: boolean;
  options: Record<string, unknown>;
}

export interface PageState {
  orientation: string;
  paperSize: string;
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  zoom: Record<string, number | undefined>;
  centerHorizontally: boolean;
  blackAndWhite: boolean;
  printArea?: Rect;
  titleRows?: Rect;
  headerState: string;
  headers: Record<'defaultForAllPages' | 'firstPage', Record<string, string>>;
  /** Manual page breaks: 0-based rows a new page starts at. */
  rowBreaks: number[];
}

export interface ChartState {
  type: string;
  source: Rect;
  seriesBy: string;
  xValues?: Rect;
  title: string;
  legendVisible: boolean;
  position?: { from: Rect; to?: Rect };
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

const key = (row: number, col: number) => `${row},${col}`;

export class SheetState {
  name: string;
  visibility: SheetVisibility = 'Visible';
  tabColor = '';
  readonly content = new Map<string, CellContent>();
  readonly formats = new Map<string, CellFormat>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  validations: ValidationState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  protection: ProtectionState = { protected: false, options: {} };
  frozenRows = 0;
  page: PageState = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    zoom: { scale: 100 },
    centerHorizontally: false,
    blackAndWhite: false,
    headerState: 'Default',
    headers: { defaultForAllPages: {}, firstPage: {} },
    rowBreaks: [],
  };
  charts: ChartState[] = [];

  constructor(
    readonly id: string,
    name: string,
    private readonly engine: FormulaEngine,
  ) {
    this.name = name;
  }

  contentAt(row: number, col: number): CellContent | undefined {
    return this.content.get(key(row, col));
  }

  formatAt(row: number, col: number): CellFormat {
    return this.formats.get(key(row, col)) ?? (DEFAULT_FORMAT as CellFormat);
  }

  setContent(row: number, col: number, content: CellContent | null): void {
    try {
      this.engine.setCell(this.name, row, col, toEngine(content));
    } catch (error) {
      fail('InvalidArgument', `There's a problem with the formula in ${this.name}!R${row + 1}C${col + 1}: ${isLocalizedError(error) ? render('en', error.localized) : (error as Error).message}`);
    }
    if (content) this.content.set(key(row, col), content);
    else this.content.delete(key(row, col));
  }

  updateFormat(rect: Rect, change: (format: CellFormat) => void): void {
    forEachCell(rect, (row, col) => {
      const next = copyFormat(this.formatAt(row, col));
      change(next);
      this.formats.set(key(row, col), next);
    });
  }

  /** Sheet protection blocks writes to locked cells and any formatting, as in Excel. */
  assertContentEditable(rect: Rect): void {
    if (!this.protection.protected) return;
    forEachCell(rect, (row, col) => {
      if (this.formatAt(row, col).locked) {
        fail('AccessDenied', `The cell ${this.name}!R${row + 1}C${col + 1} is on a protected sheet and is locked.`);
      }
    });
  }

  assertFormattable(option?: string): void {
    if (this.protection.protected && !(option && this.protection.options[option] === true)) {
      fail('AccessDenied', `The sheet "${this.name}" is protected; formatting is not allowed.`);
    }
  }

  /** Bounding box of cells with content (valuesOnly) or with content or a format. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    const visit = (k: string) => {
      const [r, c] = k.split(',').map(Number);
      r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
    };
    for (const k of this.content.keys()) visit(k);
    if (!valuesOnly) for (const k of this.formats.keys()) visit(k);
    return r1 < 0 ? undefined : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => contains(m, row, col));
  }

  addMerge(rect: Rect): void {
    if (this.merges.some((m) => intersects(m, rect))) fail('InvalidOperation', 'Cannot merge cells that overlap an existing merge.');
    this.merges.push(rect);
  }

  validationAt(row: number, col: number): ValidationState | undefined {
    return this.validations.find((v) => contains(v.rect, row, col));
  }

  /** The user (or Excel) inserted rows: everything at or below `at` moves down. */
  insertRows(at: number, count: number): void {
    const shift = <T>(map: Map<string, T>) => {
      const moved = [...map.entries()].map(([k, v]) => {
        const [r, c] = k.split(',').map(Number);
        return [r >= at ? key(r + count, c) : k, v] as const;
      });
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    };
    shift(this.content);
    shift(this.formats);
    const heights = [...this.rowHeights.entries()];
    this.rowHeights.clear();
    for (const [r, h] of heights) this.rowHeights.set(r >= at ? r + count : r, h);
    const move = (rect: Rect): Rect => {
      if (rect.row >= at) return { ...rect, row: rect.row + count };
      if (rect.row + rect.rows > at) return { ...rect, rows: rect.rows + count };
      return rect;
    };
    this.merges = this.merges.map(move);
    for (const v of this.validations) v.rect = move(v.rect);
    for (const cf of this.conditionalFormats) cf.rect = move(cf.rect);
    for (const chart of this.charts) {
      chart.source = move(chart.source);
      if (chart.xValues) chart.xValues = move(chart.xValues);
    }
    if (this.page.printArea) this.page.printArea = move(this.page.printArea);
    if (this.page.titleRows) this.page.titleRows = move(this.page.titleRows);
    if (this.frozenRows > at) this.frozenRows += count;
  }

  /** Re-reads formula text from the engine after references moved (rows inserted, sheet renamed). */
  refreshFormulas(): void {
    for (const [k, content] of this.content) {
      if (content.kind !== 'formula') continue;
      const [r, c] = k.split(',').map(Number);
      const formula = this.engine.getFormula(this.name, r, c);
      if (formula !== undefined) this.content.set(k, { kind: 'formula', formula: formula.replace(/^=/, '') });
    }
  }
}

function toEngine(content: CellContent | null): { formula?: string; value?: string | number | boolean } {
  if (!content) return {};
  if (content.kind === 'formula') return { formula: content.formula };
  if (content.kind === 'error') return { formula: content.error }; // an error constant, as Excel keeps "#N/A" typed in
  return { value: content.value };
}
