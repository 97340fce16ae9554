// `rank` with real files on disk, as a consolidator runs it for weeks: units of the same name in
// two groups, a master saved into the submissions folder, outputs that would overwrite what it
// reads, a --master that is not one, a disk that fills during the write, units not on the roster,
// and a master edited by hand between runs.

import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readMasterBook } from '../../../src/consolidate';
import { APPRAISAL_COL, LOG_COL, SHEET } from '../../../src/consolidate/master/layout';
import { COL } from '../../../src/form/layout';
import { formatDateTime } from '../../../src/messages';
import { findBuiltinSet } from '../../../src/sets';
import { readWorkbook } from '../../../src/xlsx';
import { cli } from '../../support/cli';
import { EditableBook } from '../../support/edit-grids';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa')!;
const huyen = findBuiltinSet('phutho-2018-huyen')!;
const sets = [xa, huyen];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-rank-master-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (...parts: string[]) => path.join(dir, ...parts);

function submit(folder: string, file: string, unit: string, total: number, set = xa): string {
  fs.mkdirSync(at(folder), { recursive: true });
  fs.writeFileSync(at(folder, file), filledFormBytes(set, inputsForTotal(set, unit, total), { evidence: fullEvidence(set) }));
  return at(folder, file);
}

const master = (file: string) => readMasterBook(readWorkbook(new Uint8Array(fs.readFileSync(file))).sheets, sets);

