// Looking up the pane's text by key and language, and filling its {placeholders}.

import type { Language } from '../logic/number-text';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { vi, en };

/** Fills "{name}" placeholders; a placeholder without a value is left visible. */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(DICTIONARIES[language][key], params);
}

/** The engine's problem text in the pane's language. */
export function problemText(language: Language, problem: { message: string; messageEn: string }): string {
  return language === 'vi' ? problem.message : problem.messageEn;
}
