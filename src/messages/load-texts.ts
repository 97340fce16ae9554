// The texts of one language for the task pane: Vietnamese is in the initial script, English is a
// separate chunk fetched the first time it is chosen (the pane's initial JS has a size budget).

import { vi } from './texts/vi';
import type { Language, Texts } from './types';

export async function loadTexts(language: Language): Promise<Texts> {
  if (language === 'vi') return vi;
  const { en } = await import(/* webpackChunkName: "messages-en" */ './texts/en');
  return en;
}

/** The texts available without loading anything. */
export const INITIAL_TEXTS: Texts = vi;
