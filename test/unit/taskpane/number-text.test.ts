import { formatNumber, numberToInputText, parseNumberText } from '../../../src/taskpane/logic/number-text';

describe('numbers typed with Vietnamese habits (decimal comma, dot grouping) or English ones', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 1 234 ', 1234],
    ['-3', -3],
    [',5', 0.5],
    ['7,', 7],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['0.250', 0.25],
    ['12.5', 12.5],
  ])('"%s" reads as %p in Vietnamese', (text, value) => {
    expect(parseNumberText(text, 'vi')).toBe(value);
  });

  it.each([
    ['1,234', 1234],
    ['1,234.5', 1234.5],
    ['2,5', 2.5],
    ['1.234', 1.234],
  ])('"%s" reads as %p in English', (text, value) => {
    expect(parseNumberText(text, 'en')).toBe(value);
  });

  it.each(['', ' ', 'mười', '1,2,3', '1.23.4', '1.234,5,6', '12abc', '1e3', ',', '12.34.567'])('"%s" is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it('shows input numbers without grouping, in the language decimal style, at 15 digits', () => {
    expect(numberToInputText(1234.5, 'vi')).toBe('1234,5');
    expect(numberToInputText(1234.5, 'en')).toBe('1234.5');
    expect(numberToInputText(0.1 + 0.2, 'en')).toBe('0.3');
  });

  it('formats points for reading in each language', () => {
    expect(formatNumber(85.5, 'vi', 1)).toBe('85,5');
    expect(formatNumber(85.5, 'en', 1)).toBe('85.5');
    expect(formatNumber(1234, 'vi', 0)).toBe('1.234');
  });
});
