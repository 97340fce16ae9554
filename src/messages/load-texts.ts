// The texts of one language for the task pane: Vietnamese is in the initial script, without the
// command line's area (the pane never shows a `cli.*` code), English is a separate chunk fetched
// the first time it is chosen (the pane's initial JS has a size budget).

import { viWithoutCli } from './texts/vi/without-cli';
import type { Language, Texts } from './types';

/** Vietnamese as the pane needs it: every code but `cli.*`, which only the command line renders. */
const PANE_VI = viWithoutCli as Texts;

export async function loadTexts(language: Language): Promise<Texts> {
  if (language === 'vi') return PANE_VI;
  const { en } = await import(/* webpackChunkName: "messages-en" */ './texts/en');
  return en;
}

/** The texts available without loading anything. */
export const INITIAL_TEXTS: Texts = PANE_VI;
