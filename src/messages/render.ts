// Rendering a message in one language: the code's text with its {placeholders} filled.

import { FORMATTERS, formatNumber } from './format';
import type { FormatName, Language, Message, Texts } from './types';

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

function isFormat(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, name);
}

/** A renderer for one language's texts. A placeholder without a value stays visible. */
export function rendererFor(texts: Texts, language: Language): (message: Message) => string {
  const render = (message: Message): string => {
    const template = texts[message.code] ?? message.code;
    const params = message.params as Record<string, unknown>;
    return template.replace(PLACEHOLDER, (whole, name: string, format?: string) => {
      if (!(name in params)) return whole;
      const value = params[name];
      if (format !== undefined && isFormat(format)) {
        return (FORMATTERS[format] as (v: unknown, l: Language, r: typeof render) => string)(value, language, render);
      }
      return typeof value === 'number' ? formatNumber(value, language) : String(value);
    });
  };
  return render;
}
