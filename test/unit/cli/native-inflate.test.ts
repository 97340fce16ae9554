// The command line unzips with Node's zlib, the pane and the core's default with fflate: the
// two must give the same bytes for every part, the same refusal for every damaged or hostile
// file, and stop at the same bound.

import { deflateSync } from 'fflate';
import { readSubmissions } from '../../../src/consolidate';
import { nativeInflate } from '../../../src/cli/native-inflate';
import { BUILTIN_SETS, findBuiltinSet } from '../../../src/sets';
import { boundedInflate, openZip, type Inflater } from '../../../src/xlsx';
import { loadBadCorpus } from '../../support/bad-corpus-files';
import { filledFormBytes, inputsForTotal } from '../../support/submissions';

const inflaters: [string, Inflater][] = [
  ['fflate (pure)', boundedInflate],
  ['zlib (native)', nativeInflate],
];
const xa = findBuiltinSet('phutho-2018-xa')!;
const form = filledFormBytes(xa, inputsForTotal(xa, 'Phường Tiên Cát', 80));
const MB = 1024 * 1024;

describe.each(inflaters)('%s', (_name, inflate) => {
  const zeros = deflateSync(new Uint8Array(20 * MB));

  it('gives the whole stream within the bound, nothing past it', () => {
    expect(inflate(zeros, 20 * MB)?.length).toBe(20 * MB);
    for (const cap of [0, 1, 1000, 20 * MB - 1]) expect(inflate(zeros, cap)).toBeUndefined();
  });

  it('throws for a stream cut short or not deflate at all', () => {
    expect(() => inflate(zeros.subarray(0, 100), MB)).toThrow();
    expect(() => inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), MB)).toThrow();
  });

  it('gives the same bytes as the other for every part of a filled form', () => {
    const pure = openZip(form);
    const native = openZip(form, undefined, inflate);
    for (const name of pure.entries.keys()) expect(Buffer.from(native.read(name)!).equals(Buffer.from(pure.read(name)!))).toBe(true);
  });
});

describe('reading submissions with zlib answers as with fflate', () => {
  const files = [{ kind: 'a filled form', name: 'xa.xlsx', bytes: form }, ...loadBadCorpus()];

  it.each(files.map((f) => [f.kind, f] as const))('%s', (_kind, file) => {
    const pure = readSubmissions(file, BUILTIN_SETS);
    const native = readSubmissions(file, BUILTIN_SETS, { inflate: nativeInflate });
    expect(native).toEqual(pure);
  });
});
