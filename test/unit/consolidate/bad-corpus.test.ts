import { builtinRoster, emptyMaster, masterPlan, mergeSubmissions, readMasterState, readSubmission } from '../../../src/consolidate';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { huyen2016, xa } from '../../support/bad-corpus';
import { loadBadCorpus } from '../../support/bad-corpus-files';

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
      expect(r.rejection.message).toContain(c.name);
      expect(r.rejection.messageEn).toContain(c.name);
    } else {
      if (!r.ok) throw new Error(`${c.kind} was rejected: ${r.rejection.messageEn}`);
      const merged = batch.state.units.find((u) => u.fileName === c.name)!;
      if (c.expect.flag) expect(merged.flags.map((f) => f.kind)).toContain(c.expect.flag);
      else expect(merged.flags).toEqual([]);
    }
  });

  const acceptedOnly = mergeSubmissions(emptyMaster(roster), results.filter((r) => r.ok), '2018-10-05T08:00:00Z');

  it('goes on after every rejection, and rejected files change nothing', () => {
    expect(batch.changes).toHaveLength(corpus.length);
    expect(batch.state).toEqual(acceptedOnly.state);
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
