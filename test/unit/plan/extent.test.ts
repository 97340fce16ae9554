import { extentOf } from '../../../src/plan/extent';

describe('extentOf: the box from A1 that a sheet plan fills', () => {
  it.each([
    ['no cells', [], { rows: 0, cols: 0 }],
    ['A1 only', [{ row: 0, col: 0 }], { rows: 1, cols: 1 }],
    ['C2 and B5', [{ row: 1, col: 2 }, { row: 4, col: 1 }], { rows: 5, cols: 3 }],
  ])('%s', (_, cells, extent) => {
    expect(extentOf(cells)).toEqual(extent);
  });

  it('takes a master sheet of 300,000 cells, more than Math.max(...cells) can take', () => {
    const cells = Array.from({ length: 300_000 }, (_, i) => ({ row: Math.floor(i / 20), col: i % 20 }));
    expect(() => Math.max(...cells.map((c) => c.row))).toThrow(RangeError);
    expect(extentOf(cells)).toEqual({ rows: 15_000, cols: 20 });
  });
});
