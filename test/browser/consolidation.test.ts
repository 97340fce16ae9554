// The consolidation view in headless chromium on the preview page: set up a Việt Trì master, pick
// 30 filled commune forms with the pane's file input (read in the Web Worker, with progress), see
// the ranking of 30 units read back from the workbook, type an appraisal into "Thẩm định" in the
// stand-in workbook and see the unit's rank move after a refresh, re-import the same files ("Không
// thay đổi", the appraisal kept); screenshots and an axe check.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findBuiltinSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/criteria/model';
import { builtinRoster } from '../../src/consolidate';
import { APPRAISAL_COL, SHEET } from '../../src/consolidate/master/layout';
import { a1 } from '../../src/plan/address';
import { rankingRowTestId, rankingTestId, TestIds, unlistedUnitTestId } from '../../src/taskpane/test-ids';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser';
import { axeCheck, eventually as eventuallyWithin, overflowingElements, setPaneWidth } from '../support/pane-page';
import { scoreSet } from '../../src/scoring';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../support/submissions';

jest.setTimeout(300_000);

const DIST = process.env.PANE_DIST ?? 'dist';
const SHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const roster = builtinRoster('viettri-xa');
const NAMES = [...roster.map((r) => r.name), ...Array.from({ length: 30 - roster.length }, (_, i) => `Xã Thử Nghiệm ${i + 1}`)];
/** Distinct totals 95, 94, …, 66: unit i ranks i + 1. */
const TOTALS = NAMES.map((_, i) => 95 - i);

/** Reading 30 files in a worker on a busy machine: up to 30 s for what the user waits for. */
const eventually = <T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000) => eventuallyWithin(what, read, ok, timeoutMs);

const rankOf = (page: Page, unitSheet: string) => page.getByTestId(rankingRowTestId(unitSheet)).getByTestId(TestIds.rankingRank).innerText();

