import { formatDate, formatDateTime, formatList, formatNumber, formatPercent } from '../../../src/messages';

describe('formats of message values', () => {
  it.each([
    [0.1 + 0.2, 'vi', '0,3'],
    [1234.5, 'vi', '1234,5'],
    [1234.5, 'en', '1234.5'],
    [-2, 'vi', '-2'],
  ] as const)('number %p in %s is %s', (value, language, shown) => {
    expect(formatNumber(value, language)).toBe(shown);
  });

  it('shows fractions as percentages', () => {
    expect(formatPercent(0.85, 'vi')).toBe('85%');
    expect(formatPercent(1.005, 'vi')).toBe('100,5%');
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
  });

  it('shows dates dd/mm/yyyy and moments in Vietnam time (UTC+7) whatever the machine zone', () => {
    expect(formatDate('2018-10-03')).toBe('03/10/2018');
    expect(formatDateTime('2025-12-31T17:30:00Z')).toBe('01/01/2026 00:30');
    expect(formatDateTime(Date.UTC(2026, 1, 3, 2, 5))).toBe('03/02/2026 09:05');
  });

  it('quotes list items', () => {
    expect(formatList(['Có', 'Không'])).toBe('“Có”, “Không”');
  });
});
