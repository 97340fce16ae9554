// The tab order a plan leaves, whichever way it is written. Writing sheet by sheet (the API
// path) keeps a replaced sheet at its tab and appends new sheets in plan order; the light write
// appends every inserted sheet, so its result is put in that same order with a few moves.

const key = (name: string) => name.toLowerCase();

/** The API path's order: existing sheets in place (renamed to the plan's spelling), new plan sheets appended. */
export function expectedOrder(existing: readonly string[], plan: readonly string[]): string[] {
  const planned = new Map(plan.map((name) => [key(name), name]));
  const there = new Set(existing.map(key));
  return [...existing.map((name) => planned.get(key(name)) ?? name), ...plan.filter((name) => !there.has(key(name)))];
}

/**
 * The light write's order before any move: sheets written through the API as in expectedOrder,
 * then the inserted ones appended in plan order (the sheets they replace removed).
 */
export function insertedOrder(existing: readonly string[], plan: readonly string[], inserted: ReadonlySet<string>): string[] {
  const replaced = new Set(plan.filter((name) => inserted.has(name)).map(key));
  const apiOrder = expectedOrder(existing, plan.filter((name) => !inserted.has(name)));
  return [...apiOrder.filter((name) => !replaced.has(key(name))), ...plan.filter((name) => inserted.has(name))];
}

/** Position changes (name, new index), applied in order, that turn `from` into `to` (same names). */
export function sheetMoves(from: readonly string[], to: readonly string[]): [string, number][] {
  const current = [...from];
  const out: [string, number][] = [];
  to.forEach((name, index) => {
    if (current[index] === name) return;
    current.splice(current.indexOf(name), 1);
    current.splice(index, 0, name);
    out.push([name, index]);
  });
  return out;
}
