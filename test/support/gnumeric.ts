// Gnumeric as a formula engine for tests: `ssconvert --recalc` opens .xlsx files, recalculates
// every formula and saves them again. ssconvert converts one file per call (about a second
// each, most of it start-up), so many forms go through ONE call with --merge-to, which puts
// every file's sheets, in order, into one recalculated workbook; the forms' formulas only
// read their own sheet, so a sheet computes there as in its own file (gnumeric.test.ts checks
// that on a sample against one call per file). A missing ssconvert is an error that says what
// to install (CI installs gnumeric, see .ci/run).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MASTER_READ_LIMITS, readWorkbook, type SheetData } from '../../src/xlsx';
import type { NamedFile } from './resave';

const { findSsconvert } = require('../../scripts/tools') as { findSsconvert: () => string | null };

/** The ssconvert executable, or an error that says how to get it. */
export function requireSsconvert(): string {
  const ssconvert = findSsconvert();
  if (!ssconvert) throw new Error('Gnumeric (ssconvert) is not installed: the agreement suite needs it (apt-get install -y --no-install-recommends gnumeric, or set SSCONVERT_PATH).');
  return ssconvert;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${cmd} failed: ${error.message}\n${stderr.slice(0, 2000)}`));
      else resolve();
    });
  });
}

/** Runs `convert(dir)` over the files written into a fresh folder, then removes the folder. */
async function inFolder<T>(files: NamedFile[], convert: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-gnumeric-'));
  try {
    for (const f of files) {
      if (!/^[^/\\]+\.xlsx$/i.test(f.name)) throw new Error(`file names must be plain "*.xlsx" names: ${f.name}`);
      fs.writeFileSync(path.join(dir, f.name), f.bytes);
    }
    return await convert(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The first sheet of each file as Gnumeric recalculates it, one ssconvert call per file (as a user opens one form). */
export function recalcEachWithGnumeric(files: NamedFile[]): Promise<Map<string, SheetData>> {
  const ssconvert = requireSsconvert();
  return inFolder(files, async (dir) => {
    const out = new Map<string, SheetData>();
    for (const f of files) {
      const target = path.join(dir, `recalculated-${f.name}`);
      await run(ssconvert, ['--recalc', '--export-type=Gnumeric_Excel:xlsx2', path.join(dir, f.name), target], 120_000);
      out.set(f.name, readWorkbook(new Uint8Array(fs.readFileSync(target))).sheets[0]);
    }
    return out;
  });
}

/**
 * The one sheet of each single-sheet file as Gnumeric recalculates it, all files merged into one
 * workbook by ONE ssconvert call. The time limit ends a hung process; it measures nothing.
 */
export function recalcMergedWithGnumeric(files: NamedFile[], timeoutMs = 120_000 + 5_000 * files.length): Promise<Map<string, SheetData>> {
  const ssconvert = requireSsconvert();
  return inFolder(files, async (dir) => {
    const target = path.join(dir, 'merged-recalculated.xlsx');
    const started = Date.now();
    await run(ssconvert, ['--recalc', `--merge-to=${target}`, '--export-type=Gnumeric_Excel:xlsx2', ...files.map((f) => path.join(dir, f.name))], timeoutMs);
    console.log(`Gnumeric recalculated ${files.length} file(s) in one call in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const sheets = readWorkbook(new Uint8Array(fs.readFileSync(target)), MASTER_READ_LIMITS).sheets;
    if (sheets.length !== files.length) throw new Error(`Gnumeric merged ${files.length} single-sheet files into ${sheets.length} sheets`);
    return new Map(files.map((f, i) => [f.name, sheets[i]]));
  });
}