describe('rank: units and their identity', () => {
  it('keeps two units of the same name in different groups: neither replaces the other', () => {
    submit('in', 'xa.xlsx', 'Hòa Bình', 80);
    submit('in', 'huyen.xlsx', 'Hòa Bình', 120, huyen);
    const run = cli('rank', at('in'), '-o', at('m.xlsx'), '--accept-unlisted');
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(/replaced/);
    const state = master(at('m.xlsx')).state;
    expect(state.units.map((u) => [u.group, u.name]).sort()).toEqual([['huyen', 'Hòa Bình'], ['xa', 'Hòa Bình']]);
    expect(new Set(state.units.map((u) => u.sheet)).size).toBe(2);
  });

  it('lists units not on the roster as not ranked until accepted, and says how to accept them', () => {
    submit('in', 'a.xlsx', 'Phường Dữu Lâu', 80);
    submit('in', 'b.xlsx', 'Xã Mới Lập', 90);
    const run = cli('rank', at('in'), '-o', at('m.xlsx'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/1\s+80\.0\s+Khá\s+Phường Dữu Lâu\n/);
    expect(run.out).toMatch(/-\s+90\.0\s+Tốt\s+Xã Mới Lập \(ngoài danh sách, chưa xếp hạng\)/);
    expect(run.err).toContain('--accept-unlisted');
    const summary = readWorkbook(new Uint8Array(fs.readFileSync(at('m.xlsx')))).sheet('Tổng hợp xã')!;
    let shown = '';
    for (let r = 0; r < summary.rowCount; r++) if (summary.value(r, 1) === 'Xã Mới Lập') shown = String(summary.value(r, 2 + xa.sections.length + 4));
    expect(shown).toBe('Ngoài danh sách');

    const accepted = cli('rank', at('in'), '--master', at('m.xlsx'), '-o', at('m.xlsx'), '--accept-unlisted', '--lang', 'en');
    expect(accepted.code).toBe(0);
    expect(accepted.err).toContain('Accepted “Xã Mới Lập” into the roster (code BS1).');
    expect(accepted.out).toMatch(/1\s+90\.0\s+Tốt\s+Xã Mới Lập\n/);
    expect(master(at('m.xlsx')).state.roster.at(-1)).toEqual({ code: 'BS1', name: 'Xã Mới Lập', group: 'xa', ranked: true });
  });
});

describe('rank: the roster in the master', () => {
  it('shows group names in Vietnamese, offers them in a drop-down read from cells (names hold commas), and reads them back', () => {
    submit('in', 'a.xlsx', 'Phường Dữu Lâu', 80);
    expect(cli('rank', at('in'), '-o', at('m.xlsx')).code).toBe(0);
    const bytes = new Uint8Array(fs.readFileSync(at('m.xlsx')));
    const roster = readWorkbook(bytes).sheet(SHEET.roster)!;
    const shown = new Set<string>();
    for (let r = 3; r < roster.rowCount; r++) if (roster.value(r, 1) !== null) shown.add(String(roster.value(r, 2)));
    expect([...shown].sort()).toEqual(['Sở, ban, ngành', 'UBND huyện, thành, thị', 'UBND xã, phường, thị trấn']);
    const files = unzipSync(bytes);
    const sheetsXml = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map((f) => strFromU8(files[f])).join('\n');
    expect(sheetsXml).toMatch(/<dataValidation type="list"[^>]*sqref="C4:C\d+"><formula1>\$J\$4:\$J\$6<\/formula1>/);
    expect(new Set(master(at('m.xlsx')).state.roster.map((r) => r.group))).toEqual(new Set(['so', 'huyen', 'xa']));
  });
});

describe('rank: what it reads and what it writes', () => {
  it('recognises a master in the submissions folder by its marker, whatever its name, and never reads it as a form', () => {
    submit('in', 'a.xlsx', 'Phường Dữu Lâu', 80);
    expect(cli('rank', at('in'), '-o', at('in', 'tong-hop.xlsx')).code).toBe(0);
    fs.copyFileSync(at('in', 'tong-hop.xlsx'), at('in', 'xa-moi-nop.xlsx'));
    const again = cli('rank', at('in'), '-o', at('in', 'tong-hop.xlsx'), '--master', at('in', 'tong-hop.xlsx'));
    expect(again.code).toBe(0);
    expect(again.err).toContain('Tệp “tong-hop.xlsx” bị từ chối: đây là tệp tổng hợp');
    expect(again.err).toContain('Tệp “xa-moi-nop.xlsx” bị từ chối: đây là tệp tổng hợp');
    expect(again.out).toMatch(/không đổi\s+a\.xlsx/);
    expect(again.out).toContain('1 tệp: 1 đọc được, 0 bị từ chối.');
    expect(master(at('in', 'tong-hop.xlsx')).state.units.map((u) => u.fileName)).toEqual(['a.xlsx']);
  });

  it('refuses -o naming an input, the roster or last year’s master, and writes nothing', () => {
    const form = submit('in', 'a.xlsx', 'Phường Dữu Lâu', 80);
    const before = fs.readFileSync(form);
    const asInput = cli('rank', at('in'), '-o', form);
    expect(asInput.code).toBe(2);
    expect(asInput.err).toContain(`Không ghi tệp tổng hợp vào “${form}”: đó là tệp đầu vào`);
    expect(fs.readFileSync(form).equals(before)).toBe(true);
    const link = at('link.xlsx');
    fs.linkSync(form, link);
    expect(cli('rank', at('in'), '-o', link).code).toBe(2);

    expect(cli('rank', at('in'), '-o', at('last.xlsx')).code).toBe(0);
    const last = fs.readFileSync(at('last.xlsx'));
    const asPrevious = cli('rank', at('in'), '--previous', at('last.xlsx'), '-o', at('last.xlsx'), '--lang', 'en');
    expect(asPrevious.code).toBe(2);
    expect(asPrevious.err).toContain('it is last year’s master');
    expect(fs.readFileSync(at('last.xlsx')).equals(last)).toBe(true);
    const asRoster = cli('rank', at('in'), '--roster', at('last.xlsx'), '-o', path.join(dir, '.', 'last.xlsx'));
    expect(asRoster.code).toBe(2);
    expect(asRoster.err).toContain('đó là tệp danh sách đơn vị');
  });

  it('refuses a --master that is not a master, naming it, and writes nothing', () => {
    const form = submit('in', 'a.xlsx', 'Phường Dữu Lâu', 80);
    const run = cli('rank', at('in'), '--master', form, '-o', at('m.xlsx'));
    expect(run.code).toBe(1);
    expect(run.err).toContain(`Tệp “${form}” không phải tệp tổng hợp`);
    expect(fs.existsSync(at('m.xlsx'))).toBe(false);
  });

  it('writes the log in Vietnam’s time (dd/mm/yyyy HH:mm) with rejected files and their reason, the hash in the last column', () => {
    submit('in', 'a.xlsx', 'Phường Dữu Lâu', 80);
    fs.writeFileSync(at('in', 'hong.xlsx'), 'không phải tệp Excel');
    expect(cli('rank', at('in'), '-o', at('m.xlsx')).code).toBe(1);
    const book = readWorkbook(new Uint8Array(fs.readFileSync(at('m.xlsx'))));
    const log = book.sheet(SHEET.log)!;
    const state = master(at('m.xlsx')).state;
    expect(state.log.map((l) => [l.fileName, l.result])).toEqual([['a.xlsx', 'accepted'], ['hong.xlsx', 'rejected']]);
    const rows = [3, 4].map((r) => Array.from({ length: LOG_COL.key }, (_, c) => log.value(r, c)));
    expect(rows[0][LOG_COL.time]).toBe(formatDateTime(state.log[0].time));
    expect(rows[0][LOG_COL.time]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    const utc = new Date(state.log[0].time);
    expect(Number(String(rows[0][LOG_COL.time]).slice(11, 13))).toBe((utc.getUTCHours() + 7) % 24);
    expect(String(rows[1][LOG_COL.message])).toContain('Tệp “hong.xlsx” bị từ chối');
    expect(rows[0][LOG_COL.hash]).toMatch(/^[0-9a-f]{64}$/);
    expect(LOG_COL.hash).toBe(LOG_COL.key - 1);
    // The appraisal sheet shows no hash: the data version is kept in the hidden key.
    const appraisal = book.sheet(SHEET.appraisal)!;
    for (let c = 0; c < APPRAISAL_COL.key; c++) expect(String(appraisal.value(3, c) ?? '')).not.toMatch(/^[0-9a-f]{12}$/);
  });

  it('leaves the old master byte for byte when the disk fills during the write', () => {
    submit('in', 'a.xlsx', 'Phường Dữu Lâu', 80);
    expect(cli('rank', at('in'), '-o', at('m.xlsx')).code).toBe(0);
    const old = fs.readFileSync(at('m.xlsx'));
    submit('in', 'b.xlsx', 'Phường Vân Cơ', 90);
    // A real process whose files may not grow past half the old master's size (the new one is
    // larger): its write fails midway as on a full disk (EFBIG), after part of the file was written.
    const blocks = Math.floor(old.length / 1024 / 2);
    const script = `require(${JSON.stringify(path.resolve('scripts/bench/register-ts.js'))});` +
      `const { main } = require(${JSON.stringify(path.resolve('src/cli/main.ts'))});` +
      'const lines = []; const code = main(process.argv.slice(1), { out: (t) => lines.push(t), err: (t) => lines.push(t) });' +
      'process.stdout.write(lines.join("")); process.exitCode = code;';
    const run = spawnSync('bash', ['-c', `ulimit -f ${blocks}; exec "${process.execPath}" -e '${script}' -- rank "${at('in')}" --master "${at('m.xlsx')}" -o "${at('m.xlsx')}"`], { encoding: 'utf8' });
    expect(run.stdout).toContain(`Không ghi được “${at('m.xlsx')}”: EFBIG`);
    expect(run.status).toBe(1);
    expect(fs.readFileSync(at('m.xlsx')).equals(old)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // And when the disk has room again, the same command writes the new master.
    expect(cli('rank', at('in'), '--master', at('m.xlsx'), '-o', at('m.xlsx')).code).toBe(0);
    expect(master(at('m.xlsx')).state.units).toHaveLength(2);
  });
});

describe('rank --master on a master edited by hand', () => {
  it('keeps the appraisals after a column insert, rows sorted and a unit sheet deleted, and rebuilds the sheet', () => {
    submit('in', 'a.xlsx', 'Phường Dữu Lâu', 80);
    submit('in', 'b.xlsx', 'Phường Vân Cơ', 90);
    expect(cli('rank', at('in'), '-o', at('m.xlsx')).code).toBe(0);
    const book = new EditableBook(new Uint8Array(fs.readFileSync(at('m.xlsx'))));
    const sheet = book.sheet(SHEET.appraisal);
    const row = sheet.findRow(APPRAISAL_COL.unit, 'Phường Vân Cơ');
    sheet.set(row, APPRAISAL_COL.appraised, 0);
    sheet.set(row, APPRAISAL_COL.reason, 'Không có minh chứng');
    const code = String(sheet.value(row, APPRAISAL_COL.code));
    sheet.insertColumn(1, { row: 2, text: 'Người thẩm định' });
    sheet.sortRows(3, sheet.rows.length - 1, APPRAISAL_COL.unit + 1);
    book.deleteSheet('Phường Dữu Lâu');
    fs.writeFileSync(at('edited.xlsx'), book.bytes());

    const run = cli('rank', at('in'), '--master', at('edited.xlsx'), '-o', at('m2.xlsx'));
    expect(run.code).toBe(0);
    expect(run.err).toContain('Trang “Phường Dữu Lâu” của “Phường Dữu Lâu” đã bị xóa; đã dựng lại');
    const after = master(at('m2.xlsx'));
    expect(after.notices).toEqual([]);
    expect(after.state.appraisals.map((a) => [a.unitName, a.criterionCode, a.points, a.reason])).toEqual([['Phường Vân Cơ', code, 0, 'Không có minh chứng']]);
    expect(readWorkbook(new Uint8Array(fs.readFileSync(at('m2.xlsx')))).sheet('Phường Dữu Lâu')).toBeDefined();
  });

  it('reads a unit sheet whose criterion row was deleted without a stack trace, naming the rows it rebuilt', () => {
    submit('in', 'a.xlsx', 'Phường Dữu Lâu', 80);
    expect(cli('rank', at('in'), '-o', at('m.xlsx')).code).toBe(0);
    const book = new EditableBook(new Uint8Array(fs.readFileSync(at('m.xlsx'))));
    const unit = book.sheet('Phường Dữu Lâu');
    unit.deleteRow(unit.rows.findIndex((r) => String(r[COL.key]?.value ?? '').startsWith('#egov|crit=2.2')));
    fs.writeFileSync(at('edited.xlsx'), book.bytes());
    const run = cli('rank', at('in'), '--master', at('edited.xlsx'), '-o', at('m2.xlsx'), '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/Sheet “Phường Dữu Lâu” of “Phường Dữu Lâu”: the rows of .*“2\.2”.* are missing/);
    expect(master(at('m2.xlsx')).notices).toEqual([]);
    expect(master(at('m2.xlsx')).state.units[0].inputs).toEqual(master(at('m.xlsx')).state.units[0].inputs);
  });
});
