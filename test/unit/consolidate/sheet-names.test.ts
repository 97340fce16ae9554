// Unit sheet names made from whatever units type as their name: what Excel accepts, unique, and
// never a broken character; a name with nothing left falls back to the file's name.

import { SheetNamer, cutText, safeSheetName } from '../../../src/consolidate/master/sheet-names';
import { findBuiltinSet } from '../../../src/sets';
import { emptyMaster, masterPlan, mergeSubmissions, readMasterState, readSubmission } from '../../../src/consolidate';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { filledFormBytes, inputsForTotal } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa')!;

/** What Excel refuses in a sheet name. */
function excelRefuses(name: string): string | undefined {
  if (name.length === 0 || name.length > 31) return `length ${name.length}`;
  if (/[[\]:*?/\\]/.test(name)) return 'forbidden character';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostrophe at an end';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control character';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name)) return 'half a surrogate pair';
  if (/^\p{M}/u.test(name)) return 'a combining mark without its letter';
  if (name.toUpperCase() === 'HISTORY') return 'reserved';
  return undefined;
}

describe('safeSheetName', () => {
  it('removes control characters and []:*?/\\, collapses spaces and strips apostrophes at the ends', () => {
    expect(safeSheetName("  'Xã [A]:B*C?D/E\\F\u0007\u200bG'  ")).toBe('Xã A B C D E F G');
    expect(safeSheetName("Đ'Ák")).toBe("Đ'Ák");
  });

  it('cuts at 31 UTF-16 units without splitting an emoji or separating a combining mark', () => {
    const emoji = `${'A'.repeat(30)}😀B`;
    expect(safeSheetName(emoji)).toBe('A'.repeat(30));
    const decomposed = `${'B'.repeat(30)}a\u0301c`;
    expect(safeSheetName(decomposed)).toBe(`${'B'.repeat(30)}á`); // NFC first: "á" is one unit
    const marks = `${'C'.repeat(29)}e\u0302\u0301x`; // ế kept whole or not at all (NFC makes it one unit)
    expect(excelRefuses(safeSheetName(marks))).toBeUndefined();
    const stacked = `${'D'.repeat(29)}q\u0301\u0323z`; // no precomposed form: two marks stay with their letter
    expect(safeSheetName(stacked)).toBe('D'.repeat(29));
    expect(cutText('q\u0301\u0323', 2)).toBe('q\u0301');
  });

  it('leaves nothing of a name made only of forbidden and control characters', () => {
    expect(safeSheetName('\u0001\u0002[]:*?/\\\u200b')).toBe('');
    expect(safeSheetName("''''")).toBe('');
  });
});

describe('SheetNamer', () => {
  it('gives names that are unique ignoring case (Vietnamese too), with a deterministic suffix that keeps 31 units', () => {
    const namer = new SheetNamer(['Tổng hợp xã', 'Danh sách']);
    const long = `Phường ${'Đông '.repeat(8)}`;
    const names = [
      namer.claim(['TỔNG HỢP XÃ']),
      namer.claim(['phường a']),
      namer.claim(['PHƯỜNG A']),
      namer.claim([long]),
      namer.claim([`${long}Tây`]),
      namer.claim(['History']),
      namer.claim(['\u0001\u0002', 'xa-17.xlsx'.replace(/\.xlsx$/, ''), 'Đơn vị']),
      namer.claim(['[]', '', 'Đơn vị']),
    ];
    expect(names.slice(0, 3)).toEqual(['TỔNG HỢP XÃ (2)', 'phường a', 'PHƯỜNG A (2)']);
    expect(names[3]).toBe('Phường Đông Đông Đông Đông Đông'); // cut at 31, the space at the end dropped
    expect(names[4]).toBe('Phường Đông Đông Đông Đông (2)');
    expect(names[5]).toBe('History (2)');
    expect(names.slice(6)).toEqual(['xa-17', 'Đơn vị']);
    for (const name of names) expect({ name, refused: excelRefuses(name) }).toEqual({ name, refused: undefined });
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    const again = new SheetNamer(['Tổng hợp xã', 'Danh sách']);
    expect([again.claim(['TỔNG HỢP XÃ']), again.claim(['phường a']), again.claim(['PHƯỜNG A'])]).toEqual(names.slice(0, 3));
  });
});

describe('unit sheets of a master', () => {
  const form = (name: string, file: string) => readSubmission({ name: file, bytes: filledFormBytes(xa, inputsForTotal(xa, name, 80)) }, [xa]);
  const long = 'Ủy ban nhân dân xã Thanh Thủy Hạ Hòa';
  const names = [
    '[]:', // only characters sheets refuse: nothing left, the file's name (a name of only invisible
    // or control characters is blank, refused as noUnitName: test/support/bad-corpus-kinds.ts)
    '?*/', // only characters sheets refuse: the next file's name
    '[Xã]: A/B', // the same sheet name as the next once cleaned
    'Xã  A B',
    `${long} Một`, // equal after the 31-unit cut
    `${long} Hai`,
    `${'X'.repeat(30)}😀 thôn`, // an emoji across the cut
    "'Xã Quote'",
  ];
  const results = names.map((n, i) => form(n, `don-vi-${i + 1}.xlsx`));
  const state = mergeSubmissions(emptyMaster(), results, '2018-10-05T01:00:00.000Z').state;
  const book = readWorkbook(writeWorkbook(masterPlan(state, [xa])));

  it('are valid, unique sheets; the real name stays in the unit cell and the summary', () => {
    const unitSheets = book.sheets.filter((s) => !['Tổng hợp xã', 'Công bố xã', 'Thẩm định', 'Chưa nộp', 'Danh sách', 'Nhật ký nhập', 'Dữ liệu'].includes(s.name));
    expect(unitSheets).toHaveLength(names.length);
    for (const s of unitSheets) expect({ name: s.name, refused: excelRefuses(s.name) }).toEqual({ name: s.name, refused: undefined });
    expect(new Set(unitSheets.map((s) => s.name.toUpperCase())).size).toBe(names.length);
    expect(unitSheets.map((s) => s.name)).toEqual(expect.arrayContaining(['don-vi-1', 'don-vi-2', 'Xã A B', 'Xã A B (2)', "Xã Quote", 'X'.repeat(30)]));
    const summary = book.sheet('Tổng hợp xã')!;
    const shown = new Set<string>();
    for (let r = 0; r < summary.rowCount; r++) shown.add(String(summary.value(r, 1)));
    for (const u of state.units) expect(shown).toContain(u.name);
  });

  it('has no error formulas: every reference to a unit sheet names an existing sheet', () => {
    const sheetNames = new Set(book.sheets.map((s) => s.name));
    const plan = masterPlan(state, [xa]);
    for (const sheet of plan.sheets) {
      for (const c of sheet.cells) {
        for (const m of (c.formula ?? '').matchAll(/'((?:[^']|'')+)'!/g)) expect(sheetNames).toContain(m[1].replace(/''/g, "'"));
      }
    }
  });

  it('reads every unit back by its key, with its real name', () => {
    const back = readMasterState(book.sheets, [xa]);
    expect(back.units.map((u) => u.name).sort()).toEqual(state.units.map((u) => u.name).sort());
  });
});
