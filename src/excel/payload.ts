// Keeping each request to Excel under its size cap (5 MB on the web, RequestPayloadSizeLimitExceeded).
//
// Rule: on the web writes are queued against a 4 MB budget; a sync is spent early only when the
// next operation would push the queued payload past it. So a plan whose payload is under 4 MB is
// written in the adapter's usual ≤ 3 syncs, and a larger one costs one extra sync per ~4 MB.
// Desktop Excel has no request cap (the 5 MB limit is web-only): there the budget is unbounded
// and a plan is written in one batch whatever its size.

export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rough cost of one queued operation besides its data (object path, action, ids). */
export const OPERATION_OVERHEAD_BYTES = 200;

/**
 * Upper estimate of a value's size in the JSON request: its JSON text with every non-ASCII
 * character counted as a 6-byte \uXXXX escape.
 */
export function estimateBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

export interface RowBlock {
  start: number;
  /** Exclusive. */
  end: number;
  bytes: number;
}

/** Consecutive row blocks of a 2-D array, each estimated under `budget` (a larger single row stands alone). */
export function rowBlocks(rows: readonly unknown[][], budget = REQUEST_BUDGET_BYTES): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 2;
  rows.forEach((row, i) => {
    const rowBytes = estimateBytes(row) + 1;
    if (i > start && bytes + rowBytes > budget) {
      blocks.push({ start, end: i, bytes });
      start = i;
      bytes = 2;
    }
    bytes += rowBytes;
  });
  if (rows.length > start) blocks.push({ start, end: rows.length, bytes });
  return blocks;
}

/**
 * Cells read per request on the web: values, formulas and value types of 100,000 form cells
 * (mostly short text and numbers) stay well under the 5 MB response cap.
 */
export const READ_CELLS_PER_REQUEST = 100_000;

/** Indexes of `sizes` in order, grouped so that each group's total stays within `budget` (a larger item stands alone). */
export function batchesBySize(sizes: readonly number[], budget: number): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let total = 0;
  sizes.forEach((size, i) => {
    if (current.length > 0 && total + size > budget) {
      batches.push(current);
      current = [];
      total = 0;
    }
    current.push(i);
    total += size;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Tracks the queued payload of a request context and syncs early when the budget would be exceeded. */
export class RequestBudget {
  private used = 0;

  constructor(
    private readonly flush: () => Promise<void>,
    private readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queuing an operation of about `bytes`. */
  async spend(bytes: number): Promise<void> {
    const cost = bytes + OPERATION_OVERHEAD_BYTES;
    if (this.used > 0 && this.used + cost > this.budget) {
      await this.flush();
      this.used = 0;
    }
    this.used += cost;
  }

  /** The context was synced by its owner: the queue is empty again. */
  reset(): void {
    this.used = 0;
  }
}
