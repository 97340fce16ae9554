import { findBuiltinSet } from '../../../src/sets';
import { rankOrder } from '../../../src/taskpane/views/consolidation/RankingTable';
import { startParseJob, type ParseProgress } from '../../../src/taskpane/consolidation/parse-job';
import { parseSubmissions, type ParseMessage, type ParseRequest } from '../../../src/taskpane/workers/parse-submissions';
import { filledFormBytes, inputsForTotal, severalFormsBytes } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa')!;
const files = ['Phường Vân Cơ', 'Phường Dữu Lâu', 'Phường Gia Cẩm'].map((unit, i) => ({
  name: `${i + 1}.xlsx`,
  bytes: filledFormBytes(xa, inputsForTotal(xa, unit, 80 - i)).slice().buffer,
}));
const noWorker = () => {
  throw new Error('Workers are not allowed here');
};

describe('reading picked files when no worker can be started', () => {
  it('reads them in the pane, says so, and reports each file as it starts and ends', async () => {
    const progress: ParseProgress[] = [];
    const job = startParseJob(files, { year: 2018 }, [xa], (p) => progress.push(p), noWorker);
    expect(job.inPane).toBe(true);
    const results = await job.results;
    expect(results?.map((r) => (r.ok ? r.submission.unitName : r.rejection.code))).toEqual(['Phường Vân Cơ', 'Phường Dữu Lâu', 'Phường Gia Cẩm']);
    expect(progress).toEqual([
      { done: 0, total: 3, current: '1.xlsx' }, { done: 1, total: 3 },
      { done: 1, total: 3, current: '2.xlsx' }, { done: 2, total: 3 },
      { done: 2, total: 3, current: '3.xlsx' }, { done: 3, total: 3 },
    ]);
  });

  it('gives no results once cancelled, so nothing is merged', async () => {
    const progress: ParseProgress[] = [];
    const job = startParseJob(files, {}, [xa], (p) => {
      progress.push(p);
      if (p.done === 1) job.cancel();
    }, noWorker);
    expect(await job.results).toBeUndefined();
    expect(progress.at(-1)).toEqual({ done: 1, total: 3 });
  });

  it('applies the accepted year to each file', async () => {
    const results = await startParseJob(files.slice(0, 1), { year: 2016 }, [xa], () => undefined, noWorker).results;
    expect(results?.[0]).toMatchObject({ ok: false, rejection: { code: 'otherYear' } });
  });
});

/**
 * A Web Worker as the pane sees one, running the real worker code (parseSubmissions) a tick
 * later, and refusing a buffer used after it was transferred.
 */
class FakeWorker {
  onmessage: ((event: MessageEvent<ParseMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly handled: string[] = [];

  postMessage(request: ParseRequest, transfer: ArrayBuffer[]): void {
    const copies = request.files.map((f) => ({ ...f, bytes: f.bytes.slice(0) }));
    for (const buffer of transfer) structuredClone(buffer, { transfer: [buffer] }); // detaches it, as postMessage does
    setTimeout(() => {
      if (this.terminated) return;
      this.handled.push(...copies.map((f) => f.name));
      void parseSubmissions({ ...request, files: copies }, [xa], (data) => !this.terminated && this.onmessage?.({ data } as MessageEvent<ParseMessage>));
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Seven files, the fourth a workbook holding two forms (each worker message carries a file's results). */
const manyFiles = () =>
  Array.from({ length: 7 }, (_, i) => ({
    name: `${i + 1}.xlsx`,
    bytes: (i === 3 ? severalFormsBytes(xa, [{ name: 'Xã Hai A', total: 70 }, { name: 'Xã Hai B', total: 80 }]) : filledFormBytes(xa, inputsForTotal(xa, `Xã Thử ${i + 1}`, 70 + i))).slice().buffer,
  }));
const unitsRead = ['Xã Thử 1', 'Xã Thử 2', 'Xã Thử 3', 'Xã Hai A', 'Xã Hai B', 'Xã Thử 5', 'Xã Thử 6', 'Xã Thử 7'];

describe('reading picked files on a pool of workers', () => {
  it('spreads the files over one worker per core and gives the results in the files’ order (a file’s forms in its order)', async () => {
    const workers: FakeWorker[] = [];
    const toParse = manyFiles();
    const progress: ParseProgress[] = [];
    const job = startParseJob(toParse, { year: 2018 }, [xa], (p) => progress.push(p), () => workers[workers.push(new FakeWorker()) - 1] as unknown as Worker, 3);
    expect(job.inPane).toBe(false);
    const results = await job.results;
    expect(workers).toHaveLength(3);
    expect(results?.map((r) => (r.ok ? r.submission.unitName : r.rejection.code))).toEqual(unitsRead);
    expect(workers.every((w) => w.handled.length >= 2 && w.terminated)).toBe(true);
    expect(toParse.every((f) => f.bytes.byteLength === 0)).toBe(true); // transferred, not copied
    expect(progress.at(-1)).toEqual({ done: 7, total: 7 });
  });

  it('works with the workers it could start, and stops them all when cancelled', async () => {
    const workers: FakeWorker[] = [];
    const start = () => {
      if (workers.length === 2) throw new Error('no more workers');
      return workers[workers.push(new FakeWorker()) - 1] as unknown as Worker;
    };
    const job = startParseJob(manyFiles(), {}, [xa], (p) => p.done === 3 && job.cancel(), start, 4);
    expect(await job.results).toBeUndefined();
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});

describe('rankOrder', () => {
  const row = (unit: string, rank: number | null, at: number) => ({ unit, sheet: unit, row: at, self: null, recomputed: null, appraised: null, rank, listed: true, band: '', flags: '', previous: null });
  it('lists best first, ties in sheet order, units not ranked last', () => {
    const rows = [row('A', 2, 3), row('B', null, 4), row('C', 1, 5), row('D', 2, 6), row('E', null, 7)];
    expect(rankOrder(rows).map((r) => r.unit)).toEqual(['C', 'A', 'D', 'B', 'E']);
  });
});
