// Both languages' texts, loaded at once: for the command line, workers and tests (Node), where
// size does not matter. The pane uses load-texts.ts, which loads English only when chosen.

import { rendererFor } from './render';
import { en } from './texts/en';
import { vi } from './texts/vi';
import type { Language, Message, Texts } from './types';

export const TEXTS: Record<Language, Texts> = { vi, en };

/** Renders a message in `language`. */
export function render(language: Language, message: Message): string {
  return rendererFor(TEXTS[language], language)(message);
}
