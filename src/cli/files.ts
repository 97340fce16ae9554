// Reading and writing the files a command names (the only file-system access of the core's users).
// A file is written to a temporary file beside it, flushed to disk and renamed into place: a
// failure at any point (a full disk, a killed process) leaves the old file byte for byte.

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { msg } from '../messages';
import { InputError } from './io';

/** Why the system refused: its error code (ENOENT, EACCES…), the same in every language. */
function reason(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** Reads a regular file; a named pipe, socket or device is refused, never opened (it could block). */
export function readBytes(file: string): Uint8Array {
  try {
    if (!fs.statSync(path.resolve(file)).isFile()) throw new InputError(msg('files.notRegular', { path: file }));
    return new Uint8Array(fs.readFileSync(path.resolve(file)));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(msg('cli.cannotRead', { file, reason: reason(e) }));
  }
}

export function readText(file: string): string {
  return new TextDecoder('utf-8').decode(readBytes(file)).replace(/^\uFEFF/, '');
}

/** A temporary name beside `target`: hidden, never taken for a spreadsheet ("*.tmp"). */
function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}

/** Writes `bytes` to `file` through a temporary file renamed into place. */
export function writeBytes(file: string, bytes: Uint8Array): void {
  const target = path.resolve(file);
  const temp = tempNameFor(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o666);
    writeAll(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw new InputError(msg('cli.cannotWrite', { file, reason: reason(e) }));
  }
}

/** The file's identity (device and inode) when it exists, so that two names of one file compare equal. */
function identityOf(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** True when the two names are the same file (same path after links, or the same inode). */
export function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    const resolved = path.resolve(p);
    try {
      return fs.realpathSync(resolved);
    } catch {
      try {
        return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
      } catch {
        return resolved;
      }
    }
  };
  if (real(a) === real(b)) return true;
  const ia = identityOf(a);
  return ia !== undefined && ia === identityOf(b);
}
