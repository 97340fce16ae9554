// A scoring problem's text in the pane's language (the engine gives each problem in both).

import type { Language } from './number-text';

export function problemText(language: Language, problem: { message: string; messageEn: string }): string {
  return language === 'vi' ? problem.message : problem.messageEn;
}
