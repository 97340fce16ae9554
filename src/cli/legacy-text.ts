// Texts of the core that are not catalogue messages yet (a Vietnamese `message` beside an
// English `messageEn`), shown in the command line's language. Goes away when the last of them
// (engine problems, set checks, authoring issues, inputs JSON, merge results) becomes a message.

import type { Language } from '../messages';

export function legacyText(language: Language, item: { message: string; messageEn: string }): string {
  return language === 'vi' ? item.message : item.messageEn;
}
