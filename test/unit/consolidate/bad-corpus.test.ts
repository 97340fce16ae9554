import { builtinRoster, emptyMaster, masterPlan, mergeSubmissions, readMasterState, readSubmission } from '../../../src/consolidate';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { huyen2016, xa } from '../../support/bad-corpus';
import { loadBadCorpus } from '../../support/bad-corpus-files';
import { inBoth } from '../../support/telling';

const sets = [xa, huyen2016];
// The files on disk, as a consolidator receives them (regenerate with `npm run fixtures`).
const corpus = loadBadCorpus();
const results = corpus.map((c) => readSubmission({ name: c.name, bytes: c.bytes }, sets, { group: 'xa' }));

const roster = builtinRoster('viettri-xa');
const batch = mergeSubmissions(emptyMaster(roster), results, '2018-10-05T08:00:00Z');

describe('the bad-input corpus', () => {
  it('has at least 25 kinds, each its own file', () => {
    expect(new Set(corpus.map((c) => c.kind)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c, i) => [c.kind, i] as const))('%s gets its expected outcome and message', (_kind, i) => {
    const c = corpus[i];
    const r = results[i];
    if ('rejected' in c.expect) {
      if (r.ok) throw new Error(`${c.kind} was accepted`);
      expect(r.rejection.code).toBe(c.expect.rejected);
      const text = inBoth(r.rejection.message);
      expect(text.vi).toContain(c.name);
      expect(text.en).toContain(c.name);
    } else {
      if (!r.ok) throw new Error(`${c.kind} was rejected: ${inBoth(r.rejection.message).en}`);
      const merged = batch.state.units.find((u) => u.fileName === c.name)!;
      // A unit not on the roster is a state of the unit ("ngoài danh sách"), not a stored flag.
      const kinds = [...merged.flags.map((f) => f.kind), ...(merged.rosterCode === undefined ? ['unknownUnit'] : [])];
      if (c.expect.flag) expect(kinds).toContain(c.expect.flag);
      else expect(kinds).toEqual([]);
    }
  });

  const acceptedOnly = mergeSubmissions(emptyMaster(roster), results.filter((r) => r.ok), '2018-10-05T08:00:00Z');

  it('goes on after every rejection; rejected files change nothing but the import log, which gives each reason', () => {
    expect(batch.changes).toHaveLength(corpus.length);
    expect({ ...batch.state, log: undefined }).toEqual({ ...acceptedOnly.state, log: undefined });
    expect(batch.state.log.filter((l) => l.result !== 'rejected')).toEqual(acceptedOnly.state.log);
    const rejectedFiles = corpus.filter((c) => 'rejected' in c.expect).map((c) => c.name);
    const logged = batch.state.log.filter((l) => l.result === 'rejected');
    expect(logged.map((l) => l.fileName)).toEqual(rejectedFiles);
    for (const l of logged) expect(inBoth(l.message).vi).toContain(l.fileName);
  });

  it('matches NFD, old-style tone and "UBND" spellings to the roster entry', () => {
    for (const c of corpus) {
      if (!('accepted' in c.expect) || !c.expect.unit) continue;
      const unit = batch.state.units.find((u) => u.fileName === c.name)!;
      expect(unit.name).toBe(c.expect.unit);
      expect(unit.rosterCode).toBeDefined();
    }
  });

  it('writes a unit name beginning with "=" as text, through the .xlsx and back', () => {
    const book = readWorkbook(writeWorkbook(masterPlan(batch.state, sets)));
    const name = '=HYPERLINK("http://x","Phường")';
    const summary = book.sheet('Tổng hợp xã')!;
    let found = false;
    for (let r = 0; r < summary.rowCount; r++) if (summary.value(r, 1) === name) found = summary.formula(r, 1) === undefined;
    expect(found).toBe(true);
    expect(readMasterState(book.sheets, sets).units.find((u) => u.fileName === 'formula-name.xlsx')!.name).toBe(name);
  });

});
