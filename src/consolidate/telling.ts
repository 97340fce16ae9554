// Rendering what the master says about a file (a Telling) for the workbook, whose text is
// Vietnamese (the import log), and telling the two kinds of Telling apart for the surfaces.

import { isMessage, rendererFor, type Language, type Message } from '../messages';
import { vi } from '../messages/texts/vi';
import type { Flag, Telling } from './types';

const renderVietnamese = rendererFor(vi, 'vi');

/** The Vietnamese text of a Telling, as the master's sheets show it. */
export function vietnameseText(t: Telling): string {
  return isMessage(t) ? renderVietnamese(t) : t.vi;
}

/** A Telling in `language`: a message through `render`, a Vietnamese/English pair by its language. */
export function tellingText(t: Telling, language: Language, render: (m: Message) => string): string {
  return isMessage(t) ? render(t) : t[language];
}

/** A flag as the master stored it: masters written before messages kept `message` / `messageEn` texts. */
export function storedFlag(flag: Flag | (Omit<Flag, 'message'> & { message: string; messageEn?: string })): Flag {
  if (typeof flag.message !== 'string') return flag as Flag;
  const { messageEn, message, ...rest } = flag as Omit<Flag, 'message'> & { message: string; messageEn?: string };
  return { ...rest, message: { vi: message, en: messageEn ?? message } };
}
