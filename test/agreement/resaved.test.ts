// Forms and a master re-saved by other programs are read and consolidated as the originals:
// LibreOffice Calc, Gnumeric (ssconvert) and openpyxl (load + save, as offices' scripts do)
// each re-save three submitted forms and a master; each re-saved form gives the unit, inputs,
// evidence and scores of its original, and merging the re-saved forms into the re-saved master
// gives the standings of merging the originals into the original master.

import { builtinRoster, emptyMaster, groupStandings, masterPlan, mergeSubmissions, readMasterState, readSubmission, type MasterState, type Submission } from '../../src/consolidate';
import { findBuiltinSet } from '../../src/sets';
import { scoreSet } from '../../src/scoring';
import { MASTER_READ_LIMITS, readWorkbook, writeWorkbook } from '../../src/xlsx';
import { resaveWith, type NamedFile, type Resaver } from '../support/resave';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../support/submissions';

jest.setTimeout(900_000);

const xa = findBuiltinSet('phutho-2018-xa')!;
const sets = [xa];
const AT = '2018-10-05T08:00:00Z';
const LATER = '2018-10-06T08:00:00Z';

const form = (unit: string, total: number, notes?: Record<string, string>): Uint8Array =>
  filledFormBytes(xa, inputsForTotal(xa, unit, total), { evidence: fullEvidence(xa), ...(notes ? { notes } : {}) });

/** Three new forms, and a master that already holds three other units. */
const forms: NamedFile[] = [
  { name: 'tien-cat.xlsx', bytes: form('Phường Tiên Cát', 96.5, { '1.1': 'Số liệu đến 30/9/2018' }) },
  { name: 'gia-cam.xlsx', bytes: form('Phường Gia Cẩm', 88) },
  { name: 'chu-hoa.xlsx', bytes: form('Xã Chu Hóa', 82.25) },
];
const earlier = [form('Phường Nông Trang', 90), form('Phường Tân Dân', 80.5), form('Xã Hùng Lô', 78)].map((bytes, i) =>
  readSubmission({ name: `earlier-${i}.xlsx`, bytes }, sets),
);
const masterState = mergeSubmissions(emptyMaster(builtinRoster('viettri-xa')), earlier, AT).state;
const master: NamedFile = { name: 'tong-hop.xlsx', bytes: writeWorkbook(masterPlan(masterState, sets)) };

function submissionOf(file: NamedFile): Submission {
  const r = readSubmission(file, sets);
  if (!r.ok) throw new Error(`${file.name} rejected: ${JSON.stringify(r.rejection.message)}`);
  return r.submission;
}

/** What a consolidator sees of a submission: unit, inputs, evidence, notes, scores and flags. */
const seen = (s: Submission) => ({ unit: s.unitName, inputs: s.inputs, evidence: s.evidence, notes: s.notes, total: scoreSet(sets.find((set) => set.id === s.setId)!, s.inputs).total, flags: s.flags.map((f) => f.kind) });

function standings(state: MasterState) {
  return groupStandings(state, sets).flatMap((g) => g.units.map((u) => ({ unit: u.unit.name, total: u.total, rank: u.rank, band: u.band })));
}

function consolidate(masterBytes: Uint8Array, files: NamedFile[]) {
  const state = readMasterState(readWorkbook(masterBytes, MASTER_READ_LIMITS).sheets, sets);
  return mergeSubmissions(state, files.map((f) => readSubmission(f, sets)), LATER).state;
}

const original = consolidate(master.bytes, forms);

describe.each<Resaver>(['LibreOffice', 'Gnumeric', 'openpyxl'])('files re-saved by %s', (program) => {
  let resaved: Map<string, Uint8Array>;
  beforeAll(async () => {
    resaved = await resaveWith(program, [...forms, master]);
  });
  const again = (f: NamedFile): NamedFile => ({ name: f.name, bytes: resaved.get(f.name)! });

  it('are really re-saved (the bytes differ from ours)', () => {
    for (const f of [...forms, master]) expect(Buffer.from(again(f).bytes).equals(Buffer.from(f.bytes))).toBe(false);
  });

  it.each(forms.map((f) => [f.name]))('form %s gives the unit, inputs, evidence, notes and scores of the original', (name) => {
    const f = forms.find((x) => x.name === name)!;
    expect(seen(submissionOf(again(f)))).toEqual(seen(submissionOf(f)));
  });

  it('the master keeps its units, and consolidating the re-saved forms into it gives the same standings', () => {
    const state = consolidate(again(master).bytes, forms.map(again));
    expect(state.units.map((u) => ({ name: u.name, inputs: u.inputs }))).toEqual(original.units.map((u) => ({ name: u.name, inputs: u.inputs })));
    expect(standings(state)).toEqual(standings(original));
    expect(standings(state)).toHaveLength(6);
  });
});
