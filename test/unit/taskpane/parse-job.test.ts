import { findBuiltinSet } from '../../../src/sets';
import { rankOrder } from '../../../src/taskpane/views/consolidation/RankingTable';
import { startParseJob, type ParseProgress } from '../../../src/taskpane/consolidation/parse-job';
import { filledFormBytes, inputsForTotal } from '../../support/submissions';

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

describe('rankOrder', () => {
  const row = (unit: string, rank: number | null, at: number) => ({ unit, sheet: unit, row: at, self: null, recomputed: null, appraised: null, rank, listed: true, band: '', flags: '', previous: null });
  it('lists best first, ties in sheet order, units not ranked last', () => {
    const rows = [row('A', 2, 3), row('B', null, 4), row('C', 1, 5), row('D', 2, 6), row('E', null, 7)];
    expect(rankOrder(rows).map((r) => r.unit)).toEqual(['C', 'A', 'D', 'B', 'E']);
  });
});
