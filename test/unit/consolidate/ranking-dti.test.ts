// The published digital-transformation (DTI) rankings of Phú Thọ reproduced by consolidation:
// generated submissions whose totals are the published scores (1,000-point scale, two
// decimals) are merged into a master and ranked. Published where only part is public:
//  - 2024, Sở/ban/ngành (QĐ 42/QĐ-UBND, 07/01/2025): the first 13 of 21 ranked units with
//    their scores (sokhoahoccongnghe.phutho.gov.vn, 08/01/2025); the rest of the table is not in
//    the sources found. That round was scored with the index of QĐ 2953/QĐ-UBND (2022), which
//    is not built in; the 2025 set has its scale and precision, so its forms carry the totals.
//  - 2025 (QĐ 469/QĐ-UBND, 02/2026): the first three and the last of each group, with scores.

import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet } from '../../../src/criteria/model';
import type { RosterEntry } from '../../../src/consolidate';
import {
  builtinRoster, emptyMaster, groupStandings, masterPlan, mergeSubmissions, readMasterState, readSubmission,
} from '../../../src/consolidate';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../../support/submissions';

jest.setTimeout(120_000);

const so2025 = findBuiltinSet('phutho-2025-so') as CriteriaSet;
const xa2025 = findBuiltinSet('phutho-2025-xa') as CriteriaSet;

type Row = [rank: number, name: string, score: number];

const SO_2024: Row[] = [
  [1, 'Sở Y tế', 843.24], [2, 'Sở Thông tin và Truyền thông', 842.65], [3, 'Cục Thuế tỉnh', 839.71], [4, 'Văn phòng UBND tỉnh', 838.24],
  [5, 'Sở Kế hoạch và Đầu tư', 830.14], [6, 'Sở Nội vụ', 829.56], [7, 'Sở Tài chính', 828.0], [8, 'Sở Khoa học và Công nghệ', 823.34],
  [9, 'Sở Tư pháp', 818.3], [10, 'Sở Giáo dục và Đào tạo', 816.61], [11, 'Kho bạc Nhà nước tỉnh', 812.96],
  [12, 'Sở Lao động - Thương binh và Xã hội', 811.86], [13, 'Bảo hiểm xã hội tỉnh', 804.4],
];
const SO_2025: Row[] = [[1, 'Văn phòng UBND tỉnh', 885.58], [2, 'Sở Khoa học và Công nghệ', 883.72], [3, 'Sở Y tế', 848.14], [4, 'Sở Dân tộc và Tôn giáo', 721.35]];
const XA_2025: Row[] = [[1, 'Phường Hòa Bình', 825.61], [2, 'Phường Việt Trì', 811.84], [3, 'Phường Vĩnh Yên', 803.56], [4, 'Xã Liên Hòa', 507.23]];

function submissions(set: CriteriaSet, rows: readonly Row[]) {
  return [...rows].reverse().map(([, name, score]) =>
    readSubmission({ name: `${name}.xlsx`, bytes: filledFormBytes(set, inputsForTotal(set, name, score), { evidence: fullEvidence(set) }) }, [set]),
  );
}

function ranking(set: CriteriaSet, roster: RosterEntry[], rows: readonly Row[]) {
  const results = submissions(set, rows);
  const { state } = mergeSubmissions(emptyMaster(roster), results, '2026-02-26T08:00:00Z');
  const table = groupStandings(state, [set])[0].units.filter((u) => u.rank !== undefined).map((u): Row => [u.rank as number, u.unit.name, u.total]);
  return { results, state, table: table.sort((a, b) => a[0] - b[0]) };
}

/** A roster of the units of a published table (the 2024 structure has no built-in roster of that year's 21 units). */
const rosterOf = (rows: readonly Row[], group: string): RosterEntry[] => rows.map(([rank, name]) => ({ code: `R${rank}`, name, group, ranked: true }));

describe('the 2024 ranking of Sở/ban/ngành (QĐ 42/QĐ-UBND, 07/01/2025), the 13 published rows', () => {
  const { results, state, table } = ranking(so2025, rosterOf(SO_2024, 'so'), SO_2024);

  it('reads every form with its published total to two decimals', () => {
    expect(results.every((r) => r.ok)).toBe(true);
    expect(state.units.map((u) => u.selfTotal as number).sort((a, b) => b - a)).toEqual(SO_2024.map(([, , score]) => score));
  });

  it('ranks them in the published order with the published ranks and scores', () => {
    expect(table).toEqual(SO_2024);
  });
});

describe('the 2025 ranking (QĐ 469/QĐ-UBND), against the built-in 2025 rosters', () => {
  it('Sở/ban/ngành: Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ, Sở Y tế first, Sở Dân tộc và Tôn giáo last', () => {
    const { results, table, state } = ranking(so2025, builtinRoster('phutho-2025-so'), SO_2025);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(state.units.every((u) => u.rosterCode !== undefined)).toBe(true);
    expect(table).toEqual(SO_2025);
  });

  it('xã, phường: phường Hòa Bình, phường Việt Trì, phường Vĩnh Yên first, xã Liên Hòa last', () => {
    const { results, table, state } = ranking(xa2025, builtinRoster('phutho-2025-xa'), XA_2025);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(state.units.map((u) => u.rosterCode).sort()).toEqual(['04795', '07900', '08707', '08812']);
    expect(table).toEqual(XA_2025);
  });

  it('ties at two decimals share a rank and skip the next (1, 2, 2, 4); one hundredth apart does not tie', () => {
    const tied = XA_2025.map(([rank, name, score]): Row => [rank, name, name === 'Phường Vĩnh Yên' ? 811.84 : score]);
    expect(ranking(xa2025, builtinRoster('phutho-2025-xa'), tied).table.map(([rank]) => rank)).toEqual([1, 2, 2, 4]);
    const apart = XA_2025.map(([rank, name, score]): Row => [rank, name, name === 'Phường Vĩnh Yên' ? 811.83 : score]);
    expect(ranking(xa2025, builtinRoster('phutho-2025-xa'), apart).table).toEqual([[1, 'Phường Hòa Bình', 825.61], [2, 'Phường Việt Trì', 811.84], [3, 'Phường Vĩnh Yên', 811.83], [4, 'Xã Liên Hòa', 507.23]]);
  });

  it('keeps the scores through the master workbook: plan -> .xlsx -> read back', () => {
    const { state } = ranking(so2025, builtinRoster('phutho-2025-so'), SO_2025);
    const back = readMasterState(readWorkbook(writeWorkbook(masterPlan(state, [so2025]))).sheets, [so2025]);
    const totals = (s: typeof state) => new Map(s.units.map((u) => [u.name, u.selfTotal]));
    expect(totals(back)).toEqual(totals(state));
    expect(groupStandings(back, [so2025])[0].units.filter((u) => u.rank !== undefined).map((u) => [u.rank, u.unit.name, u.total])).toEqual(SO_2025);
  });
});
