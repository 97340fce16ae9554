// The printed form, as a user gets it: .xlsx -> PDF with LibreOffice headless (one soffice call
// for many files), then read with poppler (Debian poppler-utils): the words and their boxes
// (pdftotext -bbox) and the pages as pixels (pdftoppm). Checks built on them: text a reader sees,
// words cut by a row's border (clipped rows), coloured pixels (shading), page numbers.

import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireSoffice } from './libreoffice';

const { which } = require('../../scripts/tools') as { which: (cmd: string) => string | null };

function requirePoppler(tool: 'pdftotext' | 'pdftoppm'): string {
  const found = which(tool);
  if (!found) throw new Error(`${tool} is not installed: the printed-form test needs poppler (apt-get install -y poppler-utils).`);
  return found;
}

function run(cmd: string, args: string[], timeout: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, HOME: process.env.HOME ?? os.tmpdir() } }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${path.basename(cmd)} failed (${err.message}):\n${stderr.toString()}`));
      else resolve(stdout);
    });
  });
}

/** PDFs of the given .xlsx files (names must be unique "*.xlsx"), by name, exported by LibreOffice. */
export async function exportPdfs(files: { name: string; bytes: Uint8Array }[], dir: string): Promise<Map<string, string>> {
  const soffice = requireSoffice();
  const inDir = path.join(dir, 'in');
  const profile = path.join(dir, 'profile');
  fs.mkdirSync(inDir, { recursive: true });
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(inDir, f.name), f.bytes);
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', dir];
  await run(soffice, [...args, ...files.map((f) => path.join(inDir, f.name))], 180_000 + 5_000 * files.length);
  const out = new Map<string, string>();
  for (const f of files) {
    const pdf = path.join(dir, f.name.replace(/\.xlsx$/i, '.pdf'));
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not export ${f.name} to PDF`);
    out.set(f.name, pdf);
  }
  return out;
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

const entity = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] as string);

/** Every page's words with their boxes (points, origin top left). */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const html = (await run(requirePoppler('pdftotext'), ['-bbox', pdf, '-'], 60_000)).toString('utf8');
  const pages: PdfPage[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: entity(m[5]),
    }));
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]), words });
  }
  return pages;
}

/** The text of a page as a reader sees it, without spaces (pdftotext splits Vietnamese syllables at some accents). */
export function compactText(page: PdfPage): string {
  return page.words.map((w) => w.text).join('').normalize('NFC');
}

export interface Raster {
  width: number;
  height: number;
  channels: 1 | 3;
  data: Buffer;
}

/** One page as pixels ("gray" or "rgb") at `dpi`. */
export async function rasterPage(pdf: string, page: number, dpi: number, mode: 'gray' | 'rgb'): Promise<Raster> {
  const args = ['-r', String(dpi), '-f', String(page), '-l', String(page), ...(mode === 'gray' ? ['-gray'] : []), pdf];
  const bytes = await run(requirePoppler('pdftoppm'), args, 60_000);
  // PNM: "P5|P6\n<width> <height>\n<max>\n" then the pixels.
  const header = /^(P[56])\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PNM image');
  return { width: Number(header[2]), height: Number(header[3]), channels: header[1] === 'P5' ? 1 : 3, data: bytes.subarray(header[0].length) };
}

/** Rows (points from the top) of horizontal rules at least `minPoints` long: the table's row borders. */
export function horizontalRules(gray: Raster, dpi: number, minPoints: number): { y: number; x0: number; x1: number }[] {
  const scale = 72 / dpi;
  const minRun = minPoints / scale;
  const rules: { y: number; x0: number; x1: number }[] = [];
  for (let y = 0; y < gray.height; y++) {
    let start = -1;
    for (let x = 0; x <= gray.width; x++) {
      const dark = x < gray.width && gray.data[y * gray.width + x] < 110;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if (x - start >= minRun) rules.push({ y: y * scale, x0: start * scale, x1: x * scale });
        start = -1;
      }
    }
  }
  return rules;
}

/** Words that a row border runs through (their row is too short: the text is cut off). */
export function wordsCutByRules(words: readonly PdfWord[], rules: readonly { y: number; x0: number; x1: number }[]): PdfWord[] {
  return words.filter((w) => {
    const h = w.yMax - w.yMin;
    const top = w.yMin + 0.25 * h;
    const bottom = w.yMax - 0.2 * h;
    return rules.some((r) => r.y > top && r.y < bottom && r.x0 < w.xMax && r.x1 > w.xMin);
  });
}

/** Pixels whose colour is not a shade of grey (black text and grey rules have none). */
export function colouredPixels(rgb: Raster, tolerance = 24): number {
  let count = 0;
  for (let i = 0; i + 2 < rgb.data.length; i += 3) {
    const r = rgb.data[i];
    const g = rgb.data[i + 1];
    const b = rgb.data[i + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) > tolerance) count++;
  }
  return count;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
