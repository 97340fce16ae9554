// The published 2021 ranking of the Sở group (QĐ 519/QĐ-UBND, 08/3/2022) reproduced from
// 18 generated submissions whose totals are the published scores.

import { findBuiltinSet } from '../../../src/sets';
import {
  builtinRoster, emptyMaster, groupStandings, masterPlan, mergeSubmissions, readMasterState, readSubmission,
} from '../../../src/consolidate';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../../support/submissions';

const so = findBuiltinSet('phutho-2018-so')!;
const PUBLISHED: [number, string, number][] = [
  [1, 'Cục Thuế tỉnh', 141.6], [2, 'Sở Thông tin và Truyền thông', 136.8], [3, 'Văn phòng UBND tỉnh', 136.5],
  [4, 'Sở Y tế', 136.0], [5, 'Sở Tài chính', 134.3], [6, 'Sở Kế hoạch và Đầu tư', 134.2], [7, 'Kho bạc Nhà nước tỉnh', 134.0],
  [8, 'Bảo hiểm Xã hội tỉnh', 133.3], [9, 'Sở Lao động, Thương binh và Xã hội', 132.4], [10, 'Sở Giáo dục và Đào tạo', 132.3],
  [11, 'Sở Nội vụ', 130.3], [12, 'Sở Tư pháp', 129.6], [13, 'Sở Tài nguyên và Môi trường', 129.4], [14, 'Sở Giao thông vận tải', 128.5],
  [15, 'Sở Xây dựng', 128.2], [16, 'Sở Khoa học và Công nghệ', 128.0], [17, 'Sở Nông nghiệp và Phát triển Nông thôn', 127.5], [18, 'Sở Công Thương', 127.0],
];

function submissions(order: [number, string, number][]) {
  return order.map(([, name, score]) =>
    readSubmission({ name: `${name}.xlsx`, bytes: filledFormBytes(so, inputsForTotal(so, name, score), { evidence: fullEvidence(so) }) }, [so]),
  );
}

describe('the 2021 Sở ranking', () => {
  const shuffled = [...PUBLISHED].reverse();
  const results = submissions(shuffled);
  const { state } = mergeSubmissions(emptyMaster(builtinRoster('phutho-so')), results, '2022-03-08T08:00:00Z');

  it('accepts all 18 files, each matched to its roster entry, with the published totals', () => {
    expect(results.every((r) => r.ok)).toBe(true);
    expect(state.units).toHaveLength(18);
    expect(state.units.every((u) => u.rosterCode !== undefined && u.flags.length === 0)).toBe(true);
  });

  it('ranks them in the published order with the published ranks and scores', () => {
    const [group] = groupStandings(state, [so]);
    const table = group.units.map((u) => [u.rank, u.unit.name, u.total]).sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(table).toEqual(PUBLISHED);
  });

  it('gives the next rank after a tie (1, 2, 2, 4) and leaves "evaluated, not ranked" units out', () => {
    const roster = builtinRoster('phutho-so').map((r) => (r.name === 'Cục Thuế tỉnh' ? { ...r, ranked: false } : r));
    const tied = PUBLISHED.map(([rank, name, score]): [number, string, number] => [rank, name, name === 'Văn phòng UBND tỉnh' ? 136.8 : score]);
    const merged = mergeSubmissions(emptyMaster(roster), submissions(tied), 'now').state;
    const ranks = new Map(groupStandings(merged, [so])[0].units.map((u) => [u.unit.name, u.rank]));
    expect(ranks.get('Cục Thuế tỉnh')).toBeUndefined();
    expect([ranks.get('Sở Thông tin và Truyền thông'), ranks.get('Văn phòng UBND tỉnh'), ranks.get('Sở Y tế')]).toEqual([1, 1, 3]);
  });

  it('keeps its state through the master workbook: plan -> .xlsx -> read back', () => {
    const book = readWorkbook(writeWorkbook(masterPlan(state, [so])));
    const back = readMasterState(book.sheets, [so]);
    expect(back.roster).toEqual(state.roster);
    expect(back.log).toEqual(state.log);
    expect(back.units.map((u) => u.name).sort()).toEqual(state.units.map((u) => u.name).sort());
    const original = new Map(state.units.map((u) => [u.id, u]));
    // Read back, each unit also knows its sheet.
    for (const u of back.units) expect({ ...u, sheet: undefined }).toEqual(original.get(u.id));
    expect(back.units.every((u) => u.sheet !== undefined)).toBe(true);
  });
});
