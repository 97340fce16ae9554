import { findBuiltinSet } from '../../../src/sets';
import {
  builtinRoster, cascadeInputs, emptyMaster, groupStandings, masterPlan, mergeSubmissions, readMasterState, readSubmission,
} from '../../../src/consolidate';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { inBoth } from '../../support/telling';
import { filledFormBytes, fullEvidence, inputsForTotal, randomInputs, rng } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa')!;
const huyen = findBuiltinSet('phutho-2018-huyen')!;
const huyen2016 = findBuiltinSet('phutho-2016-huyen')!;
const sets = [xa, huyen, huyen2016];
const roster = builtinRoster('viettri-xa');

const file = (unit: string, total: number, name = `${unit}.xlsx`, modified?: string) =>
  readSubmission({ name, bytes: filledFormBytes(xa, inputsForTotal(xa, unit, total), { evidence: fullEvidence(xa) }), ...(modified ? { modified } : {}) }, sets);

describe('mergeSubmissions', () => {
  const first = mergeSubmissions(emptyMaster(roster), [file('Phường Dữu Lâu', 80), file('Phường Vân Cơ', 85)], 't1');

  it('leaves the state exactly as it was when the same file is imported again', () => {
    const again = mergeSubmissions(first.state, [file('Phường Dữu Lâu', 80)], 't2');
    expect(again.state).toEqual(first.state);
    expect(again.changes.map((c) => c.result)).toEqual(['unchanged']);
  });

  it('replaces a unit with its newer file and logs both', () => {
    const next = mergeSubmissions(first.state, [file('Phường Dữu Lâu', 90, 'dl-v2.xlsx')], 't2');
    expect(next.changes.map((c) => c.result)).toEqual(['replaced']);
    expect(next.state.units).toHaveLength(2);
    expect(groupStandings(next.state, sets)[0].units.find((u) => u.unit.name === 'Phường Dữu Lâu')!.total).toBe(90);
    expect(next.state.log.map((l) => [l.fileName, l.result])).toEqual([
      ['Phường Dữu Lâu.xlsx', 'accepted'], ['Phường Vân Cơ.xlsx', 'accepted'], ['dl-v2.xlsx', 'replaced'],
    ]);
  });

  it('keeps the newer file when an older one arrives later', () => {
    const a = mergeSubmissions(emptyMaster(roster), [file('Phường Dữu Lâu', 90, 'new.xlsx', '2018-10-02T00:00:00Z')], 't1');
    const b = mergeSubmissions(a.state, [file('Phường Dữu Lâu', 70, 'old.xlsx', '2018-09-20T00:00:00Z')], 't2');
    expect(b.state.units[0].fileName).toBe('new.xlsx');
    expect(b.changes[0].result).toBe('unchanged');
  });

  it('never overwrites an appraisal, flags it when the data changed, and re-ranks with it', () => {
    const unit = first.state.units[0];
    const appraised = { ...first.state, appraisals: [{ unitId: unit.id, unitName: unit.name, criterionCode: '2.2', points: 0, reason: 'Không có minh chứng', dataVersion: unit.hash.slice(0, 12), stale: false }] };
    const before = groupStandings(appraised, sets)[0].units.map((u) => [u.unit.name, u.total, u.rank]);
    expect(before).toEqual([['Phường Dữu Lâu', 72, 2], ['Phường Vân Cơ', 85, 1]]);
    const next = mergeSubmissions(appraised, [file('Phường Dữu Lâu', 95, 'v2.xlsx')], 't2');
    expect(next.state.appraisals).toEqual([{ ...appraised.appraisals[0], stale: true }]);
    // The appraisal also survives the workbook: plan -> .xlsx -> state.
    const back = readMasterState(readWorkbook(writeWorkbook(masterPlan(next.state, sets))).sheets, sets);
    expect(back.appraisals).toEqual(next.state.appraisals);
  });

  it('rejects a form of another set for a group that already has units', () => {
    const other = readSubmission({ name: 'h16.xlsx', bytes: filledFormBytes(huyen2016, inputsForTotal(huyen2016, 'Huyện Đoan Hùng', 80)) }, sets);
    const h18 = readSubmission({ name: 'h18.xlsx', bytes: filledFormBytes(huyen, inputsForTotal(huyen, 'Huyện Thanh Ba', 120)) }, sets);
    const merged = mergeSubmissions(emptyMaster(builtinRoster('phutho-huyen')), [h18, other], 't');
    expect(merged.changes.map((c) => c.result)).toEqual(['accepted', 'rejected']);
    expect(inBoth(merged.changes[1].message).en).toContain('phutho-2018-huyen');
  });
});

describe('cascadeInputs', () => {
  it("gives the district form its communes' numbers", () => {
    const random = rng(7);
    const names = roster.slice(0, 10).map((r) => r.name);
    const results = names.map((name) => readSubmission({ name: `${name}.xlsx`, bytes: filledFormBytes(xa, randomInputs(xa, name, random)) }, sets));
    const { state } = mergeSubmissions(emptyMaster(roster), results, 't');
    const inputs = state.units.map((u) => u.inputs);
    const yes = (f: string) => inputs.filter((i) => i[f] === 'Có').length;
    const chosen = (f: string, labels: string[]) => inputs.filter((i) => labels.includes(String(i[f]))).length;
    const got = cascadeInputs(state, huyen, names.slice(0, 8));
    const eight = inputs.slice(0, 8);
    expect(got.so_xa).toBe(8);
    expect(got.so_xa_ket_noi_mang).toBe(eight.filter((i) => i.ket_noi_mang_tslcd === 'Có').length);
    expect(cascadeInputs(state, huyen)).toMatchObject({
      so_xa: 10,
      so_xa_mot_cua_dien_tu: yes('co_mot_cua_dien_tu'),
      so_xa_co_trang_ttdt: chosen('trang_ttdt_xa', ['Có trang thông tin điện tử riêng', 'Có chuyên trang trên Cổng thông tin điện tử thành phố']),
      so_xa_co_cong_chuc_cntt: chosen('can_bo_chuyen_trach_cntt', ['Có trình độ trung cấp CNTT trở lên', 'Kiêm nhiệm']),
    });
  });
});
