// Spreading independent tasks over a pool of workers: each worker gets the next task as soon as
// it has room (at most `depth` outstanding, so it never waits for the next one, and never more
// than its share of the work still pending, so that near the end no worker sits on a queue
// while another has nothing), results are kept in task order whatever order they finish in.
// Pure bookkeeping: the pane's Web Workers and the command line's threads each bring their own
// transport.

export class Dispatcher<R> {
  private nextTask = 0;
  private finished = 0;
  /** Tasks handed out and not finished, over all workers. */
  private pending = 0;
  private readonly outstanding: number[];
  private readonly out: R[];

  constructor(
    readonly total: number,
    workers: number,
    private readonly depth = 2,
  ) {
    this.outstanding = new Array<number>(workers).fill(0);
    this.out = new Array<R>(total);
  }

  /** The next task for `worker`, or undefined when none is left or the worker has its share. */
  next(worker: number): number | undefined {
    if (this.nextTask >= this.total || this.outstanding[worker] >= this.room()) return undefined;
    this.outstanding[worker]++;
    this.pending++;
    return this.nextTask++;
  }

  /** How many tasks one worker may hold: `depth`, or its share of all the work not yet finished. */
  private room(): number {
    const unfinished = this.total - this.nextTask + this.pending;
    return Math.min(this.depth, Math.ceil(unfinished / this.outstanding.length));
  }

  /** Every task `worker` can take now. */
  fill(worker: number): number[] {
    const tasks: number[] = [];
    for (let task = this.next(worker); task !== undefined; task = this.next(worker)) tasks.push(task);
    return tasks;
  }

  /** Task `index` finished on `worker` with `result`. */
  finish(worker: number, index: number, result: R): void {
    this.outstanding[worker]--;
    this.pending--;
    this.out[index] = result;
    this.finished++;
  }

  get done(): number {
    return this.finished;
  }

  get complete(): boolean {
    return this.finished === this.total;
  }

  /** The results in task order (complete once `complete` is true). */
  results(): R[] {
    return this.out;
  }
}

/** How many workers to start for `tasks` on a machine with `cores` logical processors. */
export function poolSize(tasks: number, cores: number, max = 8): number {
  return Math.max(1, Math.min(tasks, Math.floor(cores) || 1, max));
}
