// docs/messages.md from the catalogue: every code with its parameters and both texts, by area,
// so a user who reads "[xlsx.notZip]" after an error can look it up. `npm run docs:messages`
// writes it; test/unit/messages/doc.test.ts fails when the file is stale.

import { TEXTS } from '../src/messages/texts';
import type { MessageCode } from '../src/messages';

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

const FORMAT_WORDS: Record<string, string> = {
  number: 'number',
  percent: 'fraction shown as %',
  date: 'date',
  datetime: 'date and time',
  list: 'list',
  message: 'message',
};

function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

function parameters(text: string): string {
  const seen = new Map<string, string>();
  for (const m of text.matchAll(PLACEHOLDER)) if (!seen.has(m[1])) seen.set(m[1], m[2] ? FORMAT_WORDS[m[2]] ?? m[2] : 'text or number');
  return [...seen].map(([name, kind]) => `\`${name}\` (${kind})`).join(', ');
}

export function messagesDoc(): string {
  const codes = (Object.keys(TEXTS.vi) as MessageCode[]).sort();
  const areas = [...new Set(codes.map((code) => code.split('.')[0]))];
  const lines = [
    '# Messages',
    '',
    'Every message the add-in and the command line show, by code (generated from `src/messages/texts` by',
    '`npm run docs:messages`; do not edit by hand). The command line prints the code after an error, in',
    'brackets: `… [xlsx.notZip]`. Mỗi thông báo có mã; dòng lệnh in mã trong ngoặc vuông sau lỗi.',
    '',
    `${codes.length} codes in ${areas.length} areas: ${areas.map((a) => `[${a}](#${a})`).join(', ')}.`,
  ];
  for (const area of areas) {
    lines.push('', `## ${area}`, '', '| code | parameters | Tiếng Việt | English |', '|---|---|---|---|');
    for (const code of codes.filter((c) => c.split('.')[0] === area)) {
      lines.push(`| \`${code}\` | ${parameters(TEXTS.vi[code])} | ${cell(TEXTS.vi[code])} | ${cell(TEXTS.en[code])} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
