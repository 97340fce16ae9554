// Reading submitted files on a pool of threads, one per core: the thread that calls `read` is
// one of them, the others are worker threads (submission-worker.ts); each reads and checks
// whole files (run-read-task.ts), the Dispatcher keeps every thread busy and the results in
// file order. The caller reads too because a thread that only waited would leave a core to
// the system: on 2 cores, 2 workers and a waiting caller read 300 forms in 277–403 ms, one
// worker and the caller in 242, interleaved with a floor of 235 (docs/performance.md). The command line is synchronous,
// so between its own files the caller takes the workers' replies with receiveMessageOnPort,
// and when it has none left it waits with Atomics.wait on a counter the workers bump: no
// event loop turn is needed, and `rank` stays a plain function.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { SubmissionResult } from '../consolidate';
import { msg } from '../messages';
import { Dispatcher, poolSize } from '../util/dispatch';
import { InputError } from './io';
import type { PoolReply, PoolTask, ReadTask } from './read-task';
import { runReadTask } from './run-read-task';

/** The worker script: the compiled submission-worker.js, or (development) a TypeScript file run after a preload that compiles it. */
export interface WorkerEntry {
  script: string;
  preload?: string;
}

/** A thread goes quiet this long only if it died: the pool then stops with an error. */
const STALL_MS = 120_000;
/**
 * Files a worker may hold ahead (about 10 ms of reading; the Dispatcher also keeps it to its share
 * of what is left). The caller refills the workers only between its own files, so at 2 a
 * collection on the caller's thread left the worker idle 24–74 ms per 300 files; at 8, 4–5 ms.
 */
const WORKER_DEPTH = 8;
/** How often the waiting thread looks at the ports even without a wake-up. */
const POLL_MS = 20;

/** The compiled worker beside this module (build/cli), or undefined when running from sources. */
export function defaultWorkerEntry(): WorkerEntry | undefined {
  const script = path.join(__dirname, 'submission-worker.js');
  return fs.existsSync(script) ? { script } : undefined;
}

interface Thread {
  worker: Worker;
  port: MessagePort;
}

export class ReadPool {
  /** The worker threads: one fewer than the pool's size, the caller being the last reader. */
  private readonly threads: Thread[];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private batches = 0;

  /** A pool of `size` readers: `size` − 1 worker threads and the thread that calls `read`. */
  constructor(entry: WorkerEntry, size = poolSize(Number.MAX_SAFE_INTEGER, os.availableParallelism())) {
    this.threads = Array.from({ length: Math.max(0, size - 1) }, () => this.start(entry));
  }

  get size(): number {
    return this.threads.length + 1;
  }

  private start(entry: WorkerEntry): Thread {
    const { port1, port2 } = new MessageChannel();
    const workerData = { port: port2, signal: this.signal };
    const worker = entry.preload
      ? new Worker(`require(${JSON.stringify(entry.preload)}); require(${JSON.stringify(entry.script)});`, { eval: true, workerData, transferList: [port2] })
      : new Worker(entry.script, { workerData, transferList: [port2] });
    worker.unref();
    return { worker, port: port1 };
  }

  /**
   * Reads every task's file: for each, in task order, its results (one per form it holds, or its
   * rejection). Throws InputError for a file that cannot be read.
   */
  read(tasks: readonly ReadTask[]): SubmissionResult[][] {
    const caller = this.threads.length;
    const dispatcher = new Dispatcher<SubmissionResult[]>(tasks.length, caller + 1, WORKER_DEPTH);
    const batch = ++this.batches;
    const task = (i: number): PoolTask => ({ ...tasks[i], index: i, batch });
    let progressAt = Date.now();
    while (!dispatcher.complete) {
      const before = dispatcher.done;
      const seen = Atomics.load(this.signal, 0);
      this.exchange(dispatcher, batch, task);
      const mine = dispatcher.next(caller);
      if (mine !== undefined) settle(dispatcher, caller, batch, runReadTask(task(mine)));
      // Woken by a worker's notify, at once if one came since `seen`; the timeout is a safety net.
      else if (!dispatcher.complete) Atomics.wait(this.signal, 0, seen, POLL_MS);
      if (dispatcher.done > before) progressAt = Date.now();
      else if (Date.now() - progressAt > STALL_MS) throw new InputError(msg('cli.readPoolStalled', { seconds: STALL_MS / 1000 }));
    }
    return dispatcher.results();
  }

  /** Takes every reply the workers have posted and gives each worker the tasks it has room for. */
  private exchange(dispatcher: Dispatcher<SubmissionResult[]>, batch: number, task: (i: number) => PoolTask): void {
    this.threads.forEach((thread, w) => {
      for (let m = receiveMessageOnPort(thread.port); m; m = receiveMessageOnPort(thread.port)) settle(dispatcher, w, batch, m.message as PoolReply);
      for (const i of dispatcher.fill(w)) thread.worker.postMessage(task(i));
    });
  }

  close(): void {
    for (const t of this.threads) {
      t.port.close();
      void t.worker.terminate();
    }
  }
}

/** Records reader `w`'s reply; a file that cannot be read stops the whole batch. */
function settle(dispatcher: Dispatcher<SubmissionResult[]>, w: number, batch: number, reply: PoolReply): void {
  if (reply.batch !== batch) return; // a late reply of a batch that stopped early
  if ('error' in reply) throw new InputError(reply.error);
  if ('internal' in reply) throw new Error(reply.internal);
  dispatcher.finish(w, reply.index, reply.results);
}
