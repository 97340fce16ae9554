// `rank` over a folder as it really is: named pipes, links to devices and out of the folder,
// unreadable subfolders, huge sparse files, Office lock files, forms with odd names, several
// forms in one workbook, and unit names carrying terminal escape sequences.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet } from '../../../src/criteria/model';
import { collectFiles, type ScanFs } from '../../../src/cli/collect-files';
import { terminalSafe } from '../../../src/cli/terminal-text';
import { render } from '../../../src/messages/texts';
import { cli } from '../../support/cli';
import { editPart } from '../../support/xlsx-edit';
import { filledFormBytes, fullEvidence, inputsForTotal, severalFormsBytes } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const formOf = (unit: string, total = 80) => filledFormBytes(xa, inputsForTotal(xa, unit, total), { evidence: fullEvidence(xa) });

let dir: string;
let inbox: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-scan-'));
  inbox = path.join(dir, 'in');
  fs.mkdirSync(inbox);
  fs.writeFileSync(path.join(inbox, 'a.xlsx'), formOf('Phường Dữu Lâu'));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const skippedTexts = (targets: string[]) => collectFiles(targets).skipped.map((m) => render('vi', m));

describe('the folder scan of rank', () => {
  it('skips a named pipe with a message instead of blocking on it, and goes on', () => {
    execFileSync('mkfifo', [path.join(inbox, 'ong.xlsx')]);
    const run = cli('rank', inbox, '-o', path.join(dir, 'm.xlsx'), '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Skipped “.*ong\.xlsx”: not a regular file \(named pipe\)/);
    expect(run.out).toMatch(/accepted\s+a\.xlsx/);
    expect(skippedTexts([inbox])[0]).toContain('không phải tệp thông thường (đường ống)');
  });

  it('does not follow links out of the chosen folder: a device, a file or a folder elsewhere', () => {
    const elsewhere = path.join(dir, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(elsewhere, 'b.xlsx'), formOf('Phường Vân Cơ'));
    fs.symlinkSync('/dev/zero', path.join(inbox, 'zero.xlsx'));
    fs.symlinkSync(path.join(elsewhere, 'b.xlsx'), path.join(inbox, 'b.xlsx'));
    fs.symlinkSync(elsewhere, path.join(inbox, 'khac'));
    const { files, skipped } = collectFiles([inbox]);
    expect(files).toEqual([path.join(inbox, 'a.xlsx')]);
    expect(skipped.map((m) => render('vi', m))).toEqual([
      `Bỏ qua “${path.join(inbox, 'b.xlsx')}”: là lối tắt trỏ ra ngoài thư mục đã chọn.`,
      `Bỏ qua “${path.join(inbox, 'khac')}”: là lối tắt trỏ ra ngoài thư mục đã chọn.`,
      `Bỏ qua “${path.join(inbox, 'zero.xlsx')}”: là lối tắt trỏ ra ngoài thư mục đã chọn.`,
    ]);
  });

  it('follows links inside the folder, once: a link back to a folder already read is reported', () => {
    fs.mkdirSync(path.join(inbox, 'dot2'));
    fs.writeFileSync(path.join(inbox, 'dot2', 'c.xlsx'), formOf('Phường Nông Trang'));
    fs.symlinkSync(inbox, path.join(inbox, 'dot2', 'len'));
    const { files, skipped } = collectFiles([inbox]);
    expect(files).toEqual([path.join(inbox, 'a.xlsx'), path.join(inbox, 'dot2', 'c.xlsx')]);
    expect(skipped.map((m) => m.code)).toEqual(['files.loop']);
  });

  it('reports an unreadable subfolder and reads the rest', () => {
    fs.mkdirSync(path.join(inbox, 'khoa'));
    fs.writeFileSync(path.join(inbox, 'z.xlsx'), formOf('Phường Vân Cơ'));
    // As root every folder is readable: the disk refuses this one as it would refuse a user.
    const refusing: ScanFs = {
      ...fs,
      readdirSync: ((p: fs.PathLike) => {
        if (String(p).endsWith('khoa')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return fs.readdirSync(p);
      }) as typeof fs.readdirSync,
    };
    const { files, skipped } = collectFiles([inbox], refusing);
    expect(files).toEqual([path.join(inbox, 'a.xlsx'), path.join(inbox, 'z.xlsx')]);
    expect(skipped.map((m) => render('vi', m))).toEqual([`Bỏ qua thư mục “${path.join(inbox, 'khoa')}”: không đọc được (EACCES).`]);
  });

  it('refuses a huge sparse file by its size, without reading it', () => {
    const huge = path.join(inbox, 'to.xlsx');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 8 * 1024 * 1024 * 1024); // 8 GB of holes: reading it would exhaust memory
    const run = cli('rank', inbox, '-o', path.join(dir, 'm.xlsx'), '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/rejected\s+to\.xlsx .*File too large: 8[,.]?192 MB, at most 20 MB/);
  });

  it('skips only a real Office owner file; a form named "~$…" or ending in spaces is read', () => {
    fs.writeFileSync(path.join(inbox, '~$a.xlsx'), Buffer.alloc(165, 0x20));
    fs.writeFileSync(path.join(inbox, '~$Phường Vân Cơ.xlsx'), formOf('Phường Vân Cơ', 85));
    fs.writeFileSync(path.join(inbox, 'Phường Tân Dân.xlsx  '), formOf('Phường Tân Dân', 70));
    const run = cli('rank', inbox, '-o', path.join(dir, 'm.xlsx'), '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/accepted\s+~\$Phường Vân Cơ\.xlsx/);
    expect(run.out).toMatch(/accepted\s+Phường Tân Dân\.xlsx {2}/);
    expect(run.out).not.toMatch(/~\$a\.xlsx/);
    expect(run.out).toContain('3 file(s): 3 read, 0 rejected');
  });

  it('imports and logs every form of a workbook that holds several', () => {
    fs.writeFileSync(
      path.join(inbox, 'huyen.xlsx'),
      severalFormsBytes(xa, [
        { name: 'Phường Gia Cẩm', total: 75 },
        { name: 'Phường Thọ Sơn', total: 65 },
      ]),
    );
    const run = cli('rank', inbox, '-o', path.join(dir, 'm.xlsx'), '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/accepted\s+huyen\.xlsx\s+Phường Gia Cẩm/);
    expect(run.out).toMatch(/accepted\s+huyen\.xlsx\s+Phường Thọ Sơn/);
    expect(run.out).toContain('2 file(s): 3 read, 0 rejected');
  });

  it('never echoes control characters or escape sequences from a file to the terminal', () => {
    // ESC cannot be written in XML, but OOXML's "_x001B_" escape brings it back when read.
    const evil = 'ESC]0;hacked\x07Phường ESC[2JESC[31mĐỏESC[0m\u202e\x9b1m';
    const bytes = editPart(formOf(evil), 'xl/sharedStrings.xml', (xml) => xml.replace(/ESC/g, '_x001B_').replace('\x07', '_x0007_'));
    fs.writeFileSync(path.join(inbox, 'evil\x1b[1m.xlsx'), bytes);
    const run = cli('rank', inbox, '-o', path.join(dir, 'm.xlsx'), '--lang', 'en');
    // the title-setting sequence swallows what follows it up to the next ESC, as a terminal would
    // (the unit is not on the roster: its line goes on with why it is not ranked)
    expect(run.out).toMatch(/accepted\s+evil\.xlsx\s+Đỏ(\n|  — )/);
    expect(run.out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
    expect(terminalSafe('dòng 1\n\tdòng 2')).toBe('dòng 1\n\tdòng 2');
  });
});
