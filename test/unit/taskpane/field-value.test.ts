import type { InputField } from '../../../src/criteria/model';
import type { Message } from '../../../src/messages';
import { render } from '../../../src/messages/texts';
import { cellToInputText, inputTextToCell, matchingLabel, readingOf, sameCellValue } from '../../../src/taskpane/logic/field-value';
import { isoToDayMonthYear, isoToSerial, serialToIso } from '../../../src/taskpane/logic/excel-date';
import { shownBounds } from '../../../src/taskpane/logic/bounds';

const field = (type: InputField['type'], extra: Partial<InputField> = {}): InputField => ({ id: 'f', label: 'F', type, required: true, ...extra });

describe('cell values and what the inputs show', () => {
  it('writes numbers as numbers and percents as fractions', () => {
    expect(inputTextToCell(field('integer'), '42')).toEqual({ ok: true, value: 42 });
    expect(inputTextToCell(field('decimal'), '2,75')).toEqual({ ok: true, value: 2.75 });
    expect(inputTextToCell(field('percent'), '85')).toEqual({ ok: true, value: 0.85 });
    expect(cellToInputText(field('percent'), 0.85, 'vi')).toBe('85');
  });

  it('clears the cell when the input is emptied', () => {
    expect(inputTextToCell(field('integer'), '  ')).toEqual({ ok: true, value: null });
    expect(inputTextToCell(field('text'), '')).toEqual({ ok: true, value: null });
  });

  it('refuses text in a number field instead of writing it', () => {
    expect(inputTextToCell(field('count'), 'ba')).toEqual({ ok: false, reason: 'notANumber' });
    expect(inputTextToCell(field('percent'), 'nhiều')).toEqual({ ok: false, reason: 'notANumber' });
  });

  it('keeps text that starts with "=" as text, normalised to NFC', () => {
    const decomposed = 'Ủy ban'.normalize('NFD');
    expect(inputTextToCell(field('text'), decomposed)).toEqual({ ok: true, value: 'Ủy ban'.normalize('NFC') });
    expect(inputTextToCell(field('text'), '=1+1')).toEqual({ ok: true, value: '=1+1' });
  });

  it('shows text typed into a number cell as it is, so the problem can be seen', () => {
    expect(cellToInputText(field('integer'), 'mười', 'vi')).toBe('mười');
  });

  it('writes dates as Excel serial days, typed and shown day first as the sheet shows them', () => {
    expect(isoToSerial('2018-10-03')).toBe(43376);
    expect(serialToIso(43376)).toBe('2018-10-03');
    expect(inputTextToCell(field('date'), '03/10/2018')).toEqual({ ok: true, value: 43376 });
    expect(inputTextToCell(field('date'), '3.10.2018')).toEqual({ ok: true, value: 43376 });
    expect(inputTextToCell(field('date'), '2018-10-03')).toEqual({ ok: true, value: 43376 });
    expect(inputTextToCell(field('date'), '30/02/2018')).toEqual({ ok: false, reason: 'notADate' });
    expect(inputTextToCell(field('date'), '10/2018')).toEqual({ ok: false, reason: 'notADate' });
    expect(cellToInputText(field('date'), 43376, 'vi')).toBe('03/10/2018');
    expect(cellToInputText(field('date'), 43376, 'en')).toBe('03/10/2018');
    expect(isoToDayMonthYear('2018-10-03')).toBe('03/10/2018');
  });

  it('reads numbers with Vietnamese habits and says what it read where the text could mislead', () => {
    const text = (m: Message | undefined) => m && render('vi', m);
    expect(inputTextToCell(field('integer'), '1.234', 'vi')).toEqual({ ok: true, value: 1234 });
    expect(inputTextToCell(field('integer'), '1,234', 'en')).toEqual({ ok: true, value: 1234 });
    expect(inputTextToCell(field('decimal'), '1.234,5', 'vi')).toEqual({ ok: true, value: 1234.5 });
    expect(text(readingOf(field('integer'), '1.234', 'vi'))).toBe('Hiểu là 1234');
    expect(text(readingOf(field('decimal'), '2.5', 'vi'))).toBe('Hiểu là 2,5');
    expect(readingOf(field('decimal'), '2,5', 'vi')).toBeUndefined();
    expect(readingOf(field('text'), '2.5', 'vi')).toBeUndefined();
  });

  it('reads "85", "85 %" and "0,85" in a percent field all as 85 %, and shows that reading', () => {
    const text = (typed: string) => render('vi', readingOf(field('percent'), typed, 'vi') as Message);
    for (const typed of ['85', '85 %', '85%', '0,85', '0.85']) {
      expect(inputTextToCell(field('percent'), typed, 'vi')).toEqual({ ok: true, value: 0.85 });
      expect(text(typed)).toBe('Hiểu là 85%');
    }
    expect(inputTextToCell(field('percent'), '0,5 %', 'vi')).toEqual({ ok: true, value: 0.005 });
    expect(text('0,5 %')).toBe('Hiểu là 0,5%');
    expect(render('en', readingOf(field('percent'), '72.5', 'en') as Message)).toBe('Read as 72.5%');
  });

  it('shows a percent below 1 % with its sign, so the box reads back as the same value', () => {
    expect(cellToInputText(field('percent'), 0.005, 'vi')).toBe('0,5 %');
    expect(inputTextToCell(field('percent'), cellToInputText(field('percent'), 0.005, 'vi'), 'vi')).toEqual({ ok: true, value: 0.005 });
    expect(cellToInputText(field('percent'), 0.85, 'vi')).toBe('85');
  });

  it('matches labels as the formulas do, ignoring case and Unicode form', () => {
    expect(matchingLabel('có', ['Có', 'Không'])).toBe('Có');
    expect(matchingLabel('KHÔNG'.normalize('NFD'), ['Có', 'Không'])).toBe('Không');
    expect(matchingLabel('Co', ['Có', 'Không'])).toBeUndefined();
    expect(matchingLabel(1, ['Có'])).toBeUndefined();
  });

  it('does not rewrite a value the cell already holds', () => {
    expect(sameCellValue(0.85, 0.85)).toBe(true);
    expect(sameCellValue(null, null)).toBe(true);
    expect(sameCellValue(undefined, '')).toBe(true);
    expect(sameCellValue(5, 6)).toBe(false);
    expect(sameCellValue('Có', 'Không')).toBe(false);
  });

  it('shows the bounds the engine applies, percents in %', () => {
    expect(shownBounds(field('percent'))).toEqual({ min: 0, max: 100, percent: true });
    expect(shownBounds(field('count', { max: 30 }))).toEqual({ min: 0, max: 30, percent: false });
    expect(shownBounds(field('decimal'))).toBeUndefined();
    expect(shownBounds(field('text'))).toBeUndefined();
  });
});
