// Every Vietnamese text but the command line's (area `cli`): what the task pane has without
// loading anything. The pane never shows a `cli.*` code (test/unit/messages/pane-texts.test.ts
// holds that), and leaving those ~13 KB out keeps its initial script within budget.
// Add a new area here (and to texts/en/index.ts); index.ts adds `cli` for the command line.

import { authoring } from './authoring';
import { entry } from './entry';
import { excel } from './excel';
import { form } from './form';
import { master } from './master';
import { preview } from './preview';
import { ranking } from './ranking';
import { roster } from './roster';
import { files } from './files';
import { inputs } from './inputs';
import { intake } from './intake';
import { sets } from './sets';
import { setcheck } from './setcheck';
import { writer } from './writer';
import { xlsx } from './xlsx';
import { paneFrame } from './pane-frame';
import { paneStart } from './pane-start';
import { paneEntry } from './pane-entry';
import { paneOverview } from './pane-overview';
import { paneFinish } from './pane-finish';
import { paneConsolidation } from './pane-consolidation';
import { paneAuthoring } from './pane-authoring';

export const viWithoutCli = {
  ...authoring,
  ...entry,
  ...excel,
  ...form,
  ...preview,
  ...ranking,
  ...roster,
  ...files,
  ...inputs,
  ...intake,
  ...sets,
  ...setcheck,
  ...writer,
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
