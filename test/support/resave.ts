// Files re-saved by other programs, as consolidators receive them: a form or master opened and
// saved again by LibreOffice Calc, by Gnumeric (ssconvert) or by an office's openpyxl script.
// Each tool is required: the agreement suite runs only where they are installed (CI installs
// them, see .ci/run), and a missing one is an error that says what to install.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { recalcWithLibreOffice } from './libreoffice';

const { findSsconvert, findOpenpyxlPython } = require('../../scripts/tools') as {
  findSsconvert: () => string | null;
  findOpenpyxlPython: () => string | null;
};

export type Resaver = 'LibreOffice' | 'Gnumeric' | 'openpyxl';
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${cmd} failed: ${error.message}\n${stderr}`));
      else resolve();
    });
  });
}

function required(tool: string | null, what: string, install: string): string {
  if (!tool) throw new Error(`${what} is not installed: the agreement suite needs it (apt-get install -y --no-install-recommends ${install}).`);
  return tool;
}

/** Writes the files to a fresh folder, lets `convert(inDir, outDir)` re-save them, and reads the results by name. */
async function throughFolder(files: NamedFile[], convert: (inDir: string, outDir: string) => Promise<void>): Promise<Map<string, Uint8Array>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-resave-'));
  try {
    const inDir = path.join(dir, 'in');
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(inDir);
    fs.mkdirSync(outDir);
    for (const f of files) fs.writeFileSync(path.join(inDir, f.name), f.bytes);
    await convert(inDir, outDir);
    return new Map(files.map((f) => [f.name, new Uint8Array(fs.readFileSync(path.join(outDir, f.name)))]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Gnumeric: `ssconvert in.xlsx out.xlsx` (Office Open XML writer), one file at a time. */
function resaveWithGnumeric(files: NamedFile[]): Promise<Map<string, Uint8Array>> {
  const ssconvert = required(findSsconvert(), 'Gnumeric (ssconvert)', 'gnumeric');
  return throughFolder(files, async (inDir, outDir) => {
    for (const f of files) {
      await run(ssconvert, ['--export-type=Gnumeric_Excel:xlsx2', path.join(inDir, f.name), path.join(outDir, f.name)], 300_000);
    }
  });
}

const OPENPYXL_RESAVE = `
import os, sys, openpyxl
src, dst = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    openpyxl.load_workbook(os.path.join(src, name)).save(os.path.join(dst, name))
`;

/** openpyxl: load_workbook + save, as an office's script does (formulas kept, cached values dropped). */
function resaveWithOpenpyxl(files: NamedFile[]): Promise<Map<string, Uint8Array>> {
  const python = required(findOpenpyxlPython(), 'python3 with openpyxl', 'python3-openpyxl');
  return throughFolder(files, (inDir, outDir) => run(python, ['-c', OPENPYXL_RESAVE, inDir, outDir], 300_000));
}

/** The files as the given program saves them again. */
export function resaveWith(program: Resaver, files: NamedFile[]): Promise<Map<string, Uint8Array>> {
  if (program === 'LibreOffice') return recalcWithLibreOffice(files, { timeoutMs: 600_000 });
  return program === 'Gnumeric' ? resaveWithGnumeric(files) : resaveWithOpenpyxl(files);
}
