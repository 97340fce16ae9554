// Mounting the pane into a page element: the task pane (index.tsx) and the browser preview both
// call mountPane with the workbook port they use.

import { createRoot, type Root } from 'react-dom/client';
import type { WorkbookPort } from '../excel/port';
import { App } from './App';
import type { RequirementMessage } from './Pane';
import type { Language } from './logic/number-text';

export interface MountOptions {
  port: WorkbookPort;
  /** Requirement sets the host lacks (shown in a message bar): ready text, or Vietnamese and English. */
  missingRequirements?: RequirementMessage[];
  /** Starting language; by default the one remembered, else Vietnamese. */
  language?: Language;
  /** Dark theme (the task pane passes Office's theme). */
  dark?: boolean;
}

/** Renders the pane into `element` (once per page); returns the root, to unmount it. */
export function mountPane(element: HTMLElement, options: MountOptions): Root {
  const root = createRoot(element);
  root.render(
    <App port={options.port} missingRequirements={options.missingRequirements ?? []} language={options.language} dark={options.dark ?? false} />,
  );
  return root;
}
