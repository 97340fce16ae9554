// `egov-scorecard rank`: a consolidator points it at the folder of e-mailed forms.

import { cli } from '../../support/cli';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet } from '../../../src/criteria/model';
import { readMasterState } from '../../../src/consolidate';
import { readWorkbook } from '../../../src/xlsx';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;


let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-rank-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function submit(folder: string, file: string, unit: string, total: number): void {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, file), filledFormBytes(xa, inputsForTotal(xa, unit, total), { evidence: fullEvidence(xa) }));
}

describe('rank', () => {
  it('ranks every form under nested folders and exits 0 when all are accepted', () => {
    submit(path.join(dir, 'in', 'dot1'), 'a.xlsx', 'Phường Dữu Lâu', 80);
    submit(path.join(dir, 'in', 'dot2'), 'b.xlsx', 'Phường Vân Cơ', 90);
    const master = path.join(dir, 'master.xlsx');
    const run = cli('rank', path.join(dir, 'in'), '-o', master);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/1\s+90\.0\s+Tốt\s+Phường Vân Cơ/);
    expect(run.out).toMatch(/2\s+80\.0\s+Khá\s+Phường Dữu Lâu/);
    const state = readMasterState(readWorkbook(new Uint8Array(fs.readFileSync(master))).sheets, [xa]);
    expect(state.units.map((u) => u.name).sort()).toEqual(['Phường Dữu Lâu', 'Phường Vân Cơ']);
  });

  it('reports a macro-enabled or old-format file instead of skipping it, ignores Excel lock files, exits 1', () => {
    submit(path.join(dir, 'in'), 'a.xlsx', 'Phường Dữu Lâu', 80);
    fs.copyFileSync(path.join(dir, 'in', 'a.xlsx'), path.join(dir, 'in', 'b.xlsm'));
    fs.writeFileSync(path.join(dir, 'in', 'c.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    fs.writeFileSync(path.join(dir, 'in', '~$a.xlsx'), new Uint8Array(165));
    fs.writeFileSync(path.join(dir, 'in', 'ghi-chu.txt'), 'không phải biểu mẫu');
    const run = cli('rank', path.join(dir, 'in'), '-o', path.join(dir, 'm.xlsx'));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/từ chối\s+b\.xlsm.*macro/);
    expect(run.out).toMatch(/từ chối\s+c\.xls .*\.xls/);
    expect(run.out).not.toContain('~$a.xlsx');
    expect(run.out).not.toContain('ghi-chu.txt');
    expect(fs.existsSync(path.join(dir, 'm.xlsx'))).toBe(true);
  });

  it('importing the same files into the existing master changes nothing', () => {
    submit(path.join(dir, 'in'), 'a.xlsx', 'Phường Dữu Lâu', 80);
    const master = path.join(dir, 'master.xlsx');
    expect(cli('rank', path.join(dir, 'in'), '-o', master).code).toBe(0);
    const again = cli('rank', path.join(dir, 'in'), '--master', master, '-o', path.join(dir, 'master2.xlsx'));
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/không đổi\s+a\.xlsx/);
    const read = (f: string) => readMasterState(readWorkbook(new Uint8Array(fs.readFileSync(f))).sheets, [xa]);
    expect(read(path.join(dir, 'master2.xlsx'))).toEqual(read(master));
  });

  it('is a usage error without -o or without inputs', () => {
    expect(cli('rank', dir).code).toBe(2);
    expect(cli('rank', '-o', path.join(dir, 'm.xlsx')).code).toBe(2);
  });
});
