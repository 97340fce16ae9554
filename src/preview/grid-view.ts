// A small visible workbook for the browser preview that works like a spreadsheet: sheet tabs, a
// formula bar and the active sheet's cells (grid-table.ts). Click selects (firing
// onSelectionChanged); the arrow keys move the selection and the grid scrolls to it; typing a
// character starts typing into the cell, F2 or a double-click edits its text, Delete clears it
// (all firing onChanged, refused on locked cells as Excel refuses them); a cell with a drop-down
// list opens it (picking fires no event, as in Excel). The grid listens once, on its own box, so
// a redraw (the add-in writing, a recalculation) never loses a handler; it does not redraw while
// the user is typing into a cell.

import type { FakeExcel } from './fake-excel';
import { openEditor } from './grid-editor';
import { isArrow, moveAddress } from './grid-keys';
import { msg } from '../messages';
import { drawnSize, drawTable, el, previewText } from './grid-table';

const STYLE = `
.gv-bar { display: flex; gap: 8px; align-items: center; padding: 4px 8px; border-bottom: 1px solid #c8c8c8; font-size: 13px; }
.gv-formula { flex: 1; font-family: Consolas, monospace; padding: 2px 6px; border: 1px solid #c8c8c8; min-height: 18px; white-space: pre; overflow: hidden; }
.gv-scroll { flex: 1; overflow: auto; }
.gv-scroll:focus { outline: none; }
.gv-scroll:focus .gv-selected { outline-color: #0f5c2e; }
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

const DOUBLE_CLICK_MS = 500;

interface Chrome {
  nameBox: HTMLElement;
  formulaBar: HTMLElement;
  scroll: HTMLElement;
  tabs: HTMLElement;
  status: HTMLElement;
}

function buildChrome(root: HTMLElement): Chrome {
  root.append(el('style', {}, STYLE));
  root.style.minWidth = '0'; // many sheet tabs scroll instead of widening the page
  const bar = el('div', { class: 'gv-bar' });
  const nameBox = el('span', { 'data-testid': 'gv-name-box' });
  const formulaBar = el('div', { class: 'gv-formula', 'data-testid': 'gv-formula', 'aria-label': 'Thanh công thức (formula bar)' });
  bar.append(nameBox, formulaBar);
  const scroll = el('div', { class: 'gv-scroll', tabindex: '0', 'data-testid': 'gv-grid', 'aria-label': previewText(msg('preview.cells')) });
  const tabs = el('div', { class: 'gv-tabs', role: 'tablist', 'aria-label': 'Trang tính (sheets)' });
  const status = el('div', { class: 'gv-status', role: 'status', 'data-testid': 'gv-status' });
  root.append(bar, scroll, tabs, status);
  return { nameBox, formulaBar, scroll, tabs, status };
}

function tabButtons(fake: FakeExcel, active: string, report: (e: unknown) => void): HTMLButtonElement[] {
  return fake.sheetNames()
    .filter((name) => fake.sheet(name).visibility === 'Visible')
    .map((name) => {
      const button = el('button', { role: 'tab', 'aria-selected': String(name === active) }, name);
      const color = fake.sheet(name).tabColor;
      if (color) button.style.borderTop = `3px solid ${color}`;
      button.addEventListener('click', () => void fake.userActivates(name).catch(report));
      return button;
    });
}

/** The text a cell edits as: its formula, else what it shows. */
function cellText(fake: FakeExcel, sheetName: string, address: string): string {
  const cell = fake.sheet(sheetName).cell(address);
  return cell.formula !== undefined ? `=${cell.formula}` : cell.display;
}

export function mountGridView(root: HTMLElement, fake: FakeExcel): () => void {
  const ui = buildChrome(root);
  const view = { editing: false, stale: false };
  const report = (error: unknown) => {
    ui.status.dataset.error = 'true';
    ui.status.textContent = (error as Error).message;
  };
  const selectedAddress = () => {
    const selection = fake.selection();
    return selection?.sheet === fake.activeSheetName() ? selection.address.split(':')[0] : undefined;
  };

  const render = () => {
    if (view.editing) {
      view.stale = true;
      return;
    }
    const sheetName = fake.activeSheetName();
    const selected = selectedAddress();
    ui.nameBox.textContent = selected ?? '';
    ui.formulaBar.textContent = selected ? cellText(fake, sheetName, selected) : '';
    ui.scroll.replaceChildren(drawTable(fake, sheetName, selected));
    ui.tabs.replaceChildren(...tabButtons(fake, sheetName, report));
    if (ui.status.dataset.error !== 'true') ui.status.textContent = previewText(msg('preview.status', { syncs: fake.stats.syncs }));
    ui.scroll.querySelector('.gv-selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const endEdit = () => {
    view.editing = false;
    view.stale = false;
    render();
    ui.scroll.focus({ preventScroll: true });
  };
  const write = (sheetName: string, address: string, typed: string | null) => fake.userTypes(sheetName, address, typed).catch(report);
  const select = (sheetName: string, address: string) => fake.userSelects(sheetName, address).catch(report);

  const edit = (address: string, initial?: string) => {
    const sheetName = fake.activeSheetName();
    const td = ui.scroll.querySelector<HTMLTableCellElement>(`td[data-address="${address}"]`);
    if (!td || td.dataset.editable !== 'true') return;
    const validation = fake.sheet(sheetName).validations.find((v) => v.address === address || v.address.split(':')[0] === address);
    const list = (validation?.rule.list as { source?: string } | undefined)?.source?.split(',');
    ui.status.dataset.error = 'false';
    view.editing = true;
    openEditor(td, address, initial ?? cellText(fake, sheetName, address), list, {
      commit: (text, move) => void write(sheetName, address, text).then(() => select(sheetName, moveAddress(fake.sheet(sheetName), address, move, drawnSize(fake.sheet(sheetName))))).finally(endEdit),
      pick: (item) => void fake.userPicksFromList(sheetName, address, item).catch(report).finally(endEdit),
      cancel: endEdit,
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const sheetName = fake.activeSheetName();
    const selected = selectedAddress();
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isArrow(event.key)) {
      event.preventDefault();
      void select(sheetName, selected ? moveAddress(fake.sheet(sheetName), selected, event.key, drawnSize(fake.sheet(sheetName))) : 'A1');
    } else if (!selected) {
      return;
    } else if (event.key === 'F2') {
      event.preventDefault();
      edit(selected);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void write(sheetName, selected, null);
    } else if (event.key.length === 1) {
      event.preventDefault();
      edit(selected, event.key);
    }
  };

  // A double-click is two clicks on one address in a short time, counted here: the first click's
  // selection redraws the grid, and the browser would not see a double-click across two elements.
  const lastClick = { address: '', at: -Infinity };
  ui.scroll.addEventListener('click', (event) => {
    const address = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-address]')?.dataset.address;
    if (!address || view.editing) return;
    const double = address === lastClick.address && event.timeStamp - lastClick.at < DOUBLE_CLICK_MS;
    Object.assign(lastClick, double ? { address: '', at: -Infinity } : { address, at: event.timeStamp });
    if (double) edit(address);
    else void select(fake.activeSheetName(), address);
  });
  ui.scroll.addEventListener('keydown', onKeyDown);

  render();
  return fake.subscribe(render);
}
