// The order in which formula cells must be calculated (every cell after the cells it
// reads), and the cells caught in circular references. The graph may hold other nodes
// too (the workbook puts each distinct range in once, so a range read by many formulas
// is walked once). Iterative depth-first search: long chains do not exhaust the stack.

export interface CalcOrder<T> {
  /** Every node reachable from the roots, each after its precedents. */
  order: T[];
  /** Nodes on a cycle. */
  circular: Set<T>;
}

const VISITING = 1;
const DONE = 2;

export function calculationOrder<T>(roots: Iterable<T>, precedents: (node: T) => readonly T[]): CalcOrder<T> {
  const state = new Map<T, number>();
  const order: T[] = [];
  const circular = new Set<T>();
  const stack: { node: T; next: readonly T[]; index: number }[] = [];
  const depth = new Map<T, number>();

  const visit = (node: T): void => {
    state.set(node, VISITING);
    depth.set(node, stack.length);
    stack.push({ node, next: precedents(node), index: 0 });
  };

  for (const root of roots) {
    if (state.has(root)) continue;
    visit(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.index === frame.next.length) {
        state.set(frame.node, DONE);
        order.push(frame.node);
        depth.delete(frame.node);
        stack.pop();
        continue;
      }
      const other = frame.next[frame.index];
      frame.index += 1;
      const seen = state.get(other);
      if (seen === VISITING) {
        for (let i = depth.get(other) as number; i < stack.length; i += 1) circular.add(stack[i].node);
      } else if (seen !== DONE) {
        visit(other);
      }
    }
  }
  return { order, circular };
}
