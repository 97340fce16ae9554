// Guided entry as a commune officer lives it, in a 320 px and an 800 px task pane on the preview
// page: the form counts as you type (no Enter, no leaving the box), percent boxes read "85",
// "85 %" and "0,85" alike and say what they read, Alt+Right / Alt+Left move the focus into the next
// / previous step's first field (also right after the form was created), the last criterion leads
// on to the finish step, whose problem list has one numbered line per problem and which says that
// the deadline has passed. Nothing overflows the pane sideways; axe finds nothing serious.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CriteriaSet } from '../../src/criteria/model';
import { buildFormPlan } from '../../src/form/plan';
import { scoreSet } from '../../src/scoring';
import { findBuiltinSet } from '../../src/sets';
import { fieldReadingTestId, fieldTestId, jumpTestId, TestIds } from '../../src/taskpane/test-ids';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser';
import { axeCheck, createCommuneForm, eventually, overflowingElements, setPaneWidth } from '../support/pane-page';

jest.setTimeout(240_000);

const DIST = process.env.PANE_DIST ?? 'dist';
const SHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const { map } = buildFormPlan(set);
const criteria = set.sections.flatMap((s) => s.criteria);
const PERCENT = 'ty_le_van_ban_dien_tu';
const percentStep = criteria.find((c) => c.fields.some((f) => f.id === PERCENT))!.code;

const cellValue = (page: Page, fieldId: string) =>
  page.evaluate(([s, r, c]) => window.fakeExcel!.sheet(s as string).cell(r as number, c as number).value, [map.sheetName, map.valueCell[fieldId].row, map.valueCell[fieldId].col] as const);
const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);
const heading = (page: Page) => page.getByTestId(TestIds.stepHeading).innerText();

describe.each([320, 800])('guided entry in a %i px task pane', (width) => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: width + 640, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}preview.html`);
    await setPaneWidth(page, width);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates the form, and Alt+Right right after moves the focus into the next step’s first field', async () => {
    // the newest round (2025) comes first; this walk is the 2018 commune form
    await createCommuneForm(page);
    const opened = await heading(page);
    await page.keyboard.press('Alt+ArrowRight');
    const next = criteria[opened.startsWith('Tiêu chí') ? criteria.findIndex((c) => opened.startsWith(`Tiêu chí ${c.code}.`)) + 1 : 0];
    await eventually('the next step', () => heading(page), (h) => h.startsWith(`Tiêu chí ${next.code}.`));
    await eventually('focus in its first field', () => focusedTestId(page), (id) => id === fieldTestId(next.fields[0].id));
    await page.keyboard.press('Alt+ArrowLeft');
    await eventually('back one step', () => heading(page), (h) => h === opened);
    await page.keyboard.press('Alt+ArrowRight');
    await eventually('focus in the first field again', () => focusedTestId(page), (id) => id === fieldTestId(next.fields[0].id));
    expect(await overflowingElements(page)).toEqual([]);
  });

  it('counts as you type: the points change while the focus is still in the box', async () => {
    const criterion = criteria[0];
    await page.getByTestId(TestIds.tabOverview).click();
    await page.getByTestId(jumpTestId(criterion.code)).click();
    const field = criterion.fields.find((f) => f.type === 'count' || f.type === 'integer')!;
    const box = page.getByTestId(fieldTestId(field.id));
    await box.click();
    await box.pressSequentially('18', { delay: 40 });
    const inputs = { [field.id]: 18, tong_so_cbccvc: 20 };
    const expected = scoreSet(set, inputs, {}).criteria.find((c) => c.code === criterion.code)!.points;
    await eventually('the cell holds the typed value', () => cellValue(page, field.id), (v) => v === 18);
    const points = page.getByTestId(TestIds.criterionPoints);
    await eventually('the points the workbook computed', async () => (await points.innerText()).split('/')[0].trim(), (p) => p === String(expected).replace('.', ','));
    expect(await focusedTestId(page)).toBe(fieldTestId(field.id));
  });

  it('reads "85", "85 %" and "0,85" in a percent box all as 85 %, and shows what it read', async () => {
    await page.getByTestId(TestIds.tabOverview).click();
    await page.getByTestId(jumpTestId(percentStep)).click();
    const box = page.getByTestId(fieldTestId(PERCENT));
    const reading = page.getByTestId(fieldReadingTestId(PERCENT));
    for (const typed of ['85', '85 %', '0,85']) {
      await box.fill('50');
      await eventually('50 %', () => cellValue(page, PERCENT), (v) => v === 0.5);
      await box.fill(typed);
      expect(await reading.innerText()).toBe('Hiểu là 85%');
      await eventually(`"${typed}" written as 85 %`, () => cellValue(page, PERCENT), (v) => v === 0.85);
    }
    await box.press('Tab');
    await eventually('the box shows the workbook’s value once left', () => box.inputValue(), (v) => v === '85');
    if (width === 320) await page.screenshot({ path: join(SHOTS, 'entry-percent-320.png') });
    await axeCheck(page, `entry ${width}px`);
  });

  it('leads on from the last criterion to the finish step, by the button and by Alt+Right', async () => {
    const last = criteria[criteria.length - 1];
    await page.getByTestId(TestIds.tabOverview).click();
    await page.getByTestId(jumpTestId(last.code)).click();
    await eventually('last criterion', () => heading(page), (h) => h.startsWith(`Tiêu chí ${last.code}.`));
    expect(await page.getByTestId(TestIds.next).innerText()).toBe('Hoàn tất');
    await page.getByTestId(TestIds.next).click();
    await page.getByTestId(TestIds.finishView).waitFor();
    await eventually('focus on the finish heading', () => page.evaluate(() => document.activeElement?.tagName), (tag) => tag === 'H2');
    await page.keyboard.press('Alt+ArrowLeft');
    await eventually('back to the last criterion', () => heading(page), (h) => h.startsWith(`Tiêu chí ${last.code}.`));
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByTestId(TestIds.finishView).waitFor();
  });

  it('lists one numbered line per problem, each naming its place once, and says the deadline has passed', async () => {
    const items = page.getByTestId(TestIds.problemList).locator('li');
    const lines = await items.allInnerTexts();
    expect(lines.length).toBeGreaterThan(3);
    lines.forEach((line, index) => {
      const text = line.replace(/\s+/g, ' ').trim();
      expect(text.startsWith(`${index + 1}. `)).toBe(true);
      const place = /^\d+\. (Tiêu chí [\d.]+|Thông tin chung):/.exec(text)?.[1];
      expect(place).toBeDefined();
      expect(text.split(`${place}:`).length - 1).toBe(1);
    });
    const notice = await page.getByTestId(TestIds.deadlineNotice).innerText();
    expect(notice).toMatch(/^Đã quá hạn gửi 03\/10\/2018 \(\d+ ngày\)/);
    expect(await overflowingElements(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `finish-${width}.png`) });
    await axeCheck(page, `finish ${width}px`);
  });

  it('threw no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
