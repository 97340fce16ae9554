// Reading one task of the read pool, as a reply: the same function on a worker thread
// (submission-worker.ts) and on the thread that runs the pool (read-pool.ts), so a file gives
// the same results, or the same refusal, wherever it was read. `readSubmittedFile` is the
// command line's one way to read a submitted file, also when one thread reads them all.

import { readSubmissions, type SubmissionResult, type SubmittedFile } from '../consolidate';
import { isLocalizedError } from '../messages';
import { BUILTIN_SETS } from '../sets';
import { fileSha256 } from './file-hash';
import { nativeInflate } from './native-inflate';
import type { PoolReply, PoolTask } from './read-task';
import { submittedFile } from './submitted-file';

function fileOf(task: PoolTask): SubmittedFile {
  if ('bytes' in task) return { name: task.name, bytes: task.bytes, sha256: fileSha256(task.bytes), ...(task.modified === undefined ? {} : { modified: task.modified }) };
  return submittedFile(task.path);
}

/** Reads a submitted file against the built-in sets, unzipped with Node's zlib. */
export function readSubmittedFile(file: SubmittedFile): SubmissionResult[] {
  return readSubmissions(file, BUILTIN_SETS, { inflate: nativeInflate });
}

/** Reads the task's file: its results, or why it cannot be read (`error`), or a bug (`internal`). */
export function runReadTask(task: PoolTask): PoolReply {
  const { batch, index } = task;
  try {
    return { batch, index, results: readSubmittedFile(fileOf(task)) };
  } catch (e) {
    if (isLocalizedError(e)) return { batch, index, error: e.localized };
    return { batch, index, internal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}
