import { atLeast, choiceIndex, isYes, numberOf } from '../../../src/rules/cell';

describe('cell semantics (IF(ISNUMBER(x),x,0) and text equality)', () => {
  it('reads numbers like IF(ISNUMBER(x),x,0): booleans, text and blank 0', () => {
    expect(numberOf(12.5)).toBe(12.5);
    expect(numberOf(true)).toBe(0);
    expect(numberOf(false)).toBe(0);
    expect(numberOf('25')).toBe(0);
    expect(numberOf(null)).toBe(0);
    expect(numberOf(undefined)).toBe(0);
  });

  it('takes "Có" in any case, but not with spaces, other labels or non-text', () => {
    expect(isYes('Có')).toBe(true);
    expect(isYes('có')).toBe(true);
    expect(isYes('CÓ')).toBe(true);
    expect(isYes(' Có')).toBe(false);
    expect(isYes('Co')).toBe(false);
    expect(isYes('Không')).toBe(false);
    expect(isYes(true)).toBe(false);
    expect(isYes(1)).toBe(false);
    expect(isYes(null)).toBe(false);
  });

  it('matches a choice by exact text ignoring case, first label wins, never a number or blank', () => {
    const labels = ['Chủ tịch', 'Phó Chủ tịch', 'chủ tịch'];
    expect(choiceIndex('CHỦ TỊCH', labels)).toBe(0);
    expect(choiceIndex('Phó chủ tịch', labels)).toBe(1);
    expect(choiceIndex('Phó', labels)).toBe(-1);
    expect(choiceIndex('*', labels)).toBe(-1);
    expect(choiceIndex(0, ['0'])).toBe(-1);
    expect(choiceIndex(null, [''])).toBe(-1);
  });

  it('compares numbers like a spreadsheet: 0.1+0.2 >= 0.3, but not 0.29 >= 0.3', () => {
    expect(atLeast(0.1 + 0.2, 0.3)).toBe(true);
    expect(atLeast(0.3, 0.1 + 0.2)).toBe(true);
    expect(atLeast(0.29, 0.3)).toBe(false);
    expect(atLeast(-1e-300, 0)).toBe(false);
  });
});
