// Property test: real forms and a real master, mutated as damaged transfers, other programs and
// hostile hands mutate them — bytes flipped or cut, XML text edited, zip entries dropped or
// duplicated, cell references pushed far out, sheet names garbled — and read as a consolidator
// would. Whatever the mutation: no crash, every file accepted or rejected with a Vietnamese
// message naming it, the work bounded (cells read never beyond the reader's limit, no file
// taking more than the reader's inflate budget), and a merge of the rejected files changes
// nothing that the master held.

import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { emptyMaster, masterPlan, mergeSubmissions, readMasterState, readSubmissions } from '../../../src/consolidate';
import { isLocalizedError } from '../../../src/messages';
import type { SubmissionResult } from '../../../src/consolidate/types';
import { findBuiltinSet } from '../../../src/sets';
import { DEFAULT_READ_LIMITS, readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { inBoth } from '../../support/telling';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa')!;
const form = filledFormBytes(xa, inputsForTotal(xa, 'Phường Tiên Cát', 82), { evidence: fullEvidence(xa) });
const parts = unzipSync(form);
const partNames = Object.keys(parts);
const accepted = readSubmissions({ name: 'goc.xlsx', bytes: form }, [xa]);
const base = mergeSubmissions(emptyMaster(), accepted, '2018-10-05T08:00:00Z').state;

type Mutation = (bytes: Uint8Array) => Uint8Array;

const flipBytes = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map(
  (flips): Mutation =>
    (bytes) => {
      const out = bytes.slice();
      for (const [at, xor] of flips) out[at % out.length] ^= xor;
      return out;
    },
);
const cut = fc.double({ min: 0, max: 1, noNaN: true }).map((keep): Mutation => (bytes) => bytes.slice(0, Math.floor(bytes.length * keep)));

/** A zip of the form's parts after `change` (parts as text where they are XML). */
const rezipped = (change: (files: Record<string, Uint8Array>) => void): Uint8Array => {
  const files: Record<string, Uint8Array> = {};
  for (const name of partNames) files[name] = parts[name];
  change(files);
  return zipSync(files, { level: 1 });
};

const xmlPart = fc.constantFrom(...partNames.filter((n) => n.endsWith('.xml') || n.endsWith('.rels')));
/** Text put into XML: far references, broken markup, entities, control characters, huge numbers. */
const nasty = fc.oneof(
  fc.constantFrom('XFD1048577', 'A99999999999', 'ZZZZZZ1', '<!DOCTYPE x>', '&bogus;', '<', '"', '\u0000', '_x001B_', '1e400', '', '</sheetData>', '<c r="A1">', 'r="XFE1"'),
  fc.string({ maxLength: 12 }),
);
const editXml = fc.tuple(xmlPart, fc.nat(), fc.nat({ max: 40 }), nasty).map(
  ([name, at, remove, insert]): Mutation =>
    () =>
      rezipped((files) => {
        const text = strFromU8(files[name]);
        const i = at % (text.length + 1);
        files[name] = strToU8(text.slice(0, i) + insert + text.slice(i + remove));
      }),
);
const dropPart = xmlPart.map((name): Mutation => () => rezipped((files) => delete files[name]));
const farReference = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('XFD1048576', 'XFE1', 'A1048577', 'AAAA1', 'B99999999999')).map(
  ([nth, ref]): Mutation =>
    () =>
      rezipped((files) => {
        const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
        let count = 0;
        files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(/ r="[A-Z]+[0-9]+"/g, (m) => (++count === nth ? ` r="${ref}"` : m)));
      }),
);
const sheetName = fc.string({ maxLength: 40 }).map(
  (name): Mutation =>
    () =>
      rezipped((files) => {
        const wb = strFromU8(files['xl/workbook.xml']);
        const safe = name.replace(/[&<"]/g, '');
        files['xl/workbook.xml'] = strToU8(wb.replace(/<sheet name="[^"]*"/, `<sheet name="${safe}"`));
      }),
);
const duplicateEntry = xmlPart.map(
  (name): Mutation =>
    () => {
      // the same part named twice in the central directory: fflate cannot write it, so rename a twin
      const twin = name.replace(/.$/, '#');
      const bytes = rezipped((files) => (files[twin] = files[name]));
      const from = strToU8(twin);
      const to = strToU8(name);
      const out = bytes.slice();
      for (let i = 0; i + from.length <= out.length; i++) if (from.every((b, k) => out[i + k] === b)) out.set(to, i);
      return out;
    },
);

const mutation = fc.oneof(flipBytes, cut, editXml, dropPart, farReference, sheetName, duplicateEntry);

function check(results: SubmissionResult[]): void {
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) {
    if (r.ok) continue;
    const text = inBoth(r.rejection.message);
    expect(r.rejection.fileName).toBe('dot-bien.xlsx');
    expect(text.vi).toContain('dot-bien.xlsx');
    expect(text.vi).toMatch(/bị từ chối: .+/);
    expect(text.en.length).toBeGreaterThan(0);
    // an exception inside the reader, caught at the end, would be a crash in disguise
    expect(text.vi).not.toContain('không đọc được tệp (');
  }
}

describe('mutated forms (fast-check)', () => {
  it('are each accepted or rejected with a message; never a crash; bounded work; nothing in the master lost', () => {
    fc.assert(
      fc.property(mutation, (mutate) => {
        const bytes = mutate(form);
        const results = readSubmissions({ name: 'dot-bien.xlsx', bytes }, [xa]);
        check(results);
        try {
          const stats = readWorkbook(bytes).stats;
          expect(stats.cellsRead).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.maxCells);
          expect(stats.bytesInflated).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.maxTotalUncompressedBytes);
        } catch {
          // a file the reader refuses has nothing more to bound
        }
        const merged = mergeSubmissions(base, results.filter((r) => !r.ok), '2018-10-06T08:00:00Z').state;
        expect(merged.units).toEqual(base.units);
        expect(merged.appraisals).toEqual(base.appraisals);
      }),
      { numRuns: 150, seed: 20181005 },
    );
  });
});

describe('mutated masters (fast-check)', () => {
  const master = writeWorkbook(masterPlan(base, [xa]));
  const masterParts = unzipSync(master);
  const masterSheets = Object.keys(masterParts).filter((n) => n.startsWith('xl/worksheets/'));

  const edit = fc.tuple(fc.constantFrom(...masterSheets, 'xl/workbook.xml', 'xl/sharedStrings.xml'), fc.nat(), fc.nat({ max: 40 }), nasty).map(([name, at, remove, insert]) => {
    const files: Record<string, Uint8Array> = { ...masterParts };
    const text = strFromU8(files[name]);
    const i = at % (text.length + 1);
    files[name] = strToU8(text.slice(0, i) + insert + text.slice(i + remove));
    return zipSync(files, { level: 1 });
  });

  it('are read back or refused with a message, never a crash', () => {
    fc.assert(
      fc.property(fc.oneof(edit, cut.map((m) => m(master)), flipBytes.map((m) => m(master))), (bytes) => {
        let sheets;
        try {
          sheets = readWorkbook(bytes).sheets;
        } catch (e) {
          expect(isLocalizedError(e)).toBe(true);
          return;
        }
        try {
          readMasterState(sheets, [xa]);
        } catch (e) {
          expect(isLocalizedError(e)).toBe(true);
        }
      }),
      { numRuns: 100, seed: 20181006 },
    );
  });
});
