// A small visible workbook for the browser preview: sheet tabs, a formula bar and the active
// sheet's cells (values, the main formats, merges), drawn with plain DOM from the stand-in's
// state. Clicking selects (firing onSelectionChanged); double-clicking an editable cell types
// into it (onChanged), or opens its drop-down list (which, like Excel, fires no event).

import { colIndex, colLetter } from '../plan/address';
import type { FakeExcel } from './fake-excel';

const MIN_ROWS = 30;
const MIN_COLS = 10;
const MAX_ROWS = 400;
const MAX_COLS = 30;



function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const STYLE = `
.gv-bar { display: flex; gap: 8px; align-items: center; padding: 4px 8px; border-bottom: 1px solid #c8c8c8; font-size: 13px; }
.gv-formula { flex: 1; font-family: Consolas, monospace; padding: 2px 6px; border: 1px solid #c8c8c8; min-height: 18px; white-space: pre; overflow: hidden; }
.gv-scroll { flex: 1; overflow: auto; }
.gv-table { border-collapse: collapse; table-layout: fixed; font-size: 12px; }
.gv-table th { background: #f3f3f3; color: #444; font-weight: normal; border: 1px solid #d4d4d4; position: sticky; top: 0; z-index: 1; }
.gv-table th.gv-row { position: sticky; left: 0; width: 40px; }
.gv-table td { border: 1px solid #e1e1e1; padding: 1px 3px; overflow: hidden; white-space: nowrap; cursor: cell; }
.gv-table td.gv-selected { outline: 2px solid #217346; outline-offset: -2px; }
.gv-table td.gv-editable { background-image: linear-gradient(#fffbe6, #fffbe6); }
.gv-tabs { display: flex; gap: 2px; padding: 2px 8px; border-top: 1px solid #c8c8c8; background: #f3f3f3; overflow-x: auto; min-width: 0; }
.gv-tabs button { flex: 0 0 auto; white-space: nowrap; border: 1px solid #c8c8c8; background: #fff; padding: 2px 10px; font-size: 12px; cursor: pointer; }
.gv-tabs button[aria-selected="true"] { font-weight: bold; border-bottom: 3px solid #217346; }
.gv-status { padding: 2px 8px; font-size: 12px; color: #444; }
.gv-status[data-error="true"] { color: #a4262c; }
`;

export function mountGridView(root: HTMLElement, fake: FakeExcel): () => void {
  root.append(el('style', {}, STYLE));
  root.style.minWidth = '0'; // many sheet tabs scroll instead of widening the page
  const bar = el('div', { class: 'gv-bar' });
  const nameBox = el('span', { 'data-testid': 'gv-name-box' });
  const formulaBar = el('div', { class: 'gv-formula', 'data-testid': 'gv-formula', 'aria-label': 'Thanh công thức (formula bar)' });
  bar.append(nameBox, formulaBar);
  const scroll = el('div', { class: 'gv-scroll' });
  const tabs = el('div', { class: 'gv-tabs', role: 'tablist', 'aria-label': 'Trang tính (sheets)' });
  const status = el('div', { class: 'gv-status', role: 'status', 'data-testid': 'gv-status' });
  root.append(bar, scroll, tabs, status);

  const report = (error: unknown) => {
    status.dataset.error = 'true';
    status.textContent = (error as Error).message;
  };

  const render = () => {
    const sheetName = fake.activeSheetName();
    const sheet = fake.sheet(sheetName);
    const used = sheet.usedRange;
    const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, used ? used.row + used.rows + 5 : 0));
    const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, used ? used.col + used.cols + 2 : 0));
    const selection = fake.selection();
    const selected = selection?.sheet === sheetName ? selection.address.split(':')[0] : undefined;

    nameBox.textContent = selected ?? '';
    const selectedCell = selected ? sheet.cell(selected) : undefined;
    formulaBar.textContent = selectedCell ? (selectedCell.formula !== undefined ? `=${selectedCell.formula}` : selectedCell.display) : '';

    const table = el('table', { class: 'gv-table', 'aria-label': `Trang tính ${sheetName}` });
    const colgroup = el('colgroup');
    colgroup.append(el('col', { style: 'width:40px' }));
    const head = el('tr');
    head.append(el('th', { class: 'gv-row' }));
    // Hidden columns (the form's key columns, the summary's helpers) get no <col> and no cells.
    const visibleBetween = (from: number, to: number) => {
      let n = 0;
      for (let c = from; c <= to; c++) if (!sheet.columnHidden(c)) n++;
      return n;
    };
    let tableWidth = 40;
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
        const td = el('td', { 'data-address': address }, cell.display);
        if (merge) {
          const [from, to] = merge.split(':');
          const end = /([A-Z]+)(\d+)/.exec(to)!;
          const start = /([A-Z]+)(\d+)/.exec(from)!;
          td.rowSpan = Number(end[2]) - Number(start[2]) + 1;
          td.colSpan = Math.max(1, visibleBetween(colIndex(start[1]), colIndex(end[1])));
        }
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
        const editable = !sheet.protected || !cell.locked;
        if (editable && sheet.protected) td.classList.add('gv-editable');
        if (address === selected) td.classList.add('gv-selected');
        td.addEventListener('click', () => void fake.userSelects(sheetName, address).catch(report));
        if (editable) td.addEventListener('dblclick', () => edit(td, sheetName, address));
        tr.append(td);
      }
      table.append(tr);
    }
    scroll.replaceChildren(table);

    tabs.replaceChildren(
      ...fake.sheetNames()
        .filter((name) => fake.sheet(name).visibility === 'Visible')
        .map((name) => {
          const button = el('button', { role: 'tab', 'aria-selected': String(name === sheetName) }, name);
          const color = fake.sheet(name).tabColor;
          if (color) button.style.borderTop = `3px solid ${color}`;
          button.addEventListener('click', () => void fake.userActivates(name).catch(report));
          return button;
        }),
    );
    if (status.dataset.error !== 'true') status.textContent = `Excel mô phỏng (stand-in) · ${fake.stats.syncs} lần đồng bộ / syncs`;
  };

  const edit = (td: HTMLTableCellElement, sheetName: string, address: string) => {
    const validation = fake.sheet(sheetName).validations.find((v) => v.address === address || v.address.split(':')[0] === address);
    const list = (validation?.rule.list as { source?: string } | undefined)?.source?.split(',');
    status.dataset.error = 'false';
    if (list) {
      const select = el('select', { 'aria-label': address });
      select.append(el('option', { value: '' }, ''), ...list.map((item) => el('option', { value: item }, item)));
      select.addEventListener('change', () => void fake.userPicksFromList(sheetName, address, select.value).catch(report));
      td.replaceChildren(select);
      select.focus();
      return;
    }
    const input = el('input', { 'aria-label': address, value: td.textContent ?? '' });
    input.style.width = '100%';
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') render();
      if (event.key !== 'Enter') return;
      const text = input.value;
      void fake.userTypes(sheetName, address, text).catch(report).finally(render);
    });
    td.replaceChildren(input);
    input.focus();
  };

  render();
  return fake.subscribe(render);
}
