// `rank` refuses a master beyond the one limit of writer and reader (MASTER_MAX_UNITS) before
// writing anything: the old master stays byte for byte. The limit is lowered to 2 units here so
// that the refusal is reached with three real forms on disk (the refusal at the true limit of
// 5,000 is tested on the core and the pane in test/unit/consolidate/master-limit.test.ts).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBuiltinSet } from '../../../src/sets';
import { cli } from '../../support/cli';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../../support/submissions';

jest.mock('../../../src/xlsx/zip', () => ({ ...jest.requireActual('../../../src/xlsx/zip'), MASTER_MAX_UNITS: 2 }));

const xa = findBuiltinSet('phutho-2018-xa')!;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-rank-limit-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (...parts: string[]) => path.join(dir, ...parts);

function submit(file: string, unit: string, total: number): void {
  fs.mkdirSync(at('in'), { recursive: true });
  fs.writeFileSync(at('in', file), filledFormBytes(xa, inputsForTotal(xa, unit, total), { evidence: fullEvidence(xa) }));
}

describe('rank beyond the master limit', () => {
  it('refuses before writing, with the message, and leaves the old master byte for byte', () => {
    submit('a.xlsx', 'Xã Một', 80);
    submit('b.xlsx', 'Xã Hai', 70);
    expect(cli('rank', at('in'), '-o', at('m.xlsx')).code).toBe(0);
    const before = fs.readFileSync(at('m.xlsx'));

    submit('c.xlsx', 'Xã Ba', 75);
    const run = cli('rank', at('in'), '--master', at('m.xlsx'), '-o', at('m.xlsx'));
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('Không ghi tệp tổng hợp: 3 đơn vị vượt quá giới hạn 2 đơn vị');
    expect(run.err).toContain('[master.tooManyUnits]');
    expect(fs.readFileSync(at('m.xlsx')).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['in', 'm.xlsx']);

    const fresh = cli('rank', at('in'), '-o', at('new.xlsx'), '--lang', 'en');
    expect(fresh.err).toContain('The master was not written: 3 units exceed the limit of 2 units');
    expect(fs.existsSync(at('new.xlsx'))).toBe(false);
  });
});
