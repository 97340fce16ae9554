// What a user reads from a Telling (a catalogue message, or a reader's Vietnamese/English pair),
// in each language.

import { tellingText, type Telling } from '../../src/consolidate';
import { render } from '../../src/messages/texts';

export function inBoth(t: Telling): { vi: string; en: string } {
  return { vi: tellingText(t, 'vi', (m) => render('vi', m)), en: tellingText(t, 'en', (m) => render('en', m)) };
}
