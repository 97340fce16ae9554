// A master is a document people edit for weeks. After a consolidator inserts columns, sorts and
// deletes rows, deletes or renames sheets and types where they should not, reading it back keeps
// every appraisal (or names each one it cannot place), rebuilds what was deleted from what the
// master still knows, and never fails with a stack trace.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_SETS, findBuiltinSet } from '../../../src/sets';
import {
  builtinRoster, emptyMaster, groupStandings, masterPlan, mergeSubmissions, readMasterBook, readSubmission, type MasterState,
} from '../../../src/consolidate';
import { readRankings } from '../../../src/consolidate/master/read-ranking';
import { APPRAISAL_COL, CUT_MARK, SHEET } from '../../../src/consolidate/master/layout';
import { render } from '../../../src/messages/texts';
import { COL } from '../../../src/form/layout';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { EditableBook } from '../../support/edit-grids';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../../support/submissions';
import { inBoth } from '../../support/telling';

const xa = findBuiltinSet('phutho-2018-xa')!;
const sets = [xa];
const UNITS: [string, number][] = [['Phường Dữu Lâu', 80], ['Phường Vân Cơ', 85], ['Phường Nông Trang', 70], ['Xã Hy Cương', 90], ['Xã Ngoài Danh Sách', 75]];

function baseState(): MasterState {
  const results = UNITS.map(([name, total]) => readSubmission({ name: `${name}.xlsx`, bytes: filledFormBytes(xa, inputsForTotal(xa, name, total), { evidence: fullEvidence(xa) }) }, sets));
  return mergeSubmissions(emptyMaster(builtinRoster('viettri-xa')), results, '2018-10-05T01:30:00.000Z').state;
}

/** The master with two appraisals typed into "Thẩm định" as an appraiser would, saved. */
function appraisedMaster(): Uint8Array {
  const book = new EditableBook(writeWorkbook(masterPlan(baseState(), sets)));
  const sheet = book.sheet(SHEET.appraisal);
  const type = (unit: string, code: string, points: number, reason: string) => {
    let row = sheet.findRow(APPRAISAL_COL.unit, unit);
    while (sheet.value(row, APPRAISAL_COL.code) !== code) row = sheet.findRow(APPRAISAL_COL.unit, unit, row + 1);
    sheet.set(row, APPRAISAL_COL.appraised, points);
    sheet.set(row, APPRAISAL_COL.reason, reason);
  };
  type('Phường Vân Cơ', '2.2', 0, 'Không có minh chứng');
  type('Xã Hy Cương', '1.1', 1, 'Thiếu máy chủ');
  return book.bytes();
}

const APPRAISED = appraisedMaster();
const original = readMasterBook(readWorkbook(APPRAISED).sheets, sets);
/** The appraised master after the next write (rank --master, or an import in the pane): its hidden copy holds the appraisals. */
const REWRITTEN = writeWorkbook(masterPlan(original.state, sets));
const appraisalsOf = (state: MasterState) => state.appraisals.map((a) => [a.unitName, a.criterionCode, a.points, a.reason]).sort();
const texts = (notices: ReturnType<typeof readMasterBook>['notices']) => notices.map((n) => inBoth(n).vi);

/** Reads the edited book, checks it reads and writes back with the appraisals, and returns what was read. */
function reread(book: EditableBook) {
  const read = readMasterBook(book.grids(), sets);
  const again = readMasterBook(readWorkbook(writeWorkbook(masterPlan(read.state, sets))).sheets, sets);
  expect(appraisalsOf(again.state)).toEqual(appraisalsOf(read.state));
  expect(again.notices.filter((n) => !inBoth(n).vi.includes('không gắn được'))).toEqual([]);
  return read;
}

