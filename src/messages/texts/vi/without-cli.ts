// Every Vietnamese text but the command line's (area `cli`): the pane's first-paint texts and
// those it fetches right after start. The pane never shows a `cli.*` code
// (test/unit/messages/pane-texts.test.ts holds that). index.ts adds `cli` for the command line.

import { viFirstPaint } from './first-paint';
import { viPaneLater } from './pane-later';

export const viWithoutCli = {
  ...viFirstPaint,
  ...viPaneLater,
} as const;
