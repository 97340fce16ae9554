// Reading picked files off the pane's thread: the files' bytes go to the submission worker
// (transferred, not copied), progress comes back file by file, and cancel stops the worker.
// Where a worker cannot be started, the same reading runs in the pane, a file at a time with a
// pause between files, and the job says so.

import type { CriteriaSet } from '../../criteria/model';
import type { SubmissionOptions } from '../../consolidate/submission';
import type { SubmissionResult } from '../../consolidate/types';
import { parseSubmissions, type FileToParse, type ParseMessage } from '../workers/parse-submissions';

export interface ParseProgress {
  /** Files finished. */
  done: number;
  total: number;
  /** The file being read now. */
  current?: string;
}

export interface ParseJob {
  /** The results in the files' order; undefined when the job was cancelled. */
  results: Promise<SubmissionResult[] | undefined>;
  cancel: () => void;
  /** True when no worker could be started and the files are read in the pane. */
  inPane: boolean;
}

/** The picked files' bytes and modification times. */
export async function filesToParse(files: readonly File[]): Promise<FileToParse[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: await file.arrayBuffer(),
      ...(file.lastModified ? { modified: new Date(file.lastModified).toISOString() } : {}),
    })),
  );
}

/** Collects the messages of one batch into progress reports and the results. */
function collector(total: number, onProgress: (p: ParseProgress) => void) {
  const perFile: SubmissionResult[][] = new Array(total);
  let done = 0;
  return {
    /** Every file's results in the files' order (a workbook holding several forms gives several). */
    get results(): SubmissionResult[] {
      return perFile.flat();
    },
    take(message: ParseMessage): boolean {
      if (message.type === 'start') onProgress({ done, total, current: message.name });
      else if (message.type === 'result') {
        perFile[message.index] = message.results;
        onProgress({ done: ++done, total });
      }
      return message.type === 'done';
    },
  };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function inPaneJob(files: FileToParse[], options: SubmissionOptions, sets: readonly CriteriaSet[], onProgress: (p: ParseProgress) => void): ParseJob {
  let cancelled = false;
  const collect = collector(files.length, onProgress);
  const results = (async () => {
    let finished = false;
    await nextTask();
    await parseSubmissions({ files, options }, sets, (m) => (finished = collect.take(m) || finished), { cancelled: () => cancelled, pause: nextTask });
    return finished ? collect.results : undefined;
  })();
  return { results, cancel: () => void (cancelled = true), inPane: true };
}

function workerJob(worker: Worker, files: FileToParse[], options: SubmissionOptions, onProgress: (p: ParseProgress) => void): ParseJob {
  const collect = collector(files.length, onProgress);
  let settle: (value: SubmissionResult[] | undefined) => void = () => undefined;
  const results = new Promise<SubmissionResult[] | undefined>((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      if (!collect.take(event.data)) return;
      worker.terminate();
      resolve(collect.results);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'worker error'));
    };
  });
  worker.postMessage({ files, options }, files.map((f) => f.bytes));
  return {
    results,
    cancel: () => {
      worker.terminate();
      settle(undefined);
    },
    inPane: false,
  };
}

/**
 * Starts reading `files` with a worker from `startWorker`; when that throws, reads them in the
 * pane with `sets`. Progress is reported as each file starts and ends.
 */
export function startParseJob(
  files: FileToParse[],
  options: SubmissionOptions,
  sets: readonly CriteriaSet[],
  onProgress: (p: ParseProgress) => void,
  startWorker: () => Worker,
): ParseJob {
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return inPaneJob(files, options, sets, onProgress);
  }
  return workerJob(worker, files, options, onProgress);
}
