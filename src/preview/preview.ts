// The browser preview (npm run preview): the real task pane beside a stand-in workbook, with no
// Excel and no network. `?api=1.7` pretends to be an older Excel (fewer requirement sets).

import { OfficeWorkbook } from '../excel/office-workbook';
import { checkRequirements } from '../excel/requirements';
import { mountPane } from '../taskpane/mount';
import { createFakeExcel, type FakeExcel } from './fake-excel';
import { mountGridView } from './grid-view';

declare global {
  interface Window {
    /** The stand-in, for browser tests and for poking at it from the console. */
    fakeExcel?: FakeExcel;
  }
}

const api = new URLSearchParams(window.location.search).get('api') ?? undefined;
const fake = createFakeExcel({ apiVersion: api && /^1\.\d{1,2}$/.test(api) ? api : undefined, sheets: ['Sheet1'] });
fake.install(window as unknown as Record<string, unknown>);
window.fakeExcel = fake;

mountGridView(document.getElementById('workbook')!, fake);
mountPane(document.getElementById('container')!, {
  port: new OfficeWorkbook(),
  missingRequirements: checkRequirements().map((m) => `${m.vi} / ${m.en}`),
});
