// Reading picked files off the pane's thread, on a pool of submission workers (one per core):
// the files' bytes go to the workers (transferred, not copied), progress comes back file by
// file, and cancel stops the workers.
// Where a worker cannot be started, the same reading runs in the pane, a file at a time with a
// pause between files, and the job says so.

import type { CriteriaSet } from '../../criteria/model';
import type { SubmissionOptions } from '../../consolidate/submission';
import type { SubmissionResult } from '../../consolidate/types';
import { Dispatcher, poolSize } from '../../util/dispatch';
import { parseSubmissions, type FileToParse, type ParseMessage } from '../workers/parse-submissions';
import { LocalizedError, msg } from '../../messages';

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

/**
 * Reads the files on a pool of workers: each gets a file at a time (two outstanding, so it never
 * waits), its bytes transferred, not copied; results come back in the files' order (a workbook
 * holding several forms gives several, in its own order).
 */
function poolJob(workers: Worker[], files: FileToParse[], options: SubmissionOptions, onProgress: (p: ParseProgress) => void): ParseJob {
  const dispatcher = new Dispatcher<SubmissionResult[]>(files.length, workers.length);
  const stop = () => workers.forEach((w) => w.terminate());
  let settle: (value: SubmissionResult[] | undefined) => void = () => undefined;
  const send = (w: number) => {
    for (const first of dispatcher.fill(w)) workers[w].postMessage({ files: [files[first]], options, first }, [files[first].bytes]);
  };
  const results = new Promise<SubmissionResult[] | undefined>((resolve, reject) => {
    settle = resolve;
    workers.forEach((worker, w) => {
      worker.onmessage = (event: MessageEvent<ParseMessage>) => {
        const message = event.data;
        if (message.type === 'start') onProgress({ done: dispatcher.done, total: files.length, current: message.name });
        if (message.type !== 'result') return;
        dispatcher.finish(w, message.index, message.results);
        onProgress({ done: dispatcher.done, total: files.length });
        if (!dispatcher.complete) return send(w);
        stop();
        resolve(dispatcher.results().flat());
      };
      worker.onerror = (event) => {
        event.preventDefault();
        stop();
        reject(new LocalizedError(event.message ? msg('pane.consolidation.workerFailedWith', { detail: event.message }) : msg('pane.consolidation.workerFailed')));
      };
    });
  });
  workers.forEach((_, w) => send(w));
  return {
    results,
    cancel: () => {
      stop();
      settle(undefined);
    },
    inPane: false,
  };
}

/** Workers from `startWorker`, as many as `size`; fewer when starting one throws. */
function startWorkers(startWorker: () => Worker, size: number): Worker[] {
  const workers: Worker[] = [];
  try {
    while (workers.length < size) workers.push(startWorker());
  } catch {
    // Some started: the pool works with those. None: the caller reads in the pane.
  }
  return workers;
}

/**
 * Starts reading `files` on a pool of workers from `startWorker`, one per core (`cores`, default
 * the machine's); when no worker can be started, reads them in the pane with `sets`. Progress is
 * reported as each file starts and ends.
 */
export function startParseJob(
  files: FileToParse[],
  options: SubmissionOptions,
  sets: readonly CriteriaSet[],
  onProgress: (p: ParseProgress) => void,
  startWorker: () => Worker,
  cores: number = globalThis.navigator?.hardwareConcurrency ?? 2,
): ParseJob {
  const workers = startWorkers(startWorker, poolSize(files.length, cores));
  if (workers.length === 0) return inPaneJob(files, options, sets, onProgress);
  return poolJob(workers, files, options, onProgress);
}
