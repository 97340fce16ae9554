// One limit for writing and reading a master (issue 10): MASTER_MAX_UNITS units are written by
// the project's writer and read back under MASTER_READ_LIMITS (one unit more is refused: the unit
// tests test/unit/consolidate/master-limit.test.ts and test/unit/cli/rank-limit.test.ts).
// The 5,000-unit round trip uses a two-criterion set (real writer and reader, every sheet and
// part a master of 5,000 units has); what a unit of each built-in set adds to the file (cells,
// inflated bytes, zip entries, file size) is measured on small masters and must fit 5,000 times.

import { unzipSync } from 'fflate';
import { masterSheets, readMasterState } from '../../src/consolidate';
import { BUILTIN_SETS, findBuiltinSet } from '../../src/sets';
import { MASTER_MAX_UNITS, MASTER_READ_LIMITS, readWorkbook, writeWorkbook } from '../../src/xlsx';
import { smallSet, syntheticMaster } from '../support/synthetic-master';

jest.setTimeout(3_600_000);

const small = smallSet(findBuiltinSet('phutho-2018-xa')!);

/** What a written master costs the reader: file bytes, zip entries, inflated bytes, cells. */
function footprint(bytes: Uint8Array): { bytes: number; entries: number; inflated: number; cells: number } {
  let entries = 0;
  unzipSync(bytes, { filter: () => (entries++, false) });
  const { stats } = readWorkbook(bytes, MASTER_READ_LIMITS);
  return { bytes: bytes.length, entries, inflated: stats.bytesInflated, cells: stats.cellsRead };
}

describe('a master of MASTER_MAX_UNITS units', () => {
  it('is written and read back whole under the master read limits', () => {
    expect(MASTER_MAX_UNITS).toBe(5000);
    const state = syntheticMaster(small, MASTER_MAX_UNITS);
    expect(state.units).toHaveLength(MASTER_MAX_UNITS);
    const bytes = writeWorkbook(masterSheets(state, [small]));
    const back = readMasterState(readWorkbook(bytes, MASTER_READ_LIMITS).sheets, [small]);
    expect(back.units).toHaveLength(MASTER_MAX_UNITS);
    const byName = new Map(back.units.map((u) => [u.name, u]));
    for (const u of state.units) {
      expect(byName.get(u.name)?.inputs).toEqual(u.inputs);
      expect(byName.get(u.name)?.sheet).toBe(u.name);
    }
  });

  it.each(BUILTIN_SETS.map((s) => [s.id, s] as const))('of %s fits the master read limits, measured unit by unit', (_id, set) => {
    const at10 = footprint(writeWorkbook(masterSheets(syntheticMaster(set, 10), [set])));
    const at20 = footprint(writeWorkbook(masterSheets(syntheticMaster(set, 20), [set])));
    const at = (key: keyof typeof at10) => at20[key] + ((at20[key] - at10[key]) / 10) * (MASTER_MAX_UNITS - 20);
    expect(at('bytes')).toBeLessThanOrEqual(MASTER_READ_LIMITS.maxInputBytes);
    expect(at('entries')).toBeLessThanOrEqual(MASTER_READ_LIMITS.maxEntries);
    expect(at('inflated')).toBeLessThanOrEqual(MASTER_READ_LIMITS.maxTotalUncompressedBytes);
    expect(at('cells')).toBeLessThanOrEqual(MASTER_READ_LIMITS.maxCells);
  });
});

