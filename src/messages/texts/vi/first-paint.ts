// The Vietnamese texts the task pane has from its first paint: every area but the command
// line's (`cli`, never shown in the pane) and those of views the pane loads on demand
// (pane-later.ts). The pane's initial script has a 200 KB gzip budget; load-texts.ts fetches
// the rest right after start. Add a new area here (and to texts/en/index.ts), or to pane-later.ts
// when only a view loaded on demand shows it.

import { entry } from './entry';
import { excel } from './excel';
import { form } from './form';
import { master } from './master';
import { ranking } from './ranking';
import { roster } from './roster';
import { files } from './files';
import { inputs } from './inputs';
import { problem } from './problem';
import { build } from './build';
import { intake } from './intake';
import { invalid } from './invalid';
import { sets } from './sets';
import { xlsx } from './xlsx';
import { paneFrame } from './pane-frame';
import { paneStart } from './pane-start';
import { paneEntry } from './pane-entry';
import { paneOverview } from './pane-overview';
import { paneFinish } from './pane-finish';
import { paneConsolidation } from './pane-consolidation';
import { paneAuthoring } from './pane-authoring';

export const viFirstPaint = {
  ...entry,
  ...excel,
  ...form,
  ...ranking,
  ...roster,
  ...files,
  ...inputs,
  ...problem,
  ...build,
  ...intake,
  ...invalid,
  ...sets,
  ...xlsx,
  ...master,
  ...paneFrame,
  ...paneStart,
  ...paneEntry,
  ...paneOverview,
  ...paneFinish,
  ...paneConsolidation,
  ...paneAuthoring,
} as const;
