// Typing into one cell of the preview grid: a text box over the cell (Enter or Tab writes and moves
// on, Escape gives up), or the cell's drop-down list when its validation has one (picking writes).

import { el } from './grid-table';

export interface EditorCallbacks {
  /** Writes the text; `move` is where the selection goes next (down after Enter, right after Tab). */
  commit: (text: string, move: 'ArrowDown' | 'ArrowRight') => void;
  pick: (item: string) => void;
  cancel: () => void;
}

/** Opens an editor in `td`: `initial` text (F2 keeps the cell's text, a typed key replaces it), or `list` items. */
export function openEditor(td: HTMLTableCellElement, address: string, initial: string, list: string[] | undefined, on: EditorCallbacks): void {
  if (list) {
    const select = el('select', { 'aria-label': address });
    select.append(el('option', { value: '' }, ''), ...list.map((item) => el('option', { value: item }, item)));
    select.addEventListener('change', () => on.pick(select.value));
    select.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') on.cancel();
    });
    td.replaceChildren(select);
    select.focus();
    return;
  }
  const input = el('input', { 'aria-label': address, 'data-testid': 'gv-editor' });
  input.value = initial;
  input.style.width = '100%';
  input.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') on.cancel();
    else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      on.commit(input.value, event.key === 'Enter' ? 'ArrowDown' : 'ArrowRight');
    }
  });
  td.replaceChildren(input);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}
