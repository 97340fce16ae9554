// One worker thread of the command line's read pool (read-pool.ts): for each task it reads the
// file from disk once (or takes the bytes it was sent) and checks it as readSubmissions does,
// then posts the results on its own port to the pool and wakes the pool's thread.

import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { readSubmissions, type SubmittedFile } from '../consolidate';
import { isLocalizedError } from '../messages';
import { BUILTIN_SETS } from '../sets';
import type { PoolReply, PoolTask } from './read-task';
import { fileSha256 } from './file-hash';
import { submittedFile } from './submitted-file';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

function reply(message: PoolReply): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function fileOf(task: PoolTask): SubmittedFile {
  if ('bytes' in task) return { name: task.name, bytes: task.bytes, sha256: fileSha256(task.bytes), ...(task.modified === undefined ? {} : { modified: task.modified }) };
  return submittedFile(task.path);
}

function read(task: PoolTask): PoolReply {
  const { batch, index } = task;
  try {
    return { batch, index, results: readSubmissions(fileOf(task), BUILTIN_SETS) };
  } catch (e) {
    if (isLocalizedError(e)) return { batch, index, error: e.localized };
    return { batch, index, internal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

parentPort?.on('message', (task: PoolTask) => reply(read(task)));
