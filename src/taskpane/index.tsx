// The task pane's entry: once Office is ready, check what this Excel supports and mount the pane
// over the Office.js workbook adapter, in Office's light or dark theme.

import { OfficeWorkbook } from '../excel/office-workbook';
import { checkRequirements } from '../excel/requirements';
import { mountPane } from './mount';

/** Whether Office shows a dark theme (isDarkTheme where the host has it, else the body colour). */
function officeIsDark(): boolean {
  const theme = Office.context?.officeTheme;
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? '');
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

declare global {
  interface Window {
    /** Set by taskpane.html when the webview is Internet Explorer or old Edge (no pane then). */
    egovUnsupportedWebview?: boolean;
  }
}

void Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container || window.egovUnsupportedWebview) return;
  mountPane(container, { port: new OfficeWorkbook(), missingRequirements: checkRequirements(), dark: officeIsDark() });
});
