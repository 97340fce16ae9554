// docs/messages.md lists every code of the catalogue with both texts: it must be regenerated
// (npm run docs:messages) whenever a text changes.

import * as fs from 'node:fs';
import { messagesDoc } from '../../../scripts/messages-doc';
import { TEXTS } from '../../../src/messages/texts';

describe('docs/messages.md', () => {
  const doc = fs.readFileSync('docs/messages.md', 'utf8');

  it('is what npm run docs:messages generates from the catalogue (run it when this fails)', () => {
    expect(doc === messagesDoc()).toBe(true);
  });

  it('lets a user look up a code printed after an error, in both languages', () => {
    const row = doc.split('\n').find((line) => line.startsWith('| `cli.unknownSet` |')) as string;
    expect(row).toContain(TEXTS.vi['cli.unknownSet'].replace(/\|/g, '\\|'));
    expect(row).toContain(TEXTS.en['cli.unknownSet']);
    expect(row).toContain('`set` (text or number)');
  });
});
