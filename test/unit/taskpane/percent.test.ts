import fc from 'fast-check';
import { fractionToPercent, fractionToPercentText, percentTextToFraction } from '../../../src/taskpane/logic/percent';

describe('percent typed in the pane, fraction in the cell', () => {
  it.each([
    ['85', 0.85],
    ['100', 1],
    ['5', 0.05],
    ['0', 0],
    ['14,3', 0.143],
    ['14.3', 0.143],
    ['0,85', 0.85],
    ['0.85', 0.85],
    ['0,5 %', 0.005],
    ['85 %', 0.85],
    ['1.000', 10],
    ['85%', 0.85],
    [' 72,25 ', 0.7225],
    ['120', 1.2],
    ['-5', -0.05],
  ])('"%s" is written as %p', (text, fraction) => {
    expect(percentTextToFraction(text)).toBe(fraction);
  });

  it('has no binary artefacts where dividing by 100 would (14.3 / 100 is 0.14300000000000002)', () => {
    expect(14.3 / 100).not.toBe(0.143);
    expect(percentTextToFraction('14,3')).toBe(0.143);
  });

  it.each(['', 'abc', '1,2,3', '1.2,3', '%', '12a', '1.2.3'])('"%s" is not a percent', (text) => {
    expect(percentTextToFraction(text)).toBeNull();
  });

  it('shows a stored fraction as the percent the user typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 }), (digits, decimals) => {
        const typed = (digits / 10 ** decimals).toFixed(decimals);
        // With its sign, any percent reads as typed (without it, "0.5" would be the fraction 50 %).
        const fraction = percentTextToFraction(`${typed.replace(".", ",")} %`);
        expect(fraction).not.toBeNull();
        expect(fractionToPercent(fraction as number)).toBe(Number(typed));
      }),
    );
  });

  it('writes the Vietnamese decimal comma back into the input', () => {
    expect(fractionToPercentText(0.125, 'vi')).toBe('12,5');
    expect(fractionToPercentText(0.125, 'en')).toBe('12.5');
    expect(fractionToPercentText(0.1 + 0.2, 'vi')).toBe('30');
  });
});
