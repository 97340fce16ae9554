// Every English text of the catalogue. The compiler checks that it has exactly the Vietnamese
// codes and, for each, the same placeholders. The pane loads this file only when English is chosen.

import type { Catalogue, MessageCode, Placeholders } from '../../types';
import { cli } from './cli';
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
import { problem } from './problem';
import { build } from './build';
import { intake } from './intake';
import { invalid } from './invalid';
import { sets } from './sets';
import { setcheck } from './setcheck';
import { writer } from './writer';
import { formula } from './formula';
import { voided } from './voided';
import { xlsx } from './xlsx';
import { paneFrame } from './pane-frame';
import { paneStart } from './pane-start';
import { paneEntry } from './pane-entry';
import { paneOverview } from './pane-overview';
import { paneFinish } from './pane-finish';
import { paneConsolidation } from './pane-consolidation';
import { paneAuthoring } from './pane-authoring';

export const en = {
  ...cli,
  ...authoring,
  ...entry,
  ...excel,
  ...form,
  ...preview,
  ...ranking,
  ...roster,
  ...files,
  ...inputs,
  ...problem,
  ...build,
  ...intake,
  ...invalid,
  ...sets,
  ...setcheck,
  ...writer,
  ...formula,
  ...voided,
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

type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type English = typeof en;
/** Codes whose English text lacks a code or has other placeholders than the Vietnamese one. */
type Mismatched = {
  [C in MessageCode]: C extends keyof English ? (SameSet<Placeholders<Catalogue[C]>, Placeholders<English[C]>> extends true ? never : C) : C;
}[MessageCode];
/** A compile error here names the codes to fix. */
export const placeholdersAgree: [Mismatched] extends [never] ? true : Mismatched = true;
