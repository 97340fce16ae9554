// The order in which formula cells must be calculated (every cell after the cells it
// reads), and the cells caught in circular references. Iterative depth-first search, so
// long chains do not exhaust the stack; a range read by many formulas is walked once.

/** A rectangle of cells a formula reads, named by a key unique to the rectangle. */
export interface ReadRange<T> {
  readonly key: string;
  /** The formula cells inside the rectangle. */
  cells(): Iterable<T>;
}

export interface CalcOrder<T> {
  order: T[];
  circular: Set<T>;
}

const VISITING = 1;
const DONE = 2;

export function calculationOrder<T>(formulas: Iterable<T>, rangesRead: (cell: T) => Iterable<ReadRange<T>>): CalcOrder<T> {
  const state = new Map<T, number>();
  const settledRanges = new Set<string>();
  const order: T[] = [];
  const circular = new Set<T>();

  function* precedents(cell: T): Generator<T, void, undefined> {
    for (const range of rangesRead(cell)) {
      if (settledRanges.has(range.key)) continue;
      let settled = true;
      for (const other of range.cells()) {
        yield other;
        if (state.get(other) !== DONE) settled = false;
      }
      if (settled) settledRanges.add(range.key);
    }
  }

  for (const root of formulas) {
    if (state.has(root)) continue;
    const stack: { cell: T; next: Generator<T, void, undefined> }[] = [{ cell: root, next: precedents(root) }];
    const depth = new Map<T, number>([[root, 0]]);
    state.set(root, VISITING);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const step = frame.next.next();
      if (step.done) {
        state.set(frame.cell, DONE);
        order.push(frame.cell);
        depth.delete(frame.cell);
        stack.pop();
        continue;
      }
      const other = step.value;
      const seen = state.get(other);
      if (seen === DONE) continue;
      if (seen === VISITING) {
        for (let i = depth.get(other) as number; i < stack.length; i += 1) circular.add(stack[i].cell);
        continue;
      }
      state.set(other, VISITING);
      depth.set(other, stack.length);
      stack.push({ cell: other, next: precedents(other) });
    }
  }
  return { order, circular };
}