describe('the consolidation view on the preview page', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const files: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'egov-consolidation-'));
    NAMES.forEach((name, i) => {
      const file = join(dir, `xa-${String(i + 1).padStart(2, '0')}.xlsx`);
      writeFileSync(file, filledFormBytes(xa, inputsForTotal(xa, name, TOTALS[i]), { evidence: fullEvidence(xa) }));
      files.push(file);
    });
    server = await serveStatic(DIST);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}preview.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens from the start view and sets up a master with the Việt Trì roster', async () => {
    await page.getByTestId(TestIds.consolidationEntry).click();
    await page.getByTestId(TestIds.masterSetup).waitFor();
    await page.getByTestId(`${TestIds.rosterPicker}-viettri-xa`).check();
    await page.getByTestId(TestIds.setUpMaster).click();
    await page.getByTestId(TestIds.masterSummary).waitFor();
    expect(await page.getByTestId(TestIds.masterSummary).innerText()).toBe(`Danh sách có ${roster.length} đơn vị; đã nhận 0, chưa nộp ${roster.length}.`);
    expect(await page.evaluate(() => window.fakeExcel!.sheetNames())).toEqual(expect.arrayContaining([SHEET.roster, SHEET.appraisal, SHEET.log, SHEET.missing]));
    await page.screenshot({ path: join(SHOTS, 'consolidation-setup.png') });
  });

  it('imports 30 picked files in the worker with progress, and shows the ranking the workbook computed', async () => {
    // the newest round (2025) is accepted first; these are 2018 commune forms
    expect(await page.getByTestId(TestIds.acceptYear).innerText()).toContain('2025');
    await page.getByTestId(TestIds.acceptYear).click();
    await page.getByRole('option', { name: '2018' }).click();
    await page.getByTestId(TestIds.fileInput).setInputFiles(files);
    await page.getByTestId(TestIds.importProgress).waitFor();
    expect(await page.getByTestId(TestIds.importProgress).innerText()).toMatch(/Đang đọc \d+\/30/);
    await page.getByTestId(TestIds.importResults).waitFor({ timeout: 120_000 });
    expect(await page.getByTestId(TestIds.resultsSummary).innerText()).toContain('30 nhận mới · 0 thay bản cũ · 0 không thay đổi · 0 bị từ chối');
    expect(await page.getByTestId(TestIds.inPaneNotice).count()).toBe(0);
    const table = page.getByTestId(rankingTestId('xa'));
    await eventually('30 ranked units', () => table.locator('tbody tr').count(), (n) => n === 30);
    // The roster's units are ranked; those not on it are received "ngoài danh sách" and not ranked.
    for (const i of [0, 1, roster.length - 1]) expect(await rankOf(page, NAMES[i])).toBe(String(i + 1));
    expect(await rankOf(page, NAMES[29])).toBe('ngoài danh sách');
    expect(await page.getByTestId(TestIds.unlisted).innerText()).toContain(`Đơn vị ngoài danh sách (${30 - roster.length})`);
    const totalCell = page.getByTestId(rankingRowTestId(NAMES[0])).getByTestId(TestIds.rankingTotal);
    expect(await totalCell.innerText()).toBe('95');
    expect(await page.getByTestId(TestIds.notSubmitted).innerText()).toContain('Mọi đơn vị trong danh sách đã nộp.');
    await page.screenshot({ path: join(SHOTS, 'consolidation-ranking.png'), fullPage: true });
    await axeCheck(page, 'consolidation');
  });

  it("moves a unit's rank after an appraisal typed into the Thẩm định sheet, on refresh and on focus", async () => {
    // The leader (95) loses its best criterion's points: its rank follows the other totals.
    const leader = NAMES[0];
    const best = scoreSet(xa, inputsForTotal(xa, leader, TOTALS[0])).criteria.slice().sort((a, b) => b.points - a.points)[0];
    // The row that shows the unit and the criterion, as the appraiser finds it.
    const row = await page.evaluate(([unit, code, unitCol, codeCol]) => {
      const sheet = window.fakeExcel!.sheet('Thẩm định');
      for (let r = 0; r < 2000; r++) if (sheet.cell(r, unitCol as number).value === unit && sheet.cell(r, codeCol as number).value === code) return r;
      return -1;
    }, [leader, best.code, APPRAISAL_COL.unit, APPRAISAL_COL.code] as const);
    expect(row).toBeGreaterThan(0);
    const address = a1(row, APPRAISAL_COL.appraised);
    const rankWith = (total: number) => String(1 + TOTALS.slice(1, roster.length).filter((t) => t > total).length);
    await page.evaluate(([at]) => window.fakeExcel!.userTypes('Thẩm định', at, 0), [address] as const);
    await page.getByTestId(TestIds.refresh).click();
    const dropped = rankWith(TOTALS[0] - best.points);
    expect(Number(dropped)).toBeGreaterThan(1);
    await eventually('rank of the appraised unit', () => rankOf(page, leader), (r) => r === dropped);
    expect(await rankOf(page, NAMES[1])).toBe('1');

    // 1.5 points off instead, picked up when the pane gets the focus: 93.5 ranks 2nd.
    await page.evaluate(([at, points]) => window.fakeExcel!.userTypes('Thẩm định', at as string, points as number), [address, best.points - 1.5] as const);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await eventually('rank after focus', () => rankOf(page, leader), (r) => r === '2');
    await page.screenshot({ path: join(SHOTS, 'consolidation-appraised.png'), fullPage: true });
  });

  it('re-imports the same files: every one "Không thay đổi", the appraisal kept', async () => {
    await page.getByTestId(TestIds.fileInput).setInputFiles(files);
    await eventually('re-import summary', () => page.getByTestId(TestIds.resultsSummary).innerText().catch(() => ''), (t) => t.includes('30 không thay đổi'));
    expect(await page.getByTestId(TestIds.resultsSummary).innerText()).toContain('Sổ tổng hợp không thay đổi.');
    expect(await page.getByTestId(TestIds.importResults).innerText()).toContain('Không thay đổi');
    expect(await rankOf(page, NAMES[0])).toBe('2');
    await page.screenshot({ path: join(SHOTS, 'consolidation-reimport.png'), fullPage: true });
  });

  it.each([320, 800])('reads at %i px: the ranking wraps or scrolls in its own box, the pane never overflows', async (width) => {
    await setPaneWidth(page, width);
    await page.getByTestId(rankingTestId('xa')).waitFor();
    expect(await overflowingElements(page)).toEqual([]);
    // Names wrap rather than widen the table: every unit name is inside the pane's width.
    const box = await page.getByTestId(rankingRowTestId(NAMES[0])).boundingBox();
    const pane = await page.locator('#container').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(pane!.x);
    await page.getByTestId(TestIds.unlisted).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `consolidation-${width}.png`) });
    await axeCheck(page, `consolidation ${width}px`);
  });

  it('accepts a unit not on the roster, which is then ranked; then all the others at once', async () => {
    const last = NAMES[29];
    await page.getByTestId(unlistedUnitTestId(last)).getByRole('button').click();
    await eventually('the accepted unit is ranked', () => rankOf(page, last), (r) => r === String(roster.length + 1));
    expect(await page.getByTestId(unlistedUnitTestId(last)).count()).toBe(0);
    await page.getByTestId(TestIds.acceptAllUnlisted).click();
    await eventually('no unit left outside the roster', () => page.getByTestId(TestIds.unlisted).count(), (n) => n === 0);
    for (const i of [roster.length, 28]) expect(await rankOf(page, NAMES[i])).toBe(String(i + 1));
    expect(await page.getByTestId(TestIds.masterSummary).innerText()).toContain('Danh sách có 30 đơn vị');
  });

  it('switches to English', async () => {
    await page.getByTestId(TestIds.languageSwitch).click();
    await eventually('English results', () => page.getByTestId(TestIds.resultsSummary).innerText(), (t) => t.includes('30 unchanged'));
    await axeCheck(page, 'consolidation-english');
    await page.getByTestId(TestIds.languageSwitch).click();
  });

  it('threw no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
