import { en } from '../../../src/taskpane/i18n/en';
import { fillPlaceholders, translate } from '../../../src/taskpane/i18n/translate';
import { vi } from '../../../src/taskpane/i18n/vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the pane text in Vietnamese and English', () => {
  it('has the same keys in both dictionaries', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('has every text filled and the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(vi[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(vi[key]) });
    }
  });

  it('writes Vietnamese in NFC, as Excel and the forms compare it', () => {
    for (const text of Object.values(vi)) expect(text).toBe(text.normalize('NFC'));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'deadlineLine', { date: '03/10/2018' })).toBe('Hạn gửi: 03/10/2018');
    expect(translate('en', 'deadlineLine', { date: '03/10/2018' })).toBe('Deadline: 03/10/2018');
    expect(fillPlaceholders('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
});
