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
import { reasonOf } from './file-bar';

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
  const formulaBar = el('div', { class: 'gv-formula', 'data-testid': 'gv-formula', 'aria-label': previewText(msg('preview.formulaBar')) });
  bar.append(nameBox, formulaBar);
  const scroll = el('div', { class: 'gv-scroll', tabindex: '0', 'data-testid': 'gv-grid', 'aria-label': previewText(msg('preview.cells')) });
  const tabs = el('div', { class: 'gv-tabs', role: 'tablist', 'aria-label': previewText(msg('preview.sheetTabs')) });
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

/**
 * One mounted grid: the fake workbook it shows, its chrome, and what the user is doing (typing
 * into a cell, when redraws wait until they stop; the last click, to tell a double-click).
 */
class GridView {
  private editing = false;
  private readonly lastClick = { address: '', at: -Infinity };

  constructor(
    private readonly fake: FakeExcel,
    private readonly ui: Chrome,
  ) {}

  /** Shows an error the stand-in Excel gave, in the status line, until the next edit. */
  readonly report = (error: unknown): void => {
    this.ui.status.dataset.error = 'true';
    this.ui.status.textContent = reasonOf(error);
  };

  /** Redraws the active sheet, its tabs and the formula bar; waits while the user is typing. */
  readonly render = (): void => {
    if (this.editing) return; // redrawn when the edit ends
    const { fake, ui } = this;
    const sheetName = fake.activeSheetName();
    const selected = this.selectedAddress();
    ui.nameBox.textContent = selected ?? '';
    ui.formulaBar.textContent = selected ? cellText(fake, sheetName, selected) : '';
    ui.scroll.replaceChildren(drawTable(fake, sheetName, selected));
    ui.tabs.replaceChildren(...tabButtons(fake, sheetName, this.report));
    if (ui.status.dataset.error !== 'true') ui.status.textContent = previewText(msg('preview.status', { syncs: fake.stats.syncs }));
    ui.scroll.querySelector('.gv-selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  /** The selected cell's address when the selection is on the active sheet. */
  private selectedAddress(): string | undefined {
    const selection = this.fake.selection();
    return selection?.sheet === this.fake.activeSheetName() ? selection.address.split(':')[0] : undefined;
  }

  private write(sheetName: string, address: string, typed: string | null): Promise<void> {
    return this.fake.userTypes(sheetName, address, typed).catch(this.report);
  }

  private select(sheetName: string, address: string): Promise<void> {
    return this.fake.userSelects(sheetName, address).catch(this.report);
  }

  private readonly endEdit = (): void => {
    this.editing = false;
    this.render();
    this.ui.scroll.focus({ preventScroll: true });
  };

  /** Opens the cell's editor (typing into it, or its drop-down list); locked cells refuse. */
  private edit(address: string, initial?: string): void {
    const { fake } = this;
    const sheetName = fake.activeSheetName();
    const td = this.ui.scroll.querySelector<HTMLTableCellElement>(`td[data-address="${address}"]`);
    if (!td || td.dataset.editable !== 'true') return;
    const sheet = fake.sheet(sheetName);
    const validation = sheet.validations.find((v) => v.address === address || v.address.split(':')[0] === address);
    const list = (validation?.rule.list as { source?: string } | undefined)?.source?.split(',');
    this.ui.status.dataset.error = 'false';
    this.editing = true;
    openEditor(td, address, initial ?? cellText(fake, sheetName, address), list, {
      commit: (text, move) =>
        void this.write(sheetName, address, text)
          .then(() => this.select(sheetName, moveAddress(fake.sheet(sheetName), address, move, drawnSize(fake.sheet(sheetName)))))
          .finally(this.endEdit),
      pick: (item) => void fake.userPicksFromList(sheetName, address, item).catch(this.report).finally(this.endEdit),
      cancel: this.endEdit,
    });
  }

  /** Arrows move, F2 edits, Delete clears, a character starts typing; with Ctrl/Alt/Meta, nothing. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const sheetName = this.fake.activeSheetName();
    const selected = this.selectedAddress();
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isArrow(event.key)) {
      event.preventDefault();
      const sheet = this.fake.sheet(sheetName);
      void this.select(sheetName, selected ? moveAddress(sheet, selected, event.key, drawnSize(sheet)) : 'A1');
    } else if (!selected) {
      return;
    } else if (event.key === 'F2') {
      event.preventDefault();
      this.edit(selected);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void this.write(sheetName, selected, null);
    } else if (event.key.length === 1) {
      event.preventDefault();
      this.edit(selected, event.key);
    }
  };

  /**
   * A click selects; a double-click edits. A double-click is two clicks on one address in a short
   * time, counted here: the first click's selection redraws the grid, and the browser would not
   * see a double-click across two elements.
   */
  readonly onClick = (event: MouseEvent): void => {
    const address = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-address]')?.dataset.address;
    if (!address || this.editing) return;
    const last = this.lastClick;
    const double = address === last.address && event.timeStamp - last.at < DOUBLE_CLICK_MS;
    Object.assign(last, double ? { address: '', at: -Infinity } : { address, at: event.timeStamp });
    if (double) this.edit(address);
    else void this.select(this.fake.activeSheetName(), address);
  };
}

/** Shows `fake` in `root` and keeps it drawn; returns what stops the redraws. */
export function mountGridView(root: HTMLElement, fake: FakeExcel): () => void {
  const ui = buildChrome(root);
  const view = new GridView(fake, ui);
  ui.scroll.addEventListener('click', view.onClick);
  ui.scroll.addEventListener('keydown', view.onKeyDown);
  view.render();
  return fake.subscribe(view.render);
}
