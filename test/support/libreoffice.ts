// LibreOffice headless as a formula engine for tests: converts many .xlsx files in ONE
// soffice call, with a fresh profile that always recalculates on load (OOXMLRecalcMode=0,
// see docs toolchain §5), and returns the recalculated files by name.
import { execFile } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const { findSoffice } = require('../../scripts/tools') as { findSoffice: () => string | null };

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface RecalcOptions {
  /** Give up after this long (default: recalcTimeLimitMs of the files). */
  timeoutMs?: number;
}

/**
 * How long one soffice call may take for files holding `sheets` sheets in all, on a loaded
 * machine: LibreOffice's time grows with the sheets it opens (a 306-sheet master takes 100-150 s
 * alone on 2 cores; the 306- and 36-sheet masters of agreement/master.test.ts took 681 s in one
 * call at a load average of 17 on 2 cores). The limit is there to end a hung process, not to
 * measure: 3 minutes plus 4 s per sheet (1,548 s for those 342 sheets, 2.3 times that worst case).
 */
export function recalcTimeLimitMs(sheets: number): number {
  return 180_000 + 4_000 * sheets;
}

/** Sheets of an .xlsx file (its workbook part's <sheet> elements); 1 when it cannot be read. */
export function sheetCount(bytes: Uint8Array): number {
  try {
    const workbook = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' })['xl/workbook.xml'];
    return Math.max(1, (strFromU8(workbook).match(/<sheet\b/g) ?? []).length);
  } catch {
    return 1;
  }
}

/** The soffice executable, or an error that says how to get it. */
export function requireSoffice(): string {
  const soffice = findSoffice();
  if (!soffice) {
    throw new Error(
      'LibreOffice (soffice) is not installed: the agreement suite needs it. ' +
        'Install it (apt-get install -y --no-install-recommends libreoffice-calc) or set SOFFICE_PATH.',
    );
  }
  return soffice;
}

/**
 * Opens every file in LibreOffice Calc, recalculates all formulas and saves it again as
 * .xlsx. Names must be unique and end in ".xlsx"; the result maps each name to its bytes.
 */
export async function recalcWithLibreOffice(
  files: { name: string; bytes: Uint8Array }[],
  options: RecalcOptions = {},
): Promise<Map<string, Uint8Array>> {
  const soffice = requireSoffice();
  const names = new Set<string>();
  for (const f of files) {
    if (!/^[^/\\]+\.xlsx$/i.test(f.name) || names.has(f.name)) throw new Error(`file names must be unique plain "*.xlsx" names: ${f.name}`);
    names.add(f.name);
  }
  const result = new Map<string, Uint8Array>();
  if (files.length === 0) return result;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-lo-'));
  const inDir = path.join(dir, 'in');
  const outDir = path.join(dir, 'out');
  const profile = path.join(dir, 'profile');
  try {
    fs.mkdirSync(inDir);
    fs.mkdirSync(outDir);
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    for (const f of files) fs.writeFileSync(path.join(inDir, f.name), f.bytes);

    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      ...files.map((f) => path.join(inDir, f.name)),
    ];
    const timeout = options.timeoutMs ?? recalcTimeLimitMs(files.reduce((n, f) => n + sheetCount(f.bytes), 0));
    const started = Date.now();
    const { stderr } = await run(soffice, args, timeout);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`LibreOffice recalculated ${files.length} file(s) in ${seconds} s`);

    const missing: string[] = [];
    for (const f of files) {
      const out = path.join(outDir, f.name);
      if (fs.existsSync(out)) result.set(f.name, new Uint8Array(fs.readFileSync(out)));
      else missing.push(f.name);
    }
    if (missing.length > 0) {
      throw new Error(`LibreOffice did not convert ${missing.length} file(s): ${missing.slice(0, 10).join(', ')}\n${stderr}`);
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], timeout: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, HOME: process.env.HOME ?? os.tmpdir() } }, (err, stdout, stderr) => {
      if (err) reject(new Error(`soffice failed (${err.message}):\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}
