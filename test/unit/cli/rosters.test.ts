// The built-in rosters from the command line: `rosters` lists them with their unit counts,
// `rosters <id> --json` prints the units (code, name, group, ranked, predecessors), and a
// roster id works wherever a roster file is accepted.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUILTIN_SETS, findBuiltinSet } from '../../../src/sets';
import { findBuiltinRoster, readMasterState, rosterGroup } from '../../../src/consolidate';
import { readWorkbook } from '../../../src/xlsx';
import { cli } from '../../support/cli';

interface UnitJson {
  code: string;
  name: string;
  group: string;
  ranked: boolean;
  predecessors: { name: string; code?: string; district?: string; province?: string; partial?: boolean }[];
}

const rosterJson = (id: string) => JSON.parse(cli('rosters', id, '--json').out) as { units: UnitJson[]; provenance: { official: string[]; reconstructed: string[] } };

describe('rosters', () => {
  test('lists the five built-in rosters in columns: id, the group\'s Vietnamese name, the unit count, the title', () => {
    const run = cli('rosters');
    expect(run.code).toBe(0);
    const lines = run.out.split('\n').filter((l) => /^\S/.test(l));
    expect(lines.map((l) => l.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^phutho-so Sở, ban, ngành 18 đơn vị /),
      expect.stringMatching(/^phutho-huyen UBND huyện, thành, thị 13 đơn vị /),
      expect.stringMatching(/^viettri-xa UBND xã, phường, thị trấn 23 đơn vị /),
      expect.stringMatching(/^phutho-2025-so Sở, ban, ngành 20 đơn vị /),
      expect.stringMatching(/^phutho-2025-xa UBND xã, phường 148 đơn vị /),
    ]);
    expect(run.out).not.toMatch(/nhóm (so|huyen|xa)\b/);
    // every column starts at the same place on every line; counts are right-aligned
    const starts = (pattern: RegExp) => new Set(lines.map((l) => l.search(pattern)));
    expect(starts(/Sở, ban|UBND/).size).toBe(1);
    expect(starts(/ đơn vị /).size).toBe(1);
  });

  test('names the 2025 commune group as the 2025 sets name it, the 2018 ones as theirs', () => {
    const so2025 = rosterGroup(findBuiltinRoster('phutho-2025-so')!, BUILTIN_SETS);
    expect(so2025.name).toBe('Sở, ban, ngành');
    const fake = { ...findBuiltinSet('phutho-2018-xa')!, id: 'x-2025', year: 2025, groupName: 'UBND xã, phường' };
    expect(rosterGroup(findBuiltinRoster('phutho-2025-xa')!, [...BUILTIN_SETS, fake]).name).toBe('UBND xã, phường');
    expect(rosterGroup(findBuiltinRoster('viettri-xa')!, [...BUILTIN_SETS, fake]).name).toBe('UBND xã, phường, thị trấn');
    expect(rosterGroup({ ...findBuiltinRoster('viettri-xa')!, group: 'khac' }, BUILTIN_SETS).name).toBe('khac');
  });

  test('--json gives each roster its counts and its group\'s name', () => {
    const list = JSON.parse(cli('rosters', '--json').out) as { id: string; groupName: string; units: number; ranked: number }[];
    expect(list.find((r) => r.id === 'phutho-huyen')?.groupName).toBe('UBND huyện, thành, thị');
    expect(list.map((r) => [r.id, r.units, r.ranked])).toEqual([
      ['phutho-so', 18, 18], ['phutho-huyen', 13, 13], ['viettri-xa', 23, 23], ['phutho-2025-so', 20, 16], ['phutho-2025-xa', 148, 148],
    ]);
  });

  test('phutho-2025-xa: 148 units, 15 phường, each with its predecessors but the two left unchanged (NQ 1676)', () => {
    const { units, provenance } = rosterJson('phutho-2025-xa');
    expect(units).toHaveLength(148);
    expect(units.filter((u) => u.name.startsWith('Phường '))).toHaveLength(15);
    expect(units.filter((u) => u.name.startsWith('Xã '))).toHaveLength(133);
    expect(units.filter((u) => u.predecessors.length === 0).map((u) => u.name)).toEqual(['Xã Thu Cúc', 'Xã Trung Sơn']);
    expect(new Set(units.map((u) => u.code)).size).toBe(148);
    expect(units.every((u) => /^\d{5}$/.test(u.code) && u.group === 'xa' && u.ranked)).toBe(true);
    // 205 communes of Phú Thọ (207 less the two unchanged), 151 of Hòa Bình and 121 of Vĩnh Phúc; three were split in two.
    const predecessors = units.flatMap((u) => u.predecessors);
    expect(predecessors).toHaveLength(480);
    expect(predecessors.filter((p) => p.partial).map((p) => p.name).sort()).toEqual(['Xã Cao Sơn', 'Xã Cao Sơn', 'Xã Vầy Nưa', 'Xã Vầy Nưa', 'Xã Đồng Tân', 'Xã Đồng Tân']);
    const of = (name: string) => units.find((u) => u.name === name)!.predecessors.map((p) => p.name).sort();
    expect(of('Phường Việt Trì')).toEqual(['Phường Dữu Lâu', 'Phường Gia Cẩm', 'Phường Minh Nông', 'Phường Tân Dân', 'Xã Trưng Vương']);
    expect(of('Phường Hòa Bình')).toHaveLength(7);
    expect(of('Xã Hy Cương')).toEqual(['Xã Chu Hóa', 'Xã Hy Cương', 'Xã Thanh Đình']);
    expect(of('Phường Vĩnh Yên')).toEqual(['Phường Hội Hợp', 'Phường Tích Sơn', 'Phường Đồng Tâm', 'Xã Thanh Trù']);
    expect(provenance.official.join(' ')).toContain('1676/NQ-UBTVQH15');
    expect(provenance.reconstructed.join(' ')).toContain('dvhcvn');
  });

  test('phutho-2025-so marks the units not ranked "do tính chất đặc thù" and the departments merged in 2025', () => {
    const { units } = rosterJson('phutho-2025-so');
    expect(units.filter((u) => !u.ranked).map((u) => u.name)).toEqual(['Thanh tra tỉnh', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Ngân hàng Nhà nước tỉnh']);
    const of = (name: string) => units.find((u) => u.name === name)!.predecessors.map((p) => p.name);
    expect(of('Sở Khoa học và Công nghệ')).toEqual(['Sở Khoa học và Công nghệ', 'Sở Thông tin và Truyền thông']);
    expect(of('Sở Tài chính')).toEqual(['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']);
    expect(of('Sở Y tế')).toEqual([]);
  });

  test('an unknown roster id is a usage error naming the built-in ones', () => {
    const run = cli('rosters', 'phutho-2025-huyen');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không có danh sách đơn vị dựng sẵn “phutho-2025-huyen”. Các danh sách có sẵn: “phutho-so”');
  });
});

describe('rank --roster <id>', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-rosters-'));
  const form = path.join(__dirname, '../../fixtures/legacy/form-xa-2018.xlsx');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['viettri-xa', 23],
    ['phutho-2025-so,phutho-2025-xa', 168],
  ])('takes built-in roster ids (%s) instead of a file', (ids, count) => {
    const master = path.join(dir, `${ids}.xlsx`);
    const run = cli('rank', form, '-o', master, '--roster', ids);
    expect(run.code).toBe(0);
    const state = readMasterState(readWorkbook(new Uint8Array(fs.readFileSync(master))).sheets, BUILTIN_SETS);
    expect(state.roster).toHaveLength(count);
  });

  test('an unknown id is a usage error, not "cannot read"', () => {
    const run = cli('rank', form, '-o', path.join(dir, 'x.xlsx'), '--roster', 'viettri');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không có danh sách đơn vị dựng sẵn “viettri”');
  });

  test('without --roster, the rosters of the forms\' year (2018: before the 2025 reorganisation)', () => {
    const master = path.join(dir, 'default.xlsx');
    expect(cli('rank', form, '-o', master).code).toBe(0);
    const state = readMasterState(readWorkbook(new Uint8Array(fs.readFileSync(master))).sheets, BUILTIN_SETS);
    expect(state.roster).toHaveLength(18 + 13 + 23);
  });
});
