// The pane's import path (master-io over the Office.js adapter, in the stand-in Excel) on a
// master people edit: a deleted unit sheet or appraisal sheet is named in the snapshot's notices
// and rebuilt at the next import, appraisals typed in survive it, and a unit not on the roster
// is ranked once the consolidator accepts it (the core API behind the pane's accept button).

import { BUILTIN_SETS, findBuiltinSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/criteria/model';
import { builtinRoster, groupStandings, readSubmission, type SubmissionResult } from '../../src/consolidate';
import { APPRAISAL_COL, SHEET } from '../../src/consolidate/master/layout';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { a1 } from '../../src/plan/address';
import type { FakeExcel } from '../../src/preview/fake-excel';
import { acceptUnlistedUnits, mergeIntoMaster, readMaster, setUpMaster, type MasterSnapshot } from '../../src/taskpane/consolidation/master-io';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../support/submissions';
import { inBoth } from '../support/telling';
import { installFakeExcel, run } from './harness';

jest.setTimeout(120_000);

const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const UNITS: [string, number][] = [['Phường Dữu Lâu', 80], ['Phường Vân Cơ', 85], ['Phường Nông Trang', 70], ['Xã Mới Thành Lập', 90]];

const form = (name: string, total: number, file = `${name}.xlsx`): SubmissionResult =>
  readSubmission({ name: file, bytes: filledFormBytes(xa, inputsForTotal(xa, name, total), { evidence: fullEvidence(xa) }) }, BUILTIN_SETS, { year: 2018 });

const texts = (s: MasterSnapshot) => s.notices.map((n) => inBoth(n).vi);
const ranks = (s: MasterSnapshot) => new Map(s.rankings[0].rows.map((r) => [r.unit, r.rank]));
const deleteSheet = (name: string) =>
  run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });

describe('an edited master through the pane’s import path', () => {
  let fake: FakeExcel;
  let workbook: OfficeWorkbook;

  beforeAll(async () => {
    fake = installFakeExcel();
    workbook = new OfficeWorkbook();
    await setUpMaster(workbook, builtinRoster('viettri-xa'), BUILTIN_SETS);
    await mergeIntoMaster(workbook, UNITS.map(([n, t]) => form(n, t)), BUILTIN_SETS, '2018-10-05T02:00:00.000Z');
  });

  it('lists the unit not on the roster as "ngoài danh sách", not ranked, and says so on import', async () => {
    const snapshot = await readMaster(workbook, BUILTIN_SETS);
    expect(snapshot.notices).toEqual([]);
    expect(snapshot.unlisted.map((u) => u.name)).toEqual(['Xã Mới Thành Lập']);
    const row = snapshot.rankings[0].rows.find((r) => r.unit === 'Xã Mới Thành Lập')!;
    expect(row).toMatchObject({ rank: null, listed: false });
    expect(ranks(snapshot).get('Phường Vân Cơ')).toBe(1);
  });

  it('keeps an appraisal typed in when the appraisal sheet is deleted after the next write, and rebuilds the sheet', async () => {
    const sheet = fake.sheet(SHEET.appraisal);
    let row = -1;
    for (let r = 0; r < 500 && row < 0; r++) if (sheet.cell(r, APPRAISAL_COL.unit).value === 'Phường Vân Cơ') row = r;
    const code = String(sheet.cell(row, APPRAISAL_COL.code).value);
    await fake.userTypes(SHEET.appraisal, a1(row, APPRAISAL_COL.appraised), 0);
    await fake.userTypes(SHEET.appraisal, a1(row, APPRAISAL_COL.reason), 'Không có minh chứng');
    // The next import writes the master's copy, appraisal included.
    await mergeIntoMaster(workbook, [form('Phường Tân Dân', 75)], BUILTIN_SETS, '2018-10-06T02:00:00.000Z');
    await deleteSheet(SHEET.appraisal);

    const read = await readMaster(workbook, BUILTIN_SETS);
    expect(texts(read)).toEqual([`Trang “${SHEET.appraisal}” đã bị xóa; đã dựng lại với 1 điểm thẩm định lưu ở lần ghi trước (sửa đổi sau lần ghi đó không còn).`]);
    expect(read.state.appraisals).toEqual([expect.objectContaining({ unitName: 'Phường Vân Cơ', criterionCode: code, points: 0, reason: 'Không có minh chứng' })]);

    const outcome = await mergeIntoMaster(workbook, [form('Phường Dữu Lâu', 80)], BUILTIN_SETS, '2018-10-07T02:00:00.000Z');
    expect(outcome.changes.map((c) => c.result)).toEqual(['unchanged']);
    expect(outcome.written).toContain(SHEET.appraisal);
    const after = await readMaster(workbook, BUILTIN_SETS);
    expect(after.notices).toEqual([]);
    expect(after.state.appraisals).toEqual(read.state.appraisals);
    const predicted = new Map(groupStandings(after.state, BUILTIN_SETS)[0].units.map((u) => [u.unit.name, u.rank ?? null]));
    expect(ranks(after)).toEqual(predicted);
  });

  it('names a deleted unit sheet and rebuilds it at the next import, with the same ranking', async () => {
    const before = ranks(await readMaster(workbook, BUILTIN_SETS));
    await deleteSheet('Phường Nông Trang');
    const read = await readMaster(workbook, BUILTIN_SETS);
    expect(texts(read)).toEqual([expect.stringContaining('Trang “Phường Nông Trang” của “Phường Nông Trang” đã bị xóa; đã dựng lại')]);
    const junk = readSubmission({ name: 'hong.xlsx', bytes: new TextEncoder().encode('không phải tệp Excel') }, BUILTIN_SETS);
    const outcome = await mergeIntoMaster(workbook, [junk], BUILTIN_SETS, '2018-10-08T02:00:00.000Z');
    expect(outcome.written).toEqual(expect.arrayContaining(['Phường Nông Trang', SHEET.log]));
    expect(fake.sheetNames()).toContain('Phường Nông Trang');
    const after = await readMaster(workbook, BUILTIN_SETS);
    expect(after.notices).toEqual([]);
    expect(ranks(after)).toEqual(before);
    expect(after.state.log.at(-1)).toMatchObject({ fileName: 'hong.xlsx', result: 'rejected' });
  });

  it('ranks a unit not on the roster once accepted, keeping its appraisals and writing what changed', async () => {
    const snapshot = await readMaster(workbook, BUILTIN_SETS);
    const unit = snapshot.unlisted[0];
    const accepted = await acceptUnlistedUnits(workbook, BUILTIN_SETS, [unit.id]);
    expect(accepted.added).toEqual([{ code: 'BS1', name: 'Xã Mới Thành Lập', group: 'xa', ranked: true }]);
    expect(accepted.written).toEqual(expect.arrayContaining([SHEET.roster, 'Tổng hợp xã']));
    const after = await readMaster(workbook, BUILTIN_SETS);
    expect(after.unlisted).toEqual([]);
    expect(after.rankings[0].rows.find((r) => r.unit === 'Xã Mới Thành Lập')).toMatchObject({ rank: 1, listed: true });
    expect(after.state.units.find((u) => u.name === 'Xã Mới Thành Lập')!.id).toBe(unit.id);
    expect((await acceptUnlistedUnits(workbook, BUILTIN_SETS)).added).toEqual([]);
  });
});
