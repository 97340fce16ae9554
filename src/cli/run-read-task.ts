// Reading one task of the read pool, as a reply: the same function on a worker thread
// (submission-worker.ts) and on the thread that runs the pool (read-pool.ts), so a file gives
// the same results, or the same refusal, wherever it was read.

import { readSubmissions, type SubmittedFile } from '../consolidate';
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

/** Reads the task's file: its results, or why it cannot be read (`error`), or a bug (`internal`). */
export function runReadTask(task: PoolTask): PoolReply {
  const { batch, index } = task;
  try {
    return { batch, index, results: readSubmissions(fileOf(task), BUILTIN_SETS, { inflate: nativeInflate }) };
  } catch (e) {
    if (isLocalizedError(e)) return { batch, index, error: e.localized };
    return { batch, index, internal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}
