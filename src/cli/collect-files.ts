// The submissions under the files and folders a consolidator names: every spreadsheet, in name
// order, and what was left out with its reason. Never blocks and never wanders: named pipes,
// sockets and devices are not opened, links leading out of the chosen folder (or back into a
// folder already read) are not followed, an unreadable subfolder is reported and the scan goes
// on. Only a real Office owner file ("~$…", tiny, not a zip) is passed over without a word; a
// real form whose name begins with "~$" or ends with spaces is read like any other.

import * as nodeFs from 'node:fs';
import type * as fs from 'node:fs';
import * as path from 'node:path';
import { msg, type Message } from '../messages';
import { InputError } from './io';

/**
 * Spreadsheets a unit may have sent: .xlsx is read; the others are listed so that each gets
 * its reason (macro-enabled, old .xls, CSV…) instead of being passed over in silence.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xlsb|xls|xltx|xltm|csv|ods)$/i;
/** Office's owner file is 162–165 bytes; anything larger named "~$…" is not one. */
const OWNER_FILE_MAX_BYTES = 4096;

/** The file-system calls the scan makes (tests give one that fails where a real disk would). */
export type ScanFs = Pick<typeof fs, 'statSync' | 'lstatSync' | 'realpathSync' | 'readdirSync' | 'openSync' | 'readSync' | 'closeSync'>;

export interface Collected {
  files: string[];
  skipped: Message[];
}

/** An Office owner ("lock") file: "~$" + name, tiny, and not a zip. */
function isOwnerFile(fs: ScanFs, file: string, stat: fs.Stats): boolean {
  if (!path.basename(file).startsWith('~$') || stat.size > OWNER_FILE_MAX_BYTES) return false;
  try {
    const head = Buffer.alloc(2);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, 2, 0);
    } finally {
      fs.closeSync(fd);
    }
    return !(head[0] === 0x50 && head[1] === 0x4b); // "PK": a zip, so a real workbook
  } catch {
    return false;
  }
}

function specialKind(stat: fs.Stats): Message | undefined {
  if (stat.isFIFO()) return msg('files.kind.fifo');
  if (stat.isSocket()) return msg('files.kind.socket');
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return msg('files.kind.device');
  return undefined;
}

function inside(root: string, real: string): boolean {
  const rel = path.relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** One walk from a folder the user chose: its real path bounds where links may lead. */
class Walk {
  private readonly seen = new Set<string>();

  constructor(
    private readonly fs: ScanFs,
    private readonly root: string,
    private readonly out: Collected,
  ) {}

  folder(dir: string): void {
    const fs = this.fs;
    const real = fs.realpathSync(dir);
    if (this.seen.has(real)) {
      this.out.skipped.push(msg('files.loop', { path: dir }));
      return;
    }
    this.seen.add(real);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch (e) {
      this.out.skipped.push(msg('files.unreadableFolder', { path: dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
      return;
    }
    for (const name of names.sort()) this.entry(path.join(dir, name));
  }

  private entry(p: string): void {
    const fs = this.fs;
    let stat = fs.lstatSync(p);
    if (stat.isSymbolicLink()) {
      let real: string;
      try {
        real = fs.realpathSync(p);
      } catch {
        return; // a dangling link: nothing to read
      }
      if (!inside(this.root, real)) {
        if (SPREADSHEET.test(p.trimEnd()) || fs.statSync(real, { throwIfNoEntry: false })?.isDirectory()) this.out.skipped.push(msg('files.linkOutside', { path: p }));
        return;
      }
      stat = fs.statSync(real);
    }
    if (stat.isDirectory()) return this.folder(p);
    if (!SPREADSHEET.test(path.basename(p).trimEnd())) return;
    const kind = specialKind(stat);
    if (kind) this.out.skipped.push(msg('files.special', { path: p, kind }));
    else if (!isOwnerFile(fs, p, stat)) this.out.files.push(p);
  }
}

/** Every spreadsheet under the given files and folders, recursively, in name order. */
export function collectFiles(targets: readonly string[], fs: ScanFs = nodeFs): Collected {
  const out: Collected = { files: [], skipped: [] };
  for (const t of targets) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(t);
    } catch {
      throw new InputError(msg('cli.rank.noSuchPath', { path: t }));
    }
    const kind = specialKind(stat);
    if (stat.isDirectory()) new Walk(fs, fs.realpathSync(t), out).folder(t);
    else if (kind) out.skipped.push(msg('files.special', { path: t, kind }));
    else out.files.push(t);
  }
  return out;
}