describe('a master edited by hand', () => {
  it('starts with two appraisals, five units (one "ngoài danh sách") and no notice', () => {
    expect(appraisalsOf(original.state)).toEqual([
      ['Phường Vân Cơ', '2.2', 0, 'Không có minh chứng'],
      ['Xã Hy Cương', '1.1', 1, 'Thiếu máy chủ'],
    ]);
    expect(original.state.units).toHaveLength(5);
    expect(original.notices).toEqual([]);
    expect(groupStandings(original.state, sets)[0].units.filter((u) => !u.listed).map((u) => u.unit.name)).toEqual(['Xã Ngoài Danh Sách']);
  });

  it('keeps the appraisals when a column is inserted in the appraisal sheet, even before its hidden key column', () => {
    for (const at of [0, APPRAISAL_COL.appraised, APPRAISAL_COL.key]) {
      const book = new EditableBook(APPRAISED);
      book.sheet(SHEET.appraisal).insertColumn(at, { row: 2, text: 'Ghi chú thêm' });
      const read = reread(book);
      expect({ at, appraisals: appraisalsOf(read.state) }).toEqual({ at, appraisals: appraisalsOf(original.state) });
    }
  });

  it('keeps the appraisals when the rows are sorted, with the hidden key column or without it', () => {
    for (const cols of [undefined, { from: 0, to: APPRAISAL_COL.key - 1 }]) {
      const book = new EditableBook(APPRAISED);
      const sheet = book.sheet(SHEET.appraisal);
      sheet.sortRows(3, sheet.rows.length - 1, APPRAISAL_COL.unit, cols);
      expect(appraisalsOf(reread(book).state)).toEqual(appraisalsOf(original.state));
    }
  });

  it('restores the appraisals from the master’s copy when the appraisal sheet is deleted, and says so', () => {
    const book = new EditableBook(REWRITTEN);
    book.deleteSheet(SHEET.appraisal);
    const read = readMasterBook(book.grids(), sets);
    expect(appraisalsOf(read.state)).toEqual(appraisalsOf(original.state));
    expect(texts(read.notices)).toEqual([expect.stringContaining(`Trang “${SHEET.appraisal}” đã bị xóa; đã dựng lại với 2 điểm thẩm định`)]);
    const written = readWorkbook(writeWorkbook(masterPlan(read.state, sets)));
    expect(written.sheet(SHEET.appraisal)).toBeDefined();
  });

  it('rebuilds a deleted unit sheet from the copy, and the ranking is unchanged', () => {
    const book = new EditableBook(APPRAISED);
    book.deleteSheet('Xã Hy Cương');
    const read = readMasterBook(book.grids(), sets);
    expect(texts(read.notices)).toEqual([expect.stringContaining('Trang “Xã Hy Cương” của “Xã Hy Cương” đã bị xóa; đã dựng lại')]);
    const totals = (s: MasterState) => groupStandings(s, sets)[0].units.map((u) => [u.unit.name, u.total, u.rank]);
    expect(totals(read.state)).toEqual(totals(original.state));
    const written = readWorkbook(writeWorkbook(masterPlan(read.state, sets)));
    expect(written.sheet('Xã Hy Cương')).toBeDefined();
    expect(appraisalsOf(readMasterBook(written.sheets, sets).state)).toEqual(appraisalsOf(original.state));
  });

  it('reads a unit sheet with a deleted row without failing: the row comes from the copy, corrections elsewhere count', () => {
    const book = new EditableBook(APPRAISED);
    const sheet = book.sheet('Phường Dữu Lâu');
    const keyCol = COL.key;
    const critRow = sheet.rows.findIndex((row) => String(row[keyCol]?.value ?? '').startsWith('#egov|crit=1.1'));
    expect(critRow).toBeGreaterThan(0);
    const fieldRow = sheet.rows.findIndex((row) => String(row[keyCol]?.value ?? '').startsWith('#egov|field=so_may_tinh'));
    sheet.set(fieldRow, 4, 17); // a correction typed in the unit sheet
    sheet.deleteRow(critRow);
    const read = reread(book);
    const unit = read.state.units.find((u) => u.name === 'Phường Dữu Lâu')!;
    expect(unit.inputs.so_may_tinh).toBe(17);
    expect(unit.evidence['1.1']).toBe(original.state.units.find((u) => u.name === 'Phường Dữu Lâu')!.evidence['1.1']);
    expect(read.damaged).toEqual(['Phường Dữu Lâu']);
    expect(texts(read.notices)).toEqual([expect.stringMatching(/^Trang “Phường Dữu Lâu” của “Phường Dữu Lâu”: không tìm thấy dòng của “1\.1”/)]);
  });

  it('finds a renamed unit sheet by its key and keeps the name the consolidator gave it', () => {
    const book = new EditableBook(APPRAISED);
    book.sheet('Phường Vân Cơ').name = 'VC đã kiểm tra';
    const read = reread(book);
    expect(read.notices).toEqual([]);
    expect(read.state.units.find((u) => u.name === 'Phường Vân Cơ')!.sheet).toBe('VC đã kiểm tra');
    expect(appraisalsOf(read.state)).toEqual(appraisalsOf(original.state));
    const written = readWorkbook(writeWorkbook(masterPlan(read.state, sets)));
    expect(written.sheet('VC đã kiểm tra')).toBeDefined();
    expect(written.sheet('Phường Vân Cơ')).toBeUndefined();
  });

  it('rebuilds a deleted summary, publish table, log and roster, and says which', () => {
    const book = new EditableBook(APPRAISED);
    for (const name of ['Tổng hợp xã', 'Công bố xã', SHEET.log, SHEET.roster]) book.deleteSheet(name);
    const read = readMasterBook(book.grids(), sets);
    expect(read.state.roster).toEqual(original.state.roster);
    expect(read.state.log).toEqual(original.state.log);
    expect(read.state.units.map((u) => u.id).sort()).toEqual(original.state.units.map((u) => u.id).sort());
    expect(texts(read.notices).sort()).toEqual(
      [
        `Trang “${SHEET.roster}” đã bị xóa; đã dựng lại danh sách 23 đơn vị lưu ở lần ghi trước.`,
        `Trang “${SHEET.log}” đã bị xóa; đã dựng lại 5 dòng nhật ký lưu ở lần ghi trước.`,
        `Trang “${SHEET.log}” không còn trong tệp tổng hợp; đã dựng lại từ dữ liệu tệp tổng hợp còn giữ.`,
        'Trang “Tổng hợp xã” không còn trong tệp tổng hợp; đã dựng lại từ dữ liệu tệp tổng hợp còn giữ.',
        'Trang “Công bố xã” không còn trong tệp tổng hợp; đã dựng lại từ dữ liệu tệp tổng hợp còn giữ.',
      ].sort(),
    );
    const written = readWorkbook(writeWorkbook(masterPlan(read.state, sets)));
    expect(readRankings(written.sheets, sets)).toHaveLength(1);
  });

  it('reads the ranking from a summary whose rows were sorted and a column inserted', () => {
    const book = new EditableBook(APPRAISED);
    const summary = book.sheet('Tổng hợp xã');
    summary.insertColumn(2, { row: 2, text: 'Ghi chú' });
    summary.sortRows(3, 7, 1);
    const rankings = readRankings(book.grids(), sets);
    expect(rankings[0].rows.map((r) => r.unit).sort()).toEqual(UNITS.map(([n]) => n).sort());
    expect(rankings[0].rows.find((r) => r.unit === 'Phường Vân Cơ')!.sheet).toBe('Phường Vân Cơ');
  });

  it('keeps an appraisal whose unit is gone, names it, and attaches it again when the unit’s file comes back', () => {
    const book = new EditableBook(REWRITTEN);
    book.deleteSheet('Xã Hy Cương');
    const data = book.sheet(SHEET.data);
    data.deleteRow(data.rows.findIndex((row) => String(row[0]?.value ?? '').startsWith('#egov|d=unit') && String(row[1]?.value ?? '').includes('"name":"Xã Hy Cương"')));
    const read = readMasterBook(book.grids(), sets);
    expect(read.state.units.map((u) => u.name)).not.toContain('Xã Hy Cương');
    expect(appraisalsOf(read.state)).toEqual(appraisalsOf(original.state));
    expect(texts(read.notices)).toEqual(
      expect.arrayContaining([expect.stringContaining('Điểm thẩm định của “Xã Hy Cương”, tiêu chí 1.1, không gắn được với đơn vị nào')]),
    );
    const written = readMasterBook(readWorkbook(writeWorkbook(masterPlan(read.state, sets))).sheets, sets);
    expect(appraisalsOf(written.state)).toEqual(appraisalsOf(original.state));
    const back = mergeSubmissions(written.state, [readSubmission({ name: 'hc.xlsx', bytes: filledFormBytes(xa, inputsForTotal(xa, 'Xã Hy Cương', 90), { evidence: fullEvidence(xa) }) }, sets)], 't');
    const standing = groupStandings(back.state, sets)[0].units.find((u) => u.unit.name === 'Xã Hy Cương')!;
    const before = groupStandings(original.state, sets)[0].units.find((u) => u.unit.name === 'Xã Hy Cương')!;
    expect(standing.effective['1.1']).toBe(1);
    expect(standing.total).toBe(before.total);
    expect(back.state.appraisals.find((a) => a.unitName === 'Xã Hy Cương')!.unitId).toBe(standing.unit.id);
  });

  it('reads appraised points typed as text with a decimal comma, and keeps text that is not a number in the reason', () => {
    const book = new EditableBook(APPRAISED);
    const sheet = book.sheet(SHEET.appraisal);
    const vc = sheet.findRow(APPRAISAL_COL.unit, 'Phường Vân Cơ');
    sheet.set(vc, APPRAISAL_COL.appraised, '1,5');
    const nt = sheet.findRow(APPRAISAL_COL.unit, 'Phường Nông Trang');
    sheet.set(nt, APPRAISAL_COL.appraised, 'tám');
    const read = readMasterBook(book.grids(), sets);
    const by = (name: string) => read.state.appraisals.find((a) => a.unitName === name && a.criterionCode === sheet.value(name === 'Phường Vân Cơ' ? vc : nt, APPRAISAL_COL.code))!;
    expect(by('Phường Vân Cơ').points).toBe(1.5);
    expect(by('Phường Nông Trang')).toMatchObject({ points: null, reason: '[tám]' });
    expect(render('vi', read.notices.find((n) => 'code' in n && n.code === 'master.read.appraisalNotNumber') as never)).toContain('“tám”');
  });

  it('cuts text over 32,767 characters with a visible mark instead of writing a cell no program can open', () => {
    const long = 'Văn bản minh chứng rất dài. '.repeat(1500);
    const state = baseState();
    state.units[0] = { ...state.units[0], evidence: { ...state.units[0].evidence, '1.1': long } };
    const plan = masterPlan(state, sets);
    const cells = plan.sheets.flatMap((s) => s.cells.filter((c) => typeof c.value === 'string'));
    expect(Math.max(...cells.map((c) => (c.value as string).length))).toBeLessThanOrEqual(32_767);
    const cut = cells.find((c) => (c.value as string).endsWith(CUT_MARK))!;
    expect((cut.value as string).startsWith('Văn bản minh chứng rất dài.')).toBe(true);
    const back = readMasterBook(readWorkbook(writeWorkbook(plan)).sheets, sets);
    expect(back.state.units.find((u) => u.id === state.units[0].id)!.evidence['1.1'].endsWith(CUT_MARK)).toBe(true);
  });
});

