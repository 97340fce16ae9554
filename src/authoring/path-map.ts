// Where each part of the set came from: JSON-like paths ("sections[1].criteria[3].rule.den")
// to cells, kept while the sheets are read, so the validator's issues can name their cell.

import type { CellRef } from './issues';

const LAST_SEGMENT = /(\.[^.[\]]+|\[\d+\])$/;

export class PathMap {
  private readonly cells = new Map<string, CellRef>();

  constructor(private readonly fallback: CellRef) {}

  set(path: string, at: CellRef): void {
    this.cells.set(path, at);
  }

  has(path: string): boolean {
    return this.cells.has(path);
  }

  /** The cell of `path`, or of its nearest registered ancestor, or the fallback. */
  resolve(path: string): CellRef {
    for (let p = path; ; p = p.replace(LAST_SEGMENT, '')) {
      const found = this.cells.get(p);
      if (found) return found;
      if (p === '' || !LAST_SEGMENT.test(p)) return this.cells.get('') ?? this.fallback;
    }
  }
}
