// The active sheet drawn as an HTML table for the preview grid: values, the main formats, merges,
// hidden columns left out; each cell carries its address (data-address) and whether a user may
// type into it (data-editable). Event handling is the grid view's (one listener on the grid,
// so that it survives every redraw).

import { msg } from '../messages';
import { rendererFor } from '../messages/render';
import { vi } from '../messages/texts/vi';
import { colIndex, colLetter } from '../plan/address';
import type { FakeExcel } from './fake-excel';
import type { CellView, SheetView } from './fake-excel/views';

const MIN_ROWS = 30;
const MIN_COLS = 10;
const MAX_ROWS = 400;
const MAX_COLS = 30;

/** The preview speaks Vietnamese, as the province's Excel does. */
export const previewText = rendererFor(vi, 'vi');

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Rows and columns drawn: the used range and a margin, within bounds. */
export function drawnSize(sheet: SheetView): { rows: number; cols: number } {
  const used = sheet.usedRange;
  return {
    rows: Math.min(MAX_ROWS, Math.max(MIN_ROWS, used ? used.row + used.rows + 5 : 0)),
    cols: Math.min(MAX_COLS, Math.max(MIN_COLS, used ? used.col + used.cols + 2 : 0)),
  };
}

function styleCell(td: HTMLTableCellElement, cell: CellView): void {
  const s = td.style;
  s.fontWeight = cell.bold ? 'bold' : '';
  s.fontStyle = cell.italic ? 'italic' : '';
  s.textDecoration = cell.underline !== 'None' ? 'underline' : '';
  s.color = cell.fontColor;
  if (cell.fill) s.backgroundColor = cell.fill;
  s.fontFamily = cell.fontName;
  s.textAlign = cell.hAlign === 'General' ? (typeof cell.value === 'number' ? 'right' : 'left') : cell.hAlign.toLowerCase();
  s.verticalAlign = cell.vAlign === 'Center' ? 'middle' : cell.vAlign.toLowerCase();
  if (cell.wrap) s.whiteSpace = 'normal';
  for (const side of ['top', 'bottom', 'left', 'right'] as const) if (cell.borders[side]) s.setProperty(`border-${side}`, '1px solid #000');
}

function headerRow(sheet: SheetView, cols: number, table: HTMLTableElement): void {
  const colgroup = el('colgroup');
  colgroup.append(el('col', { style: 'width:40px' }));
  const head = el('tr');
  head.append(el('th', { class: 'gv-row' }));
  let tableWidth = 40;
  // Hidden columns (the form's key columns, the summary's helpers) get no <col> and no cells.
  for (let c = 0; c < cols; c++) {
    if (sheet.columnHidden(c)) continue;
    const width = Math.round((sheet.columnWidth(c) ?? 48) / 0.75);
    tableWidth += width;
    colgroup.append(el('col', { style: `width:${width}px` }));
    head.append(el('th', { scope: 'col' }, colLetter(c)));
  }
  // table-layout:fixed only holds with an explicit width; without it a long title in A1 widens column A.
  table.style.width = `${tableWidth}px`;
  table.append(colgroup, head);
}

function spanMerge(td: HTMLTableCellElement, sheet: SheetView, merge: string): void {
  const [from, to] = merge.split(':');
  const start = /([A-Z]+)(\d+)/.exec(from)!;
  const end = /([A-Z]+)(\d+)/.exec(to)!;
  let visible = 0;
  for (let c = colIndex(start[1]); c <= colIndex(end[1]); c++) if (!sheet.columnHidden(c)) visible++;
  td.rowSpan = Number(end[2]) - Number(start[2]) + 1;
  td.colSpan = Math.max(1, visible);
}

/** The table of `sheetName`, the `selected` cell outlined. */
export function drawTable(fake: FakeExcel, sheetName: string, selected: string | undefined): HTMLTableElement {
  const sheet = fake.sheet(sheetName);
  const { rows, cols } = drawnSize(sheet);
  const table = el('table', { class: 'gv-table', 'aria-label': previewText(msg('preview.sheetTable', { sheet: sheetName })) });
  headerRow(sheet, cols, table);
  for (let r = 0; r < rows; r++) {
    const tr = el('tr');
    const height = sheet.rowHeight(r);
    if (height) tr.style.height = `${Math.round(height / 0.75)}px`;
    tr.append(el('th', { class: 'gv-row', scope: 'row' }, String(r + 1)));
    for (let c = 0; c < cols; c++) {
      if (sheet.columnHidden(c)) continue;
      const merge = sheet.mergeAt(r, c);
      const address = `${colLetter(c)}${r + 1}`;
      if (merge && merge.split(':')[0] !== address) continue;
      const cell = sheet.cell(r, c);
      const editable = !sheet.protected || !cell.locked;
      const td = el('td', { 'data-address': address, 'data-editable': String(editable) }, cell.display);
      if (merge) spanMerge(td, sheet, merge);
      styleCell(td, cell);
      if (editable && sheet.protected) td.classList.add('gv-editable');
      if (address === selected) td.classList.add('gv-selected');
      tr.append(td);
    }
    table.append(tr);
  }
  return table;
}
