// Reading and writing the files a command names (the only file-system access of the core's users).

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

export function writeBytes(file: string, bytes: Uint8Array): void {
  try {
    fs.writeFileSync(path.resolve(file), bytes);
  } catch (e) {
    throw new InputError(msg('cli.cannotWrite', { file, reason: reason(e) }));
  }
}
