// A file named on the command line as a unit would have submitted it (rank reads it on its own
// thread or on a worker thread of the read pool: the same function in both).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SubmittedFile } from '../consolidate';
import { msg } from '../messages';
import { DEFAULT_READ_LIMITS } from '../xlsx';
import { fileSha256 } from './file-hash';
import { readBytes } from './files';
import { InputError } from './io';

function statOf(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (e) {
    throw new InputError(msg('cli.cannotRead', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
}

/** A file as submitted: its bytes, unless it is larger than any form may be (then only its size). */
export function submittedFile(file: string): SubmittedFile {
  const stat = statOf(file);
  const modified = stat.mtime.toISOString();
  if (stat.size > DEFAULT_READ_LIMITS.maxInputBytes) return { name: path.basename(file), bytes: new Uint8Array(0), modified, size: stat.size };
  const bytes = readBytes(file);
  return { name: path.basename(file), bytes, modified, sha256: fileSha256(bytes) };
}
