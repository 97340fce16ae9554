// The preview's file bar, above the stand-in grid: open a local .xlsx (a button or a file dropped
// on the workbook), download the workbook as .xlsx, and start over; and the workbook's memory
// across reloads: every change is saved to the browser (saved-workbook.ts) a moment after it.
// Opening a file stores it and reloads the page onto it, so the task pane starts fresh on the
// opened workbook, as Excel opens a file in a new window.

import { isLocalizedError, msg, type Message } from '../messages';
import type { FakeExcel } from './fake-excel';
import { el, previewText } from './grid-table';
import { clearSaved, storeSaved, type SavedWorkbook } from './saved-workbook';

const STYLE = `
.fb-bar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 4px 8px; border-bottom: 1px solid #c8c8c8; background: #f3f3f3; font-size: 12px; }
.fb-bar button, .fb-bar label { border: 1px solid #8a8a8a; background: #fff; padding: 2px 10px; font-size: 12px; cursor: pointer; border-radius: 2px; }
.fb-bar label:focus-within { outline: 2px solid #217346; }
.fb-bar input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; }
.fb-note { color: #444; }
.fb-note[data-error="true"] { color: #a4262c; }
.fb-drop { outline: 3px dashed #217346; outline-offset: -3px; }
`;

const SAVE_DELAY_MS = 400;
const DEFAULT_FILE = 'so-tinh-xem-thu.xlsx';

/** What went wrong, in the preview's words: a catalogue message, else the stand-in's own text. */
export function reasonOf(error: unknown): string {
  return isLocalizedError(error) ? previewText(error.localized) : (error as Error)?.message ?? String(error);
}

function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What opening a file needs from the bar: the check, the note, and a pause of the saving. */
interface Opening {
  check: (bytes: Uint8Array) => void;
  say: (m: Message, error?: boolean) => void;
  /**
   * Stops (true) or resumes (false) saving the workbook on screen: a save still pending when the
   * page reloads (on pagehide) would store it over the file just opened.
   */
  pauseSaving: (paused: boolean) => void;
}

/** Checks that a file opens (in a scratch stand-in), stores it and reloads onto it. */
async function openFile(file: File, { check, say, pauseSaving }: Opening): Promise<void> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    check(bytes);
    pauseSaving(true);
    await storeSaved({ bytes, fileName: file.name, opened: true });
    window.location.reload();
  } catch (error) {
    pauseSaving(false);
    say(msg('preview.openFailed', { file: file.name, reason: reasonOf(error) }), true);
  }
}

interface Bar {
  /** What happened to a file (opened, refused) or to the saved workbook. */
  note: HTMLElement;
  /** Whether the workbook is saved in the browser. */
  saved: HTMLElement;
  input: HTMLInputElement;
  save: HTMLButtonElement;
  reset: HTMLButtonElement;
}

function buildBar(root: HTMLElement): Bar {
  root.prepend(el('style', {}, STYLE));
  const bar = el('div', { class: 'fb-bar', role: 'toolbar', 'aria-label': previewText(msg('preview.bar')) });
  const label = el('label', { 'data-testid': 'pv-open' }, previewText(msg('preview.open')));
  const input = el('input', { type: 'file', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  label.append(input);
  const save = el('button', { type: 'button', 'data-testid': 'pv-download' }, previewText(msg('preview.download')));
  const reset = el('button', { type: 'button', 'data-testid': 'pv-reset' }, previewText(msg('preview.reset')));
  const saved = el('span', { class: 'fb-note', 'data-testid': 'pv-saved', title: previewText(msg('preview.dropHint')) });
  const note = el('span', { class: 'fb-note', role: 'status', 'data-testid': 'pv-note' });
  bar.append(label, save, reset, saved, note);
  root.prepend(bar);
  return { note, saved, input, save, reset };
}

/**
 * Mounts the bar on the workbook's box; `saved` is what the page was restored from (its file
 * name names the download) and `check` opens bytes in a scratch stand-in (throws if it cannot).
 */
export function mountFileBar(root: HTMLElement, fake: FakeExcel, saved: Pick<SavedWorkbook, 'fileName'> | undefined, check: (bytes: Uint8Array) => void): (m: Message, error?: boolean) => void {
  const ui = buildBar(root);
  const state = { timer: 0 as ReturnType<typeof setTimeout> | 0, stopped: false, fileName: saved?.fileName ?? DEFAULT_FILE };
  const say = (m: Message, error = false) => {
    ui.note.dataset.error = String(error);
    ui.note.textContent = previewText(m);
  };
  const sayState = (m: Message, error = false) => {
    ui.saved.dataset.error = String(error);
    ui.saved.textContent = previewText(m);
  };
  const saveNow = async () => {
    state.timer = 0;
    if (state.stopped) return;
    try {
      const selection = fake.selection();
      const bytes = fake.toXlsx();
      await storeSaved({ bytes, fileName: state.fileName, activeSheet: fake.activeSheetName(), ...(selection ? { selection } : {}) });
      ui.saved.dataset.state = 'saved';
      sayState(msg('preview.saved', { size: Math.max(1, Math.round(bytes.length / 1024)) }));
    } catch (error) {
      sayState(msg('preview.saveFailed', { reason: reasonOf(error) }), true);
    }
  };
  fake.subscribe(() => {
    if (state.timer) clearTimeout(state.timer);
    ui.saved.dataset.state = 'saving';
    if (ui.saved.dataset.error !== 'true') sayState(msg('preview.saving'));
    state.timer = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
  });
  window.addEventListener('pagehide', () => void (state.timer && saveNow()));
  const opening: Opening = {
    check,
    say,
    pauseSaving: (paused) => {
      if (state.timer) clearTimeout(state.timer);
      state.timer = 0;
      state.stopped = paused;
      if (!paused) void saveNow();
    },
  };
  ui.input.addEventListener('change', () => {
    const file = ui.input.files?.[0];
    if (file) void openFile(file, opening);
  });
  ui.save.addEventListener('click', () => download(fake.toXlsx(), state.fileName));
  ui.reset.addEventListener('click', () => {
    if (!window.confirm(previewText(msg('preview.resetConfirm')))) return;
    state.stopped = true;
    void clearSaved().finally(() => window.location.reload());
  });
  listenForDrops(root, (file) => void openFile(file, opening));
  return say;
}

function listenForDrops(root: HTMLElement, open: (file: File) => void): void {
  const hasFile = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  root.addEventListener('dragover', (event) => {
    if (!hasFile(event)) return;
    event.preventDefault();
    root.classList.add('fb-drop');
  });
  root.addEventListener('dragleave', () => root.classList.remove('fb-drop'));
  root.addEventListener('drop', (event) => {
    root.classList.remove('fb-drop');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    open(file);
  });
}
