// The task pane starts with every Vietnamese text but the command line's (load-texts.ts): a
// `cli.*` code used anywhere outside src/cli would show its bare code in the pane. These tests
// hold that no code outside the command line names a `cli.*` message, and that the pane's texts
// plus the command line's are the whole catalogue. The pane's own labels are `pane.*` codes
// (texts/*/pane-*.ts): there from the start, and named only by src/taskpane.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { vi } from '../../../src/messages/texts/vi';
import { cli } from '../../../src/messages/texts/vi/cli';
import { viWithoutCli } from '../../../src/messages/texts/vi/without-cli';
import { INITIAL_TEXTS, loadTexts } from '../../../src/messages/load-texts';

const SRC = path.resolve(__dirname, '../../../src');
const CLI_CODE = /['"`]cli\.[A-Za-z]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const at = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(at);
    return /\.tsx?$/.test(e.name) ? [at] : [];
  });
}

/** Files outside the command line (and the catalogue's own texts) that name a `cli.*` code. */
function namingCliCodes(files: readonly string[], read: (file: string) => string): string[] {
  const outside = files.filter((f) => !f.startsWith(path.join(SRC, 'cli') + path.sep) && !f.includes(`${path.sep}messages${path.sep}texts${path.sep}`));
  return outside.filter((f) => CLI_CODE.test(read(f))).map((f) => path.relative(SRC, f));
}

describe('the task pane’s Vietnamese texts', () => {
  it('are used by no code outside the command line that names a cli.* message', () => {
    expect(namingCliCodes(sourceFiles(SRC), (f) => fs.readFileSync(f, 'utf8'))).toEqual([]);
  });

  it('would catch a cli.* code named in the pane (planted)', () => {
    const planted = path.join(SRC, 'taskpane', 'Planted.tsx');
    expect(namingCliCodes([planted], () => "render(msg('cli.rank.summary'))")).toEqual(['taskpane/Planted.tsx']);
  });

  it('hold the pane’s own texts (pane.*), named by the task pane only', () => {
    const paneCodes = Object.keys(vi).filter((code) => code.startsWith('pane.'));
    expect(paneCodes.length).toBeGreaterThan(150);
    expect(paneCodes.filter((code) => !(code in viWithoutCli))).toEqual([]);
    const outsidePane = sourceFiles(SRC).filter((f) => !f.startsWith(path.join(SRC, 'taskpane') + path.sep) && !f.includes(`${path.sep}messages${path.sep}texts${path.sep}`));
    expect(outsidePane.filter((f) => /['"`]pane\.[a-z]/.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('are all there once the pane has started: the first-paint areas up front, the rest fetched', async () => {
    const paneCodes = Object.keys(vi).filter((code) => code.startsWith('pane.'));
    expect(paneCodes.filter((code) => !(code in INITIAL_TEXTS))).toEqual([]);
    expect('setcheck.unknownField' in INITIAL_TEXTS).toBe(false);
    expect(new Set(Object.keys(await loadTexts('vi')))).toEqual(new Set(Object.keys(viWithoutCli)));
  });

  it('with the command line’s area make the whole catalogue', () => {
    expect(Object.keys(viWithoutCli).some((code) => code.startsWith('cli.'))).toBe(false);
    expect(new Set([...Object.keys(viWithoutCli), ...Object.keys(cli)])).toEqual(new Set(Object.keys(vi)));
  });
});
