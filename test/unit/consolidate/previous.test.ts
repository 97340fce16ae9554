// Last year across the 2025 merger: this year's units continue last year's through the
// predecessor lists of the roster, matched by name within the group; each predecessor keeps its
// own total, rank and scale (never added up); those last year's master lacks are listed.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtinRoster, lastYearIndex, readMasterState, withLastYear, type RosterEntry } from '../../../src/consolidate';
import { readRankings } from '../../../src/consolidate/master/read-ranking';
import { findBuiltinSet, BUILTIN_SETS } from '../../../src/sets';
import { readWorkbook } from '../../../src/xlsx';
import { cli } from '../../support/cli';
import { filledFormBytes, inputsForTotal } from '../../support/submissions';

const legacy = path.join(__dirname, '../../fixtures/legacy/master-2018.xlsx');
const read = (file: string) => readWorkbook(new Uint8Array(fs.readFileSync(file))).sheets;
const lastYear2018 = lastYearIndex(readMasterState(read(legacy), BUILTIN_SETS), BUILTIN_SETS);
const roster2025 = withLastYear([...builtinRoster('phutho-2025-so'), ...builtinRoster('phutho-2025-xa')], lastYear2018);
const unit = (name: string): RosterEntry => roster2025.find((r) => r.name === name)!;

describe('last year across the merger (--previous)', () => {
  test('a ward formed from five shows each predecessor of last year with its own scale, and lists the others', () => {
    expect(unit('Phường Việt Trì').lastYear).toEqual({
      merged: true,
      results: [
        { name: 'Phường Tân Dân', total: 49.9, rank: 3, of: 3, maxTotal: 100, precision: 1, year: 2018 },
        { name: 'Phường Gia Cẩm', total: 61.1, rank: 1, of: 3, maxTotal: 100, precision: 1, year: 2018 },
      ],
      unmatched: ['Phường Dữu Lâu', 'Xã Trưng Vương', 'Phường Minh Nông'],
    });
  });

  test('a merged department continues its predecessors; an unchanged one itself; a new one has none', () => {
    expect(unit('Thuế tỉnh Phú Thọ').lastYear).toEqual({
      merged: true,
      results: [{ name: 'Cục Thuế tỉnh', total: 94.8, rank: 1, of: 2, maxTotal: 150, precision: 1, year: 2018 }],
      unmatched: [],
    });
    expect(unit('Sở Y tế').lastYear?.results.map((r) => [r.name, r.total, r.rank])).toEqual([['Sở Y tế', 70.9, 2]]);
    expect(unit('Sở Y tế').lastYear?.merged).toBe(false);
    expect(unit('Xã Thu Cúc').lastYear).toEqual({ merged: false, results: [], unmatched: ['Xã Thu Cúc'] });
  });

  test('names are matched within the group: thị trấn Lâm Thao is not last year\'s huyện Lâm Thao', () => {
    expect(unit('Xã Lâm Thao').lastYear?.results).toEqual([]);
    expect(unit('Xã Lâm Thao').lastYear?.unmatched).toEqual(['Thị trấn Lâm Thao', 'Thị trấn Hùng Sơn', 'Xã Thạch Sơn']);
  });
});

describe('a master built with --previous from a 2018-structure master', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-previous-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const xa = findBuiltinSet('phutho-2018-xa')!;
  const form = path.join(dir, 'viet-tri.xlsx');
  fs.writeFileSync(form, filledFormBytes(xa, inputsForTotal(xa, 'Phường Việt Trì', 70)));
  const master = path.join(dir, 'master-2025.xlsx');
  const run = cli('rank', form, '-o', master, '--roster', 'phutho-2025-so,phutho-2025-xa', '--previous', legacy);

  test('shows last year\'s figures of the merged unit in its "Năm trước" cell, and keeps them in its roster', () => {
    expect(run.code).toBe(0);
    const sheets = read(master);
    const ranking = readRankings(sheets, BUILTIN_SETS).find((r) => r.group === 'xa')!;
    const row = ranking.rows.find((r) => r.unit === 'Phường Việt Trì')!;
    expect(row.previous).toBe(
      'Phường Tân Dân: 49,9/100, hạng 3/3; Phường Gia Cẩm: 61,1/100, hạng 1/3 (năm 2018). ' +
        'Không có trong tổng hợp năm trước: Phường Dữu Lâu, Xã Trưng Vương, Phường Minh Nông',
    );
    const state = readMasterState(sheets, BUILTIN_SETS);
    const entry = state.roster.find((r) => r.name === 'Phường Việt Trì')!;
    expect(entry.lastYear).toEqual(unit('Phường Việt Trì').lastYear);
    expect(entry.predecessors?.map((p) => p.name)).toEqual(['Phường Dữu Lâu', 'Phường Tân Dân', 'Phường Gia Cẩm', 'Xã Trưng Vương', 'Phường Minh Nông']);
    expect(state.roster.find((r) => r.name === 'Xã Thu Cúc')!.lastYear).toEqual({ merged: false, results: [], unmatched: ['Xã Thu Cúc'] });
  });
});
