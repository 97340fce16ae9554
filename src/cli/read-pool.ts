// Reading submitted files on a pool of worker threads, one per core: each thread reads and
// checks whole files (submission-worker.ts), the Dispatcher keeps every thread busy and the
// results in file order. The command line is synchronous, so the pool waits with Atomics.wait
// on a counter the threads bump and takes their replies with receiveMessageOnPort: no event
// loop turn is needed, and `rank` stays a plain function.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { SubmissionResult } from '../consolidate';
import { msg } from '../messages';
import { Dispatcher, poolSize } from '../util/dispatch';
import { InputError } from './io';
import type { PoolReply, ReadTask } from './read-task';

/** The worker script: the compiled submission-worker.js, or (development) a TypeScript file run after a preload that compiles it. */
export interface WorkerEntry {
  script: string;
  preload?: string;
}

/** A thread goes quiet this long only if it died: the pool then stops with an error. */
const STALL_MS = 120_000;
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
  private readonly threads: Thread[];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private batches = 0;

  constructor(entry: WorkerEntry, size = poolSize(Number.MAX_SAFE_INTEGER, os.availableParallelism())) {
    this.threads = Array.from({ length: size }, () => this.start(entry));
  }

  get size(): number {
    return this.threads.length;
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
    const dispatcher = new Dispatcher<SubmissionResult[]>(tasks.length, this.threads.length);
    const batch = ++this.batches;
    const send = (w: number) => {
      for (const i of dispatcher.fill(w)) this.threads[w].worker.postMessage({ ...tasks[i], index: i, batch });
    };
    this.threads.forEach((_, w) => send(w));
    let progressAt = Date.now();
    while (!dispatcher.complete) {
      // Woken by a thread's notify; the short timeout also covers a wake-up that came too early.
      Atomics.wait(this.signal, 0, Atomics.load(this.signal, 0), POLL_MS);
      const before = dispatcher.done;
      this.threads.forEach((thread, w) => {
        for (let m = receiveMessageOnPort(thread.port); m; m = receiveMessageOnPort(thread.port)) {
          const reply = m.message as PoolReply;
          if (reply.batch !== batch) continue; // a late reply of a batch that stopped early
          if ('error' in reply) throw new InputError(reply.error);
          if ('internal' in reply) throw new Error(reply.internal);
          dispatcher.finish(w, reply.index, reply.results);
        }
        send(w);
      });
      if (dispatcher.done > before) progressAt = Date.now();
      else if (Date.now() - progressAt > STALL_MS) throw new InputError(msg('cli.readPoolStalled', { seconds: STALL_MS / 1000 }));
    }
    return dispatcher.results();
  }

  close(): void {
    for (const t of this.threads) {
      t.port.close();
      void t.worker.terminate();
    }
  }
}
