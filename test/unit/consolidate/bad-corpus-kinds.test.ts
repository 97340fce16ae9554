// The bad-input corpus, second part (test/support/bad-corpus-kinds.ts): every kind gets its
// outcome; a rejection names the file in Vietnamese and English and changes nothing in the master
// but its import log; an accepted file keeps its unit; the work each file costs is bounded by
// counters (cells read, bytes inflated), not by time; the written master reads back the same.

import { builtinRoster, emptyMaster, masterPlan, mergeSubmissions, readMasterState, readSubmissions, type SubmissionResult } from '../../../src/consolidate';
import { readWorkbook, writeWorkbook, MASTER_READ_LIMITS } from '../../../src/xlsx';
import { xa } from '../../support/bad-corpus';
import { corpusKinds, describeRow } from '../../support/bad-corpus-kinds';
import { loadBadCorpus } from '../../support/bad-corpus-files';
import { inBoth } from '../../support/telling';

const sets = [xa];
const kinds = corpusKinds();
const files = kinds.map((k) => ({ name: k.name, bytes: k.bytes() }));
const results: SubmissionResult[][] = files.map((f) => readSubmissions(f, sets, { group: 'xa' }));
const roster = builtinRoster('viettri-xa');
const AT = '2018-10-05T08:00:00Z';

/** The work one file cost the reader, or undefined when it was refused before any sheet was read. */
function work(bytes: Uint8Array): { cellsRead: number; bytesInflated: number } | undefined {
  try {
    return readWorkbook(bytes).stats;
  } catch {
    return undefined;
  }
}

describe('the bad-input corpus, kinds made in memory', () => {
  it('holds, with the committed files, at least 150 kinds, each file named once', () => {
    const all = new Set([...kinds.map((k) => k.kind), ...loadBadCorpus().map((c) => c.kind)]);
    expect(all.size).toBeGreaterThanOrEqual(kinds.length + 25);
    expect(new Set(kinds.map((k) => k.name)).size).toBe(kinds.length);
    console.log(`${all.size} kinds:\n${kinds.map(describeRow).join('\n')}`);
  });

  const batch = mergeSubmissions(emptyMaster(roster), results.flat(), AT);
  const acceptedOnly = mergeSubmissions(emptyMaster(roster), results.flat().filter((r) => r.ok), AT);

  it.each(kinds.map((k, i) => [`${k.group}: ${k.kind}`, i] as const))('%s', (_kind, i) => {
    const k = kinds[i];
    const rs = results[i];
    if ('rejected' in k.expect) {
      expect(rs).toHaveLength(1);
      const r = rs[0];
      if (r.ok) throw new Error(`${k.kind} was accepted as ${r.submission.unitName}`);
      expect(r.rejection.code).toBe(k.expect.rejected);
      const text = inBoth(r.rejection.message);
      expect(text.vi).toContain(k.name);
      expect(text.en).toContain(k.name);
      return;
    }
    const accepted = rs.filter((r) => r.ok);
    if (accepted.length !== rs.length) throw new Error(`${k.kind} was rejected: ${rs.map((r) => (r.ok ? '' : inBoth(r.rejection.message).en)).join(' ')}`);
    expect(accepted).toHaveLength(k.expect.forms ?? 1);
    const s = accepted[0].ok ? accepted[0].submission : undefined;
    // The unit it was merged as (the roster's name when matched).
    if (k.expect.unit) expect(batch.changes.find((c) => c.fileName === k.name && c.result !== 'rejected')?.unit).toBe(k.expect.unit);
    const flags = s!.flags.map((f) => f.kind);
    if (k.expect.flag && k.expect.flag !== 'unknownUnit') expect(flags).toContain(k.expect.flag);
    else expect(flags).toEqual([]);
  });

  it('costs each file bounded work: at most 1,200 cells beyond the form’s own and 16 MB inflated', () => {
    const base = work(files[kinds.findIndex((k) => k.name === 'inline.xlsx')].bytes)!;
    for (const [i, f] of files.entries()) {
      const w = work(f.bytes);
      if (!w) continue;
      expect({ file: kinds[i].name, cells: w.cellsRead <= base.cellsRead + 1200, inflated: w.bytesInflated <= 16 * 1024 * 1024 }).toEqual({ file: kinds[i].name, cells: true, inflated: true });
    }
  });

  it('rejected files change nothing in the master but its log, which names each with its reason', () => {
    expect({ ...batch.state, log: undefined }).toEqual({ ...acceptedOnly.state, log: undefined });
    expect(batch.state.log.filter((l) => l.result !== 'rejected')).toEqual(acceptedOnly.state.log);
    const rejected = kinds.filter((k) => 'rejected' in k.expect).map((k) => k.name);
    expect(batch.state.log.filter((l) => l.result === 'rejected').map((l) => l.fileName)).toEqual(rejected);
  });

  it('units not on the roster are not matched to a roster unit; those named like one are', () => {
    for (const [i, k] of kinds.entries()) {
      if (!('accepted' in k.expect) || (k.expect.forms ?? 1) > 1) continue;
      const unit = batch.changes.find((c) => c.fileName === k.name && c.result !== 'rejected');
      expect({ file: k.name, unlisted: Boolean(unit?.unlisted) }).toEqual({ file: k.name, unlisted: k.expect.flag === 'unknownUnit' || k.expect.flag === 'legacyFont' && !k.expect.unit });
      void i;
    }
  });

  it('writes a master that reads back with every unit and the log', () => {
    const book = readWorkbook(writeWorkbook(masterPlan(batch.state, sets)), MASTER_READ_LIMITS);
    const back = readMasterState(book.sheets, sets);
    expect(back.units.map((u) => u.name).sort()).toEqual(batch.state.units.map((u) => u.name).sort());
    expect(back.log).toHaveLength(batch.state.log.length);
  });
});
