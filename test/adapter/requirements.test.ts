import { checkRequirements, detectCapabilities } from '../../src/excel/requirements';
import { batchesBySize, estimateBytes, RequestBudget, rowBlocks } from '../../src/excel/payload';
import { needsTextGuard } from '../../src/plan/text';
import { coverCells } from '../../src/excel/blocks';
import { installFakeExcel } from './harness';
import { render } from '../../src/messages/texts';

describe('requirement sets', () => {
  it('names nothing on a current Excel', () => {
    installFakeExcel({ apiVersion: '1.17' });
    expect(checkRequirements()).toEqual([]);
  });

  it('explains in Vietnamese and English what an old Excel lacks, the blocking set first', () => {
    const fake = installFakeExcel({ apiVersion: '1.6' });
    const missing = checkRequirements(fake.Office as never);
    expect(missing.map((m) => [m.version, m.required])).toEqual([['1.7', true], ['1.8', false], ['1.9', false]]);
    expect(render('vi', missing[0].message)).toMatch(/Excel 2021 trở lên/);
    expect(render('en', missing[0].message)).toMatch(/Excel 2021 or later/);
  });

  it('turns on each feature with the set that brings it', () => {
    installFakeExcel({ apiVersion: '1.8' });
    const caps = detectCapabilities(Office as never);
    expect(caps).toMatchObject({ events: true, validation: true, pageLayout: false, rangeAreas: false });
  });

  it('caps request size on the web and when the platform is unknown, not on desktop', () => {
    const office = (platform?: string) => ({ context: { requirements: { isSetSupported: () => true }, platform } });
    expect(detectCapabilities(office('OfficeOnline')).requestCap).toBe(true);
    expect(detectCapabilities(office(undefined)).requestCap).toBe(true);
    expect(detectCapabilities(office('PC')).requestCap).toBe(false);
    expect(detectCapabilities(office('Mac')).requestCap).toBe(false);
  });
});

describe('request payload', () => {
  it('counts non-ASCII characters as their escaped size', () => {
    expect(estimateBytes(['ab'])).toBe(6);
    expect(estimateBytes(['đ'])).toBe(10);
  });

  it('splits rows into blocks under the budget, keeping order and every row', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`row ${i}`, 'x'.repeat(90)]);
    const blocks = rowBlocks(rows, 350);
    expect(blocks.every((b) => b.bytes <= 350)).toBe(true);
    expect(blocks.map((b) => [b.start, b.end])).toEqual([[0, 3], [3, 6], [6, 9], [9, 10]]);
  });

  it('syncs early only when the queued payload would pass the budget', async () => {
    let syncs = 0;
    const budget = new RequestBudget(async () => void syncs++, 1000);
    await budget.spend(300);
    await budget.spend(300);
    expect(syncs).toBe(0);
    await budget.spend(300);
    expect(syncs).toBe(1);
  });
});

describe('cell text and blocks', () => {
  it('quotes text Excel would turn into a formula, number, boolean or date', () => {
    for (const text of ['=1+1', '+84', '-', '@x', '1.1', '0123', '3/4', 'TRUE', '#N/A', ' a', 'May 5']) expect(needsTextGuard(text)).toBe(true);
    for (const text of ['Có', 'Không', 'Tiêu chí 1', 'Sở Nội vụ', '']) expect(needsTextGuard(text)).toBe(false);
  });

  it('covers cells with few rectangles', () => {
    const cells = [{ row: 0, col: 0 }, { row: 0, col: 1 }, { row: 1, col: 0 }, { row: 1, col: 1 }, { row: 3, col: 1 }];
    expect(coverCells(cells)).toEqual([{ row: 0, col: 0, rows: 2, cols: 2 }, { row: 3, col: 1, rows: 1, cols: 1 }]);
  });
});

describe('batchesBySize', () => {
  it('groups items in order within the budget, a larger item alone', () => {
    expect(batchesBySize([40, 50, 20, 200, 10], 100)).toEqual([[0, 1], [2], [3], [4]]);
    expect(batchesBySize([], 100)).toEqual([]);
  });
});
