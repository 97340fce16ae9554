// One worker thread of the command line's read pool (read-pool.ts): for each task it reads the
// file from disk once (or takes the bytes it was sent) and checks it as readSubmissions does
// (run-read-task.ts), then posts the reply on its own port to the pool and wakes the pool's thread.

import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { PoolReply, PoolTask } from './read-task';
import { runReadTask } from './run-read-task';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

function reply(message: PoolReply): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

parentPort?.on('message', (task: PoolTask) => reply(runReadTask(task)));
