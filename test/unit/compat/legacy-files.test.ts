// Files written before groups were data (main at 157ac25, groups fixed to so / huyen / xa)
// stay readable: forms are identified with their group, the master reads back with the same
// units, groups and totals and is rewritten with the same sheet names, and a definition
// workbook without a group level still compiles to the same set (same version).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDefinition } from '../../../src/authoring';
import { groupStandings, MASTER_SHEET, masterPlan, readMasterBook, readMasterState, readSubmission } from '../../../src/consolidate';
import { groupOf, setVersion } from '../../../src/criteria';
import { BUILTIN_SETS, findBuiltinSet } from '../../../src/sets';
import { readWorkbook } from '../../../src/xlsx';
import { inBoth } from '../../support/telling';

const dir = path.join(__dirname, '../../fixtures/legacy');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, name)));

describe('files written before groups were data', () => {
  test.each([
    ['form-so-2018.xlsx', 'phutho-2018-so', 'so', 'tinh', 'Sở Y tế'],
    ['form-huyen-2018.xlsx', 'phutho-2018-huyen', 'huyen', 'huyen', 'Thành phố Việt Trì'],
    ['form-xa-2018.xlsx', 'phutho-2018-xa', 'xa', 'xa', 'Phường Tân Dân'],
  ])('%s is accepted as a form of %s, group %s (level %s)', (file, setId, group, level, unit) => {
    const result = readSubmission({ name: file, bytes: bytes(file) }, BUILTIN_SETS, { group });
    if (!result.ok) throw new Error(inBoth(result.rejection.message).en);
    expect(result.submission).toMatchObject({ setId, group, unitName: unit });
    expect(groupOf(findBuiltinSet(setId)!)).toMatchObject({ code: group, level });
  });

  test('the master reads back with its units, groups and totals, and keeps its sheet names', () => {
    const sheets = readWorkbook(bytes('master-2018.xlsx')).sheets;
    const read = readMasterBook(sheets, BUILTIN_SETS);
    expect(read.notices).toEqual([]);
    const state = read.state;
    expect(state).toEqual(readMasterState(sheets, BUILTIN_SETS));
    const standings = groupStandings(state, BUILTIN_SETS);
    const totals = standings.map((g) => [g.group, g.units.map((u) => [u.unit.name, u.total, u.rank])]);
    expect(totals).toEqual([
      ['so', [['Cục Thuế tỉnh', 94.8, 1], ['Sở Y tế', 70.9, 2]]],
      ['huyen', [['Thành phố Việt Trì', 96.9, 1], ['Huyện Lâm Thao', 80.3, 2]]],
      ['xa', [['Phường Tân Dân', 49.9, 3], ['Phường Gia Cẩm', 61.1, 1], ['Xã Thanh Đình', 57.3, 2]]],
    ]);
    expect(new Set(state.roster.map((r) => r.group))).toEqual(new Set(['so', 'huyen', 'xa']));
    const rewritten = masterPlan(state, BUILTIN_SETS).sheets.map((s) => s.name);
    // The same sheets, and the hidden copy masters now keep to rebuild deleted sheets from.
    expect(rewritten).toEqual([...sheets.map((s) => s.name), MASTER_SHEET.data]);
  });

  test('a definition workbook without a group level compiles to the built-in set, same version', () => {
    const { set, issues } = parseDefinition(readWorkbook(bytes('set-phutho-2018-huyen.xlsx')));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const builtin = findBuiltinSet('phutho-2018-huyen')!;
    expect(set).toEqual(builtin);
    expect(setVersion(set!)).toBe(setVersion(builtin));
  });
});
