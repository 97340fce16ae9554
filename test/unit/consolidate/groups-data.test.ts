// Groups are data: a set for a group the code has never heard of (its own code, name and
// level) is validated, its forms are consolidated, its roster rows are read by code or name,
// its summary and publish sheets carry its name, and groups are ordered by level.

import { acceptUnlisted, emptyMaster, groupStandings, masterPlan, mergeSubmissions, readMasterState, readSubmission, rosterFromGrid } from '../../../src/consolidate';
import { groupsOf, type CriteriaSet } from '../../../src/criteria';
import { BUILTIN_SETS, findBuiltinSet, validateSet } from '../../../src/sets';
import type { CellValue, Grid } from '../../../src/plan/grid';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { filledFormBytes, inputsForTotal } from '../../support/submissions';
import { inBoth } from '../../support/telling';
import { render } from '../../../src/messages/texts';

/** A copy of a built-in set made for a group of its own. */
function setForGroup(from: string, id: string, group: Record<string, string>): CriteriaSet {
  const copy = { ...structuredClone(findBuiltinSet(from)!), id, ...group } as CriteriaSet;
  const { set, issues } = validateSet(copy);
  if (!set) throw new Error(JSON.stringify(issues));
  return set;
}

const schools = setForGroup('phutho-2018-so', 'thu-2018-truong', { group: 'truong', groupName: 'Trường học', groupLevel: 'huyen' });
const agencies = setForGroup('phutho-2018-so', 'thu-2018-dvsn', { group: 'dvsn', groupName: 'Đơn vị sự nghiệp tỉnh', groupLevel: 'tinh' });
const communes = findBuiltinSet('phutho-2018-xa')!;
const sets = [communes, schools, agencies];

function grid(rows: CellValue[][]): Grid {
  return { name: 'Danh sách', rowCount: rows.length, colCount: 4, value: (r, c) => rows[r]?.[c] ?? null, formula: () => undefined };
}

describe('groups as data', () => {
  test('groups are listed by level, then in the order the sets give them', () => {
    expect(groupsOf(sets)).toEqual([
      { code: 'dvsn', name: 'Đơn vị sự nghiệp tỉnh', level: 'tinh' },
      { code: 'truong', name: 'Trường học', level: 'huyen' },
      { code: 'xa', name: 'UBND xã, phường, thị trấn', level: 'xa' },
    ]);
    expect(groupsOf(BUILTIN_SETS).map((g) => g.code)).toEqual(['so', 'huyen', 'xa']);
  });

  test('a roster names a new group by its code or its name; an unknown one is reported with the codes', () => {
    const read = rosterFromGrid(
      grid([
        ['Mã', 'Tên đơn vị', 'Nhóm', 'Xếp hạng'],
        ['T1', 'Trường THPT Việt Trì', 'truong', 'Có'],
        ['T2', 'Trường THPT Hùng Vương', 'Trường học', 'Có'],
        ['D1', 'Trung tâm Công nghệ thông tin', 'dvsn', 'Không'],
        ['X1', 'Phường Gia Cẩm', 'xã', 'Có'],
        ['Z1', 'Bệnh viện tỉnh', 'benh_vien', 'Có'],
      ]),
      groupsOf(sets),
    );
    expect(read.entries.map((e) => [e.code, e.group, e.ranked])).toEqual([
      ['T1', 'truong', true], ['T2', 'truong', true], ['D1', 'dvsn', false], ['X1', 'xa', true],
    ]);
    expect(read.problems.map((p) => render('vi', p.message))).toEqual([
      'Dòng 6: nhóm “benh_vien” của “Bệnh viện tỉnh” không rõ (dùng một trong: “so”, “huyen”, “xa”, “dvsn”, “truong”).',
    ]);
    expect(render('en', read.problems[0].message)).toBe('Row 6: unknown group “benh_vien” for “Bệnh viện tỉnh” (use one of: “so”, “huyen”, “xa”, “dvsn”, “truong”).');
  });

  test('forms of the new groups are ranked in their own groups, on sheets named after them', () => {
    const file = (set: CriteriaSet, unit: string, total: number) => ({ name: `${unit}.xlsx`, bytes: filledFormBytes(set, inputsForTotal(set, unit, total)) });
    const results = [
      file(communes, 'Phường Gia Cẩm', 80),
      file(schools, 'Trường THPT Việt Trì', 120),
      file(schools, 'Trường THPT Hùng Vương', 130),
      file(agencies, 'Trung tâm Công nghệ thông tin', 110),
    ].map((f) => readSubmission(f, sets));
    // No roster: the units are received "ngoài danh sách" and ranked once accepted into it.
    const { state } = acceptUnlisted(mergeSubmissions(emptyMaster([]), results, '2026-01-05T01:00:00Z').state);
    const standings = groupStandings(state, sets);
    expect(standings.map((g) => [g.group, g.units.map((u) => [u.unit.name, u.rank])])).toEqual([
      ['dvsn', [['Trung tâm Công nghệ thông tin', 1]]],
      ['truong', [['Trường THPT Hùng Vương', 1], ['Trường THPT Việt Trì', 2]]],
      ['xa', [['Phường Gia Cẩm', 1]]],
    ]);
    const plan = masterPlan(state, sets);
    const names = plan.sheets.map((s) => s.name);
    expect(names.slice(0, 6)).toEqual([
      'Tổng hợp Đơn vị sự nghiệp tỉnh', 'Tổng hợp Trường học', 'Tổng hợp xã',
      'Công bố Đơn vị sự nghiệp tỉnh', 'Công bố Trường học', 'Công bố xã',
    ]);
    const back = readMasterState(readWorkbook(writeWorkbook(plan)).sheets, sets);
    expect(back.units.map((u) => [u.name, u.group]).sort()).toEqual(state.units.map((u) => [u.name, u.group]).sort());
  });

  test('a form of another group is refused in the group it names', () => {
    const bytes = filledFormBytes(schools, inputsForTotal(schools, 'Trường THPT Việt Trì', 120));
    const result = readSubmission({ name: 'a.xlsx', bytes }, sets, { group: 'dvsn' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inBoth(result.rejection.message).vi).toContain('nhóm Trường học (“truong”), đợt tổng hợp này chỉ nhận nhóm Đơn vị sự nghiệp tỉnh (“dvsn”)');
  });
});
