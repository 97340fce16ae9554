// The task pane's entry (taskpane.html): waits for Office, then mounts the pane over the
// Office.js adapter, telling it which requirement sets this Excel lacks. taskpane.html's inline
// guard has already replaced #container with a message on Trident/EdgeHTML webviews.

import { OfficeWorkbook } from '../excel/office-workbook';
import { checkRequirements } from '../excel/requirements';
import { mountPane } from './mount';

void Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  mountPane(container, {
    port: new OfficeWorkbook(),
    missingRequirements: checkRequirements().map((m) => `${m.vi} / ${m.en}`),
  });
});
