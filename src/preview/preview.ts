// The browser preview (npm run preview): the real task pane beside a stand-in workbook, with no
// Excel and no network. `?api=1.7` pretends to be an older Excel (fewer requirement sets).
// The workbook is kept in the browser across reloads (file-bar.ts): it is reopened from there
// before the pane starts, so the pane finds it as it would find an open file in Excel.

import { msg, type Message } from '../messages';
import { OfficeWorkbook } from '../excel/office-workbook';
import { checkRequirements } from '../excel/requirements';
import { mountPane } from '../taskpane/mount';
import { createFakeExcel, type FakeExcel } from './fake-excel';
import { mountFileBar, reasonOf } from './file-bar';
import { mountGridView } from './grid-view';
import { clearSaved, loadSaved, type SavedWorkbook } from './saved-workbook';

declare global {
  interface Window {
    /** The stand-in, for browser tests and for poking at it from the console. */
    fakeExcel?: FakeExcel;
  }
}

/** Opens the saved workbook in the stand-in, on the sheet and cell it was left at; a message if it cannot. */
async function restore(fake: FakeExcel, saved: SavedWorkbook): Promise<Message | undefined> {
  try {
    fake.openXlsx(saved.bytes);
    if (saved.activeSheet && fake.sheetNames().includes(saved.activeSheet)) await fake.userActivates(saved.activeSheet);
    if (saved.selection && fake.sheetNames().includes(saved.selection.sheet)) await fake.userSelects(saved.selection.sheet, saved.selection.address);
    return saved.opened && saved.fileName ? msg('preview.opened', { file: saved.fileName }) : undefined;
  } catch (error) {
    await clearSaved().catch(() => undefined);
    return msg('preview.restoreFailed', { reason: reasonOf(error) });
  }
}

async function main(): Promise<void> {
  const api = new URLSearchParams(window.location.search).get('api') ?? undefined;
  const apiVersion = api && /^1\.\d{1,2}$/.test(api) ? api : undefined;
  const fake = createFakeExcel({ apiVersion, sheets: ['Sheet1'] });
  fake.install(window as unknown as Record<string, unknown>);
  window.fakeExcel = fake;

  const saved = await loadSaved().catch(() => undefined);
  const note = saved ? await restore(fake, saved) : undefined;
  const box = document.getElementById('workbook')!;
  mountGridView(box, fake);
  const say = mountFileBar(box, fake, saved, (bytes) => createFakeExcel().openXlsx(bytes));
  if (note) say(note, note.code === 'preview.restoreFailed');
  mountPane(document.getElementById('container')!, {
    port: new OfficeWorkbook(),
    missingRequirements: checkRequirements(),
  });
}

void main();
