// Flags a master keeps in its unit data: written now as messages, and in masters written before
// messages as a Vietnamese `message` and an English `messageEn` text, which read back as the pair.

import { storedFlag, tellingText } from '../../../src/consolidate/telling';
import type { Flag } from '../../../src/consolidate';
import { msg } from '../../../src/messages';
import { render } from '../../../src/messages/texts';

const shown = (flag: Flag) => (['vi', 'en'] as const).map((language) => tellingText(flag.message, language, (m) => render(language, m)));

describe('a stored flag', () => {
  it('of this version is kept as it is, its message rendered in the reader’s language', () => {
    const flag: Flag = { kind: 'scoreMismatch', criterionCode: '1.1', message: msg('intake.scoreMismatch', { criterion: '1.1', self: 2.5, points: 2 }) };
    expect(storedFlag(JSON.parse(JSON.stringify(flag)))).toEqual(flag);
    const [vi, en] = shown(flag);
    expect(vi).toContain('2,5');
    expect(en).toContain('2.5');
  });

  it('of a master written before messages keeps its two texts, one per language', () => {
    const old = { kind: 'input', fieldId: 'tong_so', message: 'Tiêu chí 1.1: chưa nhập "Tổng số".', messageEn: 'Criterion 1.1: "Tổng số" is required.' };
    const flag = storedFlag(old as unknown as Flag);
    expect(flag).toEqual({ kind: 'input', fieldId: 'tong_so', message: { vi: old.message, en: old.messageEn } });
    expect(shown(flag)).toEqual([old.message, old.messageEn]);
  });
});
