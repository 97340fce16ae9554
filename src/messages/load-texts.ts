// The texts of one language for the task pane. Vietnamese comes in two parts: the first-paint
// areas are in the initial script; the areas of views loaded on demand (texts/vi/pane-later.ts)
// are a separate chunk that the pane fetches right after start (the language provider loads the
// chosen language once it mounts). English is one chunk, fetched the first time it is chosen.
// The pane's initial JS has a size budget; the command line's area `cli` is never in the pane.

import { viFirstPaint } from './texts/vi/first-paint';
import type { Language, Texts } from './types';

export async function loadTexts(language: Language): Promise<Texts> {
  if (language === 'vi') {
    const { viPaneLater } = await import(/* webpackChunkName: "messages-vi-later" */ './texts/vi/pane-later');
    return { ...viFirstPaint, ...viPaneLater } as Texts;
  }
  const { en } = await import(/* webpackChunkName: "messages-en" */ './texts/en');
  return en;
}

/** The texts available without loading anything: Vietnamese, first-paint areas. */
export const INITIAL_TEXTS: Texts = viFirstPaint as Texts;
