// A plan is a plain value that says what a workbook's sheets must contain. The core
// produces plans; adapters apply them (src/excel: Office.js, src/xlsx: .xlsx files).
// Rows and columns are 0-based here; adapters translate to A1 addresses.

export interface FontStyle {
  name?: string; // default "Times New Roman"
  size?: number; // points
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string; // "#RRGGBB"
}

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'center' | 'bottom';

export interface CellStyle {
  font?: FontStyle;
  /** Background colour "#RRGGBB". */
  fill?: string;
  /** Thin black border on all four sides. */
  border?: boolean;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  indent?: number;
  /** Excel number format code, e.g. "0.0", "0%", "@" (text). */
  numberFormat?: string;
  /** false = the user may edit the cell when the sheet is protected. Default true. */
  locked?: boolean;
}

/**
 * One cell. Exactly one of `value` / `formula` is meaningful. `formula` is English,
 * comma-separated, WITHOUT the leading "=" and WITHOUT "_xlfn." prefixes (the .xlsx
 * writer adds them where Excel requires). A string `value` is always text, even when
 * it starts with "=", "+", "-" or "@" (adapters must keep it text).
 */
export interface CellPlan {
  row: number;
  col: number;
  value?: string | number | boolean | null;
  formula?: string;
  /** Key into WorkbookPlan.styles. */
  style?: string;
}

export interface MergePlan {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type ValidationPlan =
  | {
      kind: 'list';
      range: RangeRef;
      items: string[];
      /**
       * Cells of the same sheet that hold `items` (one per cell): the drop-down lists them instead
       * of an inline list, which cannot hold an item with a comma nor pass 255 characters.
       */
      itemsAt?: RangeRef;
      message?: string;
      title?: string;
    }
  | { kind: 'whole' | 'decimal'; range: RangeRef; min?: number; max?: number; message?: string; title?: string };

/** A rectangle, 0-based, inclusive of its first row/col, `rows` × `cols` cells. */
export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * The page number in a header section, as Excel's header codes write it: Times New Roman 13 pt
 * (Nghị định 30/2020 asks for 13–14 pt, Arabic numerals).
 */
export const PAGE_NUMBER_TEXT = '&"Times New Roman,Regular"&13&P';

export interface PrintPlan {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Fit all columns on one page wide. */
  fitToWidth: boolean;
  /** Area to print. */
  area: RangeRef;
  /** Rows repeated at the top of each printed page (0-based, inclusive). */
  repeatRows?: { first: number; last: number };
  /** Page number centred in the header, not on the first page (Nghị định 30/2020). */
  pageNumbers: boolean;
  /** Print without fills and colours (Excel's "Black and white" page setting). */
  blackAndWhite?: boolean;
  /** Manual page breaks: a new page starts at each of these rows (0-based). */
  rowBreaks?: number[];
}

export interface ChartPlan {
  kind: 'bar';
  /** 'bar' = horizontal bars (default, suits long agency names); 'col' = vertical columns. */
  direction?: 'bar' | 'col';
  title: string;
  /** Category labels and values, as ranges on the same sheet. */
  categories: RangeRef;
  values: RangeRef;
  /** Where the chart sits (top-left cell) and its size in cells. */
  anchor: RangeRef;
}

export interface ConditionalFillPlan {
  range: RangeRef;
  /** Formula relative to the top-left cell of `range`, without "=". */
  formula: string;
  fill: string;
}

export interface SheetPlan {
  name: string;
  /** Column widths in characters (Excel's unit); index = column. */
  columns: { width: number; hidden?: boolean }[];
  /** Row heights in points, by row index (only rows that need one). */
  rowHeights?: Record<number, number>;
  cells: CellPlan[];
  merges: MergePlan[];
  validations: ValidationPlan[];
  conditionalFills?: ConditionalFillPlan[];
  /** Protect the sheet (no password): only unlocked cells are editable. */
  protect: boolean;
  /** Freeze the rows above this index (0 = none). */
  freezeRows?: number;
  print?: PrintPlan;
  charts?: ChartPlan[];
  tabColor?: string;
  /** Hide the sheet (not very hidden: users can unhide). */
  hidden?: boolean;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  styles: Record<string, CellStyle>;
}