describe('a master written before units had ids (main at 157ac25)', () => {
  it('reads appraisals typed into its old appraisal sheet, keyed by sheet name, and keeps them when rewritten', () => {
    const book = new EditableBook(new Uint8Array(fs.readFileSync(path.join(__dirname, '../../fixtures/legacy/master-2018.xlsx'))));
    const sheet = book.sheet(SHEET.appraisal);
    const header = sheet.findRow(0, 'Đơn vị');
    const appraisedCol = sheet.findCol(header, 'Điểm thẩm định');
    const reasonCol = sheet.findCol(header, 'Lý do điều chỉnh');
    const row = sheet.findRow(0, 'Phường Gia Cẩm');
    const code = String(sheet.value(row, 1));
    sheet.set(row, appraisedCol, 0);
    sheet.set(row, reasonCol, 'Thiếu văn bản');
    const read = readMasterBook(book.grids(), BUILTIN_SETS);
    expect(read.notices).toEqual([]);
    expect(appraisalsOf(read.state)).toEqual([['Phường Gia Cẩm', code, 0, 'Thiếu văn bản']]);
    const unit = read.state.units.find((u) => u.name === 'Phường Gia Cẩm')!;
    expect(read.state.appraisals[0]).toMatchObject({ unitId: unit.id, stale: false });
    const again = readMasterBook(readWorkbook(writeWorkbook(masterPlan(read.state, BUILTIN_SETS))).sheets, BUILTIN_SETS);
    expect(appraisalsOf(again.state)).toEqual(appraisalsOf(read.state));
    expect(again.state.units.map((u) => u.id).sort()).toEqual(read.state.units.map((u) => u.id).sort());
  });
});
