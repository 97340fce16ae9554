// Reading the files rank was given: on a pool of threads (read-pool.ts: worker threads and this
// one) when there are enough of them to pay for starting the threads and the compiled worker is
// there, else one by one on this thread. Either way the same results in the same order.

import * as os from 'node:os';
import type { SubmissionResult } from '../consolidate';
import { poolSize } from '../util/dispatch';
import { defaultWorkerEntry, ReadPool } from './read-pool';
import { readSubmittedFile } from './run-read-task';
import { submittedFile } from './submitted-file';

/**
 * Below this many files one thread reads them all: starting the worker threads (each loads the
 * sets and the reader) costs about what a thread saves on some dozens of forms.
 */
const POOL_MIN_FILES = 48;

/** For each file, in order, its results (one per form it holds, or its rejection). */
export function readFiles(files: readonly string[]): SubmissionResult[][] {
  const entry = defaultWorkerEntry();
  const size = poolSize(files.length, os.availableParallelism());
  if (!entry || size < 2 || files.length < POOL_MIN_FILES) return files.map((file) => readSubmittedFile(submittedFile(file)));
  const pool = new ReadPool(entry, size);
  try {
    return pool.read(files.map((file, index) => ({ index, path: file })));
  } finally {
    pool.close();
  }
}
