// The command line's read pool: worker threads and the calling thread read and check the files
// (from disk, or bytes already in memory) and give exactly what reading them one by one gives,
// in the same order (each file's results: one per form it holds);
// a file that cannot be read stops the command with its name. The Dispatcher keeps every
// worker busy and the results in task order.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSubmissions } from '../../../src/consolidate';
import type { SubmissionResult } from '../../../src/consolidate';
import { InputError } from '../../../src/cli/io';
import { ReadPool, type WorkerEntry } from '../../../src/cli/read-pool';
import { BUILTIN_SETS, findBuiltinSet } from '../../../src/sets';
import { Dispatcher, poolSize } from '../../../src/util/dispatch';
import { thrownText } from '../../support/localized';
import { filledFormBytes, randomInputs, rng, severalFormsBytes } from '../../support/submissions';

jest.setTimeout(300_000);

const root = path.join(__dirname, '..', '..', '..');
/** From sources: the worker compiles the TypeScript with the bench's require hook. */
const entry: WorkerEntry = { script: path.join(root, 'src/cli/submission-worker.ts'), preload: path.join(root, 'scripts/bench/register-ts.js') };
const xa = findBuiltinSet('phutho-2018-xa')!;
const random = rng(7);
const files = [
  ...Array.from({ length: 9 }, (_, i) => ({ name: `xa-${i + 1}.xlsx`, bytes: filledFormBytes(xa, randomInputs(xa, `Xã Thử ${i + 1}`, random)) })),
  { name: 'hai-xa.xlsx', bytes: severalFormsBytes(xa, [{ name: 'Xã Hai A', total: 70 }, { name: 'Xã Hai B', total: 80 }]) },
];
const unitsOf = (perFile: SubmissionResult[][]) => perFile.map((results) => results.map((r) => (r.ok ? r.submission.unitName : r.rejection.code)));

describe('ReadPool', () => {
  let pool: ReadPool;
  let dir: string;
  beforeAll(() => {
    pool = new ReadPool(entry, 2);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-pool-'));
  });
  afterAll(() => {
    pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives, in order, what reading the files one by one gives, from disk or from memory', () => {
    const onDisk = files.slice(0, 5).map((f) => {
      const file = path.join(dir, f.name);
      fs.writeFileSync(file, f.bytes);
      return file;
    });
    const tasks = [...onDisk.map((file, index) => ({ index, path: file })), ...files.slice(5).map((f, i) => ({ index: 5 + i, name: f.name, bytes: f.bytes }))];
    const results = pool.read(tasks);
    const expected = files.map((f, i) => readSubmissions({ ...f, ...(i < 5 ? { modified: fs.statSync(onDisk[i]).mtime.toISOString() } : {}) }, BUILTIN_SETS));
    expect(results).toEqual(expected);
    expect(unitsOf(results)).toEqual([...files.slice(0, 9).map((_, i) => [`Xã Thử ${i + 1}`]), ['Xã Hai A', 'Xã Hai B']]);
  });

  it('stops with the name of a file it cannot read', () => {
    const missing = path.join(dir, 'missing.xlsx');
    expect(() => pool.read([{ index: 0, name: 'a.xlsx', bytes: files[0].bytes }, { index: 1, path: missing }])).toThrow(InputError);
    expect(thrownText(() => pool.read([{ index: 0, path: missing }]))).toMatchObject({ code: 'cli.cannotRead', vi: expect.stringMatching(/missing\.xlsx.*ENOENT/), en: expect.stringMatching(/missing\.xlsx.*ENOENT/) });
  });

  it('counts the calling thread as one of its readers', () => {
    expect(pool.size).toBe(2);
    const alone = new ReadPool(entry, 1);
    try {
      expect(alone.size).toBe(1);
      expect(alone.read(files.map((f, index) => ({ index, name: f.name, bytes: f.bytes })))).toEqual(files.map((f) => readSubmissions(f, BUILTIN_SETS)));
      const missing = path.join(dir, 'also-missing.xlsx');
      expect(thrownText(() => alone.read([{ index: 0, name: 'a.xlsx', bytes: files[0].bytes }, { index: 1, path: missing }]))).toMatchObject({ code: 'cli.cannotRead', vi: expect.stringMatching(/also-missing\.xlsx/) });
    } finally {
      alone.close();
    }
  });
});

describe('Dispatcher', () => {
  it('keeps each worker at most `depth` tasks ahead and the results in task order', () => {
    const d = new Dispatcher<string>(5, 2, 2);
    expect(d.fill(0)).toEqual([0, 1]);
    expect(d.fill(1)).toEqual([2, 3]);
    expect(d.fill(0)).toEqual([]);
    d.finish(1, 3, 'd');
    expect(d.fill(1)).toEqual([4]);
    for (const [w, i, r] of [[0, 0, 'a'], [0, 1, 'b'], [1, 2, 'c'], [1, 4, 'e']] as const) d.finish(w, i, r);
    expect(d.complete).toBe(true);
    expect(d.results()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('never lets a worker hold more than its share of the work not yet finished', () => {
    // 2 workers, up to 8 ahead: 6 tasks are split 3 and 3, not 6 and 0.
    const d = new Dispatcher<number>(6, 2, 8);
    expect(d.fill(0)).toEqual([0, 1, 2]);
    expect(d.fill(1)).toEqual([3, 4, 5]);
    // Near the end: worker 0 holds its share (2 of 4), so the last tasks go to worker 1.
    const e = new Dispatcher<number>(4, 2, 8);
    expect(e.fill(0)).toEqual([0, 1]);
    expect(e.fill(0)).toEqual([]);
    expect(e.next(1)).toBe(2);
    e.finish(1, 2, 2);
    expect(e.fill(1)).toEqual([3]);
  });

  it('sizes a pool to the cores, never more than the tasks, at least one', () => {
    expect(poolSize(300, 2)).toBe(2);
    expect(poolSize(3, 16)).toBe(3);
    expect(poolSize(0, 4)).toBe(1);
    expect(poolSize(300, 64)).toBe(8);
  });
});
