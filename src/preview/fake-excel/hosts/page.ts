// PageLayout (print settings) and its header/footer parts.

import { fail } from '../errors';
import { LAST_COL, type Rect } from '../rect';
import type { PageState, SheetState } from '../sheet-state';
import { BaseHost, booleanArg, numberArg, oneOf, type Host } from './base';
import { rectOn, RangeHost } from './range';

const MARGINS = { topMargin: 'top', bottomMargin: 'bottom', leftMargin: 'left', rightMargin: 'right', headerMargin: 'header', footerMargin: 'footer' } as const;
const PAPER = ['A3', 'A4', 'A5', 'Letter', 'Legal'] as const;
const HEADER_STATE = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'] as const;
const HEADER_PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;

function rangeArg(sheet: SheetState, value: unknown): Rect {
  if (typeof value === 'string') return rectOn(sheet, value);
  if (value instanceof RangeHost && value.sheet === sheet) return value.rect;
  return fail('InvalidArgument', 'Expected a range (or an address) on the same sheet.');
}

export class PageLayoutHost extends BaseHost {
  readonly type = 'PageLayout';

  constructor(private readonly sheet: SheetState) {
    super();
  }

  private get page(): PageState {
    return this.sheet.page;
  }

  override get(name: string): unknown {
    if (name in MARGINS) return this.page.margins[MARGINS[name as keyof typeof MARGINS]];
    switch (name) {
      case 'orientation': return this.page.orientation;
      case 'paperSize': return this.page.paperSize;
      case 'centerHorizontally': return this.page.centerHorizontally;
      case 'blackAndWhite': return this.page.blackAndWhite;
      case 'zoom': return { ...this.page.zoom };
      default: return super.get(name);
    }
  }

  override set(name: string, value: unknown): void {
    this.sheet.assertFormattable('never');
    if (name in MARGINS) {
      this.page.margins[MARGINS[name as keyof typeof MARGINS]] = numberArg(value, name, 0);
      return;
    }
    switch (name) {
      case 'orientation': this.page.orientation = oneOf(value, ['Portrait', 'Landscape'] as const, name); return;
      case 'paperSize': this.page.paperSize = oneOf(value, PAPER, name); return;
      case 'centerHorizontally': this.page.centerHorizontally = booleanArg(value, name); return;
      case 'blackAndWhite': this.page.blackAndWhite = booleanArg(value, name); return;
      case 'zoom': {
        if (typeof value !== 'object' || value === null) fail('InvalidArgument', 'zoom must be an object.');
        const zoom = value as Record<string, unknown>;
        const out: Record<string, number | undefined> = {};
        for (const k of ['horizontalFitToPages', 'verticalFitToPages', 'scale']) {
          if (zoom[k] !== undefined) out[k] = numberArg(zoom[k], `zoom.${k}`, 0);
        }
        if (out.scale !== undefined && (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)) {
          fail('InvalidArgument', 'zoom takes either a scale or fit-to-pages, not both.');
        }
        this.page.zoom = out;
        return;
      }
      default: return super.set(name, value);
    }
  }

  override nav(name: string): Host {
    if (name === 'headersFooters') return new HeaderFooterHost('HeaderFooterGroup', this.sheet);
    return super.nav(name);
  }

  override call(name: string, args: unknown[]): Host | undefined {
    this.sheet.assertFormattable('never');
    switch (name) {
      case 'setPrintArea': this.page.printArea = rangeArg(this.sheet, args[0]); return undefined;
      case 'setPrintTitleRows': {
        const rect = rangeArg(this.sheet, args[0]);
        this.page.titleRows = { row: rect.row, rows: rect.rows, col: 0, cols: LAST_COL + 1 };
        return undefined;
      }
      default: return super.call(name, args);
    }
  }
}

class HeaderFooterHost extends BaseHost {
  constructor(
    readonly type: string,
    private readonly sheet: SheetState,
    private readonly part?: 'defaultForAllPages' | 'firstPage',
  ) {
    super();
  }

  override get(name: string): unknown {
    if (this.type === 'HeaderFooterGroup' && name === 'state') return this.sheet.page.headerState;
    if (this.part && (HEADER_PARTS as readonly string[]).includes(name)) return this.sheet.page.headers[this.part][name] ?? '';
    return super.get(name);
  }

  override set(name: string, value: unknown): void {
    this.sheet.assertFormattable('never');
    if (this.type === 'HeaderFooterGroup' && name === 'state') {
      this.sheet.page.headerState = oneOf(value, HEADER_STATE, name);
      return;
    }
    if (this.part && (HEADER_PARTS as readonly string[]).includes(name)) {
      if (typeof value !== 'string') fail('InvalidArgument', `${name} must be text.`);
      this.sheet.page.headers[this.part][name] = value;
      return;
    }
    super.set(name, value);
  }

  override nav(name: string): Host {
    if (this.type === 'HeaderFooterGroup' && (name === 'defaultForAllPages' || name === 'firstPage')) {
      return new HeaderFooterHost('HeaderFooter', this.sheet, name);
    }
    return super.nav(name);
  }
}

/** Worksheet.horizontalPageBreaks: manual breaks; `add` breaks before the top row of its range. */
export class PageBreakCollectionHost extends BaseHost {
  readonly type = 'PageBreakCollection';

  constructor(private readonly sheet: SheetState) {
    super();
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (name !== 'add') return super.call(name, args);
    this.sheet.assertFormattable('never');
    const row = rangeArg(this.sheet, args[0]).row;
    const breaks = this.sheet.page.rowBreaks;
    if (!breaks.includes(row)) breaks.push(row);
    return new PageBreakHost(row);
  }
}

class PageBreakHost extends BaseHost {
  readonly type = 'PageBreak';

  constructor(private readonly row: number) {
    super();
  }

  override get(name: string): unknown {
    return name === 'rowIndex' ? this.row : super.get(name);
  }
}
