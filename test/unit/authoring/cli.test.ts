import * as fs from 'node:fs';
import { cli } from '../../support/cli';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDefinition, setToWorkbookPlan } from '../../../src/authoring';
import { EXAMPLE_SET } from '../../../src/authoring/example-set';
import { setVersion } from '../../../src/criteria';
import { findBuiltinSet } from '../../../src/sets';
import { findFormIdentity } from '../../../src/form';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { Definition } from './helpers';


let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-authoring-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

/** The worked example with one edit, written as an .xlsx; its path. */
function writeDefinition(name: string, edit: (d: Definition) => void = () => undefined): string {
  const d = new Definition(setToWorkbookPlan(EXAMPLE_SET));
  edit(d);
  const plan = { sheets: d.grids.map((g) => ({ name: g.name, columns: [], cells: g.rows.flatMap((row, r) => row.map((value, col) => ({ row: r, col, value }))), merges: [], validations: [], protect: false })), styles: {} };
  fs.writeFileSync(file(name), writeWorkbook(plan));
  return file(name);
}

describe('new-set', () => {
  it('writes the blank authoring workbook, which checks clean', () => {
    expect(cli('new-set', '-o', file('blank.xlsx')).code).toBe(0);
    const { set, issues } = parseDefinition(readWorkbook(new Uint8Array(fs.readFileSync(file('blank.xlsx')))));
    expect(issues).toEqual([]);
    expect(set?.id).toBe(EXAMPLE_SET.id);
    expect(cli('check-set', file('blank.xlsx'))).toMatchObject({ code: 0, out: expect.stringContaining('bộ tiêu chí vi-du-bo-tieu-chi hợp lệ') });
  });
});

describe('export-set', () => {
  it('writes a built-in set as a definition workbook that reads back as the same set', () => {
    expect(cli('export-set', 'phutho-2018-xa', '-o', file('xa.xlsx')).code).toBe(0);
    const { set } = parseDefinition(readWorkbook(new Uint8Array(fs.readFileSync(file('xa.xlsx')))));
    expect(set).toEqual(findBuiltinSet('phutho-2018-xa'));
  });

  it('refuses an unknown set id with a suggestion (exit 2)', () => {
    const run = cli('export-set', 'phutho-2018-xaa', '-o', file('x.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('phutho-2018-xa');
  });
});

describe('check-set', () => {
  it('lists each error at its cell, English then Vietnamese, and exits 1', () => {
    const run = cli('check-set', writeDefinition('bad.xlsx', (d) => d.set('tieu_chi!H3', 'ratoi')));
    expect(run.code).toBe(1);
    expect(run.out).toContain('lỗi      tieu_chi!H3: quy tắc “ratoi” không tồn tại — có phải “ratio”?');
    expect(run.out).not.toContain('unknown rule'); // one language at a time
    expect(cli('check-set', file('bad.xlsx'), '--lang', 'en').out).toContain('error   tieu_chi!H3: unknown rule “ratoi”, did you mean “ratio”?');
    expect(run.out).toContain('1 lỗi, 0 cảnh báo');
  });

  it('prints warnings but exits 0', () => {
    const run = cli('check-set', writeDefinition('warn.xlsx', (d) => d.set('tieu_chi!P3', 2)));
    expect(run.code).toBe(0);
    expect(run.out).toContain("cảnh báo tieu_chi!P3: quy tắc “ratio” không dùng cột “each”; giá trị sẽ bị bỏ qua");
  });

  it('exits 1 on a file that is not a workbook, and 2 without a file', () => {
    fs.writeFileSync(file('notes.xlsx'), 'not a zip');
    expect(cli('check-set', file('notes.xlsx')).code).toBe(1);
    expect(cli('check-set').code).toBe(2);
  });
});

describe('--set-file', () => {
  it('template builds the form of an authored set, carrying its version', () => {
    const run = cli('template', '--set-file', writeDefinition('ok.xlsx'), '-o', file('form.xlsx'));
    expect(run.code).toBe(0);
    const identity = findFormIdentity(readWorkbook(new Uint8Array(fs.readFileSync(file('form.xlsx')))).sheets[0]);
    expect(identity).toMatchObject({ setId: EXAMPLE_SET.id, version: setVersion(EXAMPLE_SET) });
  });

  it('describe reads an authored set', () => {
    const run = cli('describe', '--set-file', writeDefinition('ok2.xlsx'), '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).id).toBe(EXAMPLE_SET.id);
  });

  it('fill takes an authored set', () => {
    fs.writeFileSync(file('inputs.json'), JSON.stringify({ set: EXAMPLE_SET.id, inputs: { ten_don_vi: 'Sở Y tế', tong_so_cbccvc: 10, so_cbccvc_co_may_tinh: 5 } }));
    const run = cli('fill', '--set-file', writeDefinition('ok3.xlsx'), '--inputs', file('inputs.json'), '-o', file('filled.xlsx'));
    expect(run.code).toBe(0);
    expect(run.out).toContain('điểm tính được 2,5/80');
  });

  it('stops with exit 1 and the errors at their cells when the authored set is invalid', () => {
    const run = cli('template', '--set-file', writeDefinition('bad2.xlsx', (d) => d.set('xep_loai!B5', 10)), '-o', file('never.xlsx'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('xep_loai!B5');
    expect(fs.existsSync(file('never.xlsx'))).toBe(false);
  });

  it('refuses a set id together with --set-file (exit 2)', () => {
    expect(cli('template', 'phutho-2018-xa', '--set-file', writeDefinition('ok4.xlsx')).code).toBe(2);
  });
});
