import { calc } from './calc';

describe('text functions', () => {
  it('CONCATENATE joins text, numbers and booleans', () => {
    expect(calc('CONCATENATE("Điểm: ",A1," / ",TRUE)', { A1: 7.5 })).toBe('Điểm: 7.5 / TRUE');
  });

  it('TEXT formats fixed decimals the Excel way', () => {
    expect(calc('TEXT(2.675,"0.00")')).toBe('2.68');
    expect(calc('TEXT(7,"0.0")')).toBe('7.0');
    expect(calc('TEXT(-0.04,"0.0")')).toBe('0.0');
    expect(calc('TEXT(1234567.891,"#,##0.00")')).toBe('1,234,567.89');
    expect(calc('TEXT(0.285,"0%")')).toBe('29%');
    expect(calc('TEXT(A1,"0.0")')).toBe('0.0');
    expect(calc('TEXT("2.5","0")')).toBe('3');
    expect(calc('TEXT("Có","0.0")')).toBe('Có');
  });

  it('TEXT refuses format codes it cannot render', () => {
    expect(calc('TEXT(1,"dd/mm/yyyy")')).toEqual({ error: '#VALUE!' });
  });

  it('LEN counts characters of Vietnamese text', () => {
    expect(calc('LEN("Tổng hợp")')).toBe(8);
    expect(calc('LEN(A1)')).toBe(0);
    expect(calc('LEN(12.5)')).toBe(4);
  });

  it('TRIM drops outer spaces and collapses inner runs', () => {
    expect(calc('TRIM("  Sở   Y tế ")')).toBe('Sở Y tế');
  });

  it('UPPER and LOWER change case with diacritics', () => {
    expect(calc('UPPER("có")')).toBe('CÓ');
    expect(calc('LOWER("ĐẠT")')).toBe('đạt');
  });
});
