// Why a criterion scores 0, in the task pane on the preview page (issue 9), and what an older Excel
// skipped writing the form (issue 13). A commune officer types the entries — 20 staff, 25
// of them with a computer — and sees criterion 1.1 at 0 points with the reason beside it, live;
// correcting the value clears it. The finish step lists the voided criterion with its reason and
// goes to it. The same in English. On an Excel without ExcelApi 1.8 / 1.9 (`?api=1.7`) the pane
// says what was skipped creating the form, until dismissed.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CriteriaSet } from '../../src/criteria/model';
import { render } from '../../src/messages/texts';
import { scoreSet } from '../../src/scoring';
import { findBuiltinSet } from '../../src/sets';
import { fieldTestId, jumpTestId, TestIds, voidedTestId } from '../../src/taskpane/test-ids';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser';
import { axeCheck, createCommuneForm, eventually } from '../support/pane-page';

jest.setTimeout(240_000);

const DIST = process.env.PANE_DIST ?? 'dist';
const SHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const PART = 'so_cbccvc_co_may_tinh';
/** The engine's reason for the entries, in each language: what the pane must show. */
const reasonIn = (language: 'vi' | 'en') => render(language, scoreSet(set, { tong_so_cbccvc: 20, [PART]: 25 }).criteria.find((c) => c.code === '1.1')!.voided!);

async function openPreview(server: StaticServer, browser: Browser, query = ''): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}preview.html${query}`);
  return { context, page, errors };
}

async function typeStaffWithComputer(page: Page, typed: string): Promise<void> {
  const box = page.getByTestId(fieldTestId(PART));
  await box.fill(typed);
  await box.press('Enter');
}

const pointsShown = async (page: Page) => (await page.getByTestId(TestIds.criterionPoints).innerText()).split('/')[0].trim();
const reasonShown = (page: Page) => page.getByTestId(TestIds.voidReason).innerText();
const heading = (page: Page) => page.getByTestId(TestIds.stepHeading).innerText();

describe('why a criterion scores 0, in the pane', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows 1.1 at 0 points with “(25) lớn hơn … (20)” beside it, clears it once corrected, and lists it at the finish step', async () => {
    const { context, page, errors } = await openPreview(server, browser);
    await createCommuneForm(page);
    await page.getByTestId(TestIds.tabOverview).click();
    await page.getByTestId(jumpTestId('1.1')).click();
    await eventually('criterion 1.1', () => heading(page), (h) => h.startsWith('Tiêu chí 1.1.'));
    await typeStaffWithComputer(page, '25');
    const reason = await eventually('the reason beside the points', () => reasonShown(page), (text) => text !== '');
    expect(reason).toBe(reasonIn('vi'));
    expect(reason).toMatch(/^0 điểm — số liệu không hợp lệ: .*\(25\) lớn hơn .*\(20\)\.$/);
    expect(await pointsShown(page)).toBe('0');
    expect(await page.getByTestId(TestIds.voidReason).getAttribute('role')).toBe('status');
    await page.screenshot({ path: join(SHOTS, 'entry-voided.png') });
    await axeCheck(page, 'entry, voided criterion');

    await typeStaffWithComputer(page, '18');
    await eventually('the reason cleared', () => reasonShown(page), (text) => text === '');
    expect(Number((await pointsShown(page)).replace(',', '.'))).toBeGreaterThan(0);

    await typeStaffWithComputer(page, '25');
    await eventually('the reason again', () => reasonShown(page), (text) => text === reasonIn('vi'));
    await page.getByTestId(TestIds.tabFinish).click();
    const line = page.getByTestId(voidedTestId('1.1'));
    expect(await line.innerText()).toBe(`Tiêu chí 1.1: ${reasonIn('vi')}`);
    expect(await page.getByTestId(TestIds.voidedList).locator('li').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'finish-voided.png') });
    await axeCheck(page, 'finish, voided list');
    await line.click();
    await eventually('back at 1.1', () => heading(page), (h) => h.startsWith('Tiêu chí 1.1.'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says the same in English', async () => {
    const { context, page, errors } = await openPreview(server, browser);
    await createCommuneForm(page);
    await page.getByTestId(TestIds.languageSwitch).click();
    await page.getByTestId(TestIds.tabOverview).click();
    await page.getByTestId(jumpTestId('1.1')).click();
    await eventually('criterion 1.1, in English', () => heading(page), (h) => h.startsWith('Criterion 1.1.'));
    await typeStaffWithComputer(page, '25');
    const reason = await eventually('the reason beside the points', () => reasonShown(page), (text) => text !== '');
    expect(reason).toBe(reasonIn('en'));
    expect(reason).toMatch(/^0 points — invalid data: .*\(25\) is greater than .*\(20\)\.$/);
    expect(await pointsShown(page)).toBe('0');
    await page.getByTestId(TestIds.tabFinish).click();
    expect(await page.getByTestId(voidedTestId('1.1')).innerText()).toBe(`Criterion 1.1: ${reasonIn('en')}`);
    await page.getByTestId(voidedTestId('1.1')).click();
    await typeStaffWithComputer(page, '18');
    await eventually('the reason cleared', () => reasonShown(page), (text) => text === '');
    await page.getByTestId(TestIds.tabFinish).click();
    await page.getByTestId(TestIds.finishView).waitFor();
    expect(await page.getByTestId(TestIds.voidedList).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what an Excel without ExcelApi 1.8 and 1.9 skipped creating the form, until dismissed', async () => {
    const { context, page, errors } = await openPreview(server, browser, '?api=1.7');
    await createCommuneForm(page);
    const bar = page.getByTestId(TestIds.skippedBar);
    const text = await bar.innerText();
    expect(text).toContain('Excel này không có một số tính năng nên đã bỏ qua chúng khi ghi trang tính');
    expect(text).toContain('không đặt được kiểm tra dữ liệu trong ô (Excel này chưa có ExcelApi 1.8).');
    expect(text).toContain('không đặt được thiết lập in (Excel này chưa có ExcelApi 1.9).');
    await page.getByTestId(TestIds.languageSwitch).click();
    await eventually('in English', () => bar.innerText(), (t) => t.includes('in-cell validation skipped (this Excel lacks ExcelApi 1.8).'));
    await page.screenshot({ path: join(SHOTS, 'skipped-features.png') });
    await axeCheck(page, 'skipped features');
    await bar.getByRole('button').click();
    expect(await bar.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
