// The preview as a place to work: a form filled in the preview is still there after a reload
// (its values, the pane's points); the workbook downloads as an .xlsx that the project's reader
// reads and whose cached total is the engine's; a local .xlsx (a filled form as the command
// line's `fill` writes it) opens in the preview and the pane shows its points; "Bắt đầu
// lại" starts over with a blank workbook.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CriteriaSet } from '../../src/criteria/model';
import { buildFormPlan, readForm } from '../../src/form';
import { scoreSet } from '../../src/scoring';
import { findBuiltinSet } from '../../src/sets';
import { fieldTestId, jumpTestId, TestIds } from '../../src/taskpane/test-ids';
import { readWorkbook } from '../../src/xlsx';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser';
import { axeCheck, createCommuneForm, eventually } from '../support/pane-page';
import { filledFormBytes, fullEvidence, randomInputs, rng } from '../support/submissions';

jest.setTimeout(240_000);

const DIST = process.env.PANE_DIST ?? 'dist';
const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const { map } = buildFormPlan(set);
const criterion = set.sections[0].criteria[0];
const field = criterion.fields.find((f) => f.type === 'count' || f.type === 'integer')!;

const cellValue = (page: Page, fieldId: string) =>
  page.evaluate(([s, r, c]) => window.fakeExcel!.sheet(s as string).cell(r as number, c as number).value, [map.sheetName, map.valueCell[fieldId].row, map.valueCell[fieldId].col] as const);
const pointsShown = async (page: Page) => (await page.getByTestId(TestIds.criterionPoints).innerText()).split('/')[0].trim();
const vn = (n: number) => String(n).replace('.', ',');

async function showCriterion(page: Page, code: string): Promise<void> {
  await page.getByTestId(TestIds.tabOverview).click();
  await page.getByTestId(jumpTestId(code)).click();
}

async function savedInBrowser(page: Page): Promise<void> {
  await eventually('saved in the browser', () => page.getByTestId('pv-saved').getAttribute('data-state'), (s) => s === 'saved');
}

describe('the preview as a place to work', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const expected = scoreSet(set, { [field.id]: 18, tong_so_cbccvc: 20 }, {}).criteria.find((c) => c.code === criterion.code)!.points;

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}preview.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps a form filled in the preview across a reload: its values and its points', async () => {
    await createCommuneForm(page);
    await showCriterion(page, criterion.code);
    await page.getByTestId(fieldTestId(field.id)).fill('18');
    await eventually('the cell holds 18', () => cellValue(page, field.id), (v) => v === 18);
    await eventually('the points', () => pointsShown(page), (p) => p === vn(expected));
    await savedInBrowser(page);
    expect(await page.getByTestId('pv-saved').innerText()).toMatch(/^Đã lưu trong trình duyệt \(\d+ kB\)/);

    await page.reload();
    await page.getByTestId(TestIds.entryView).waitFor();
    expect(await cellValue(page, field.id)).toBe(18);
    expect(await cellValue(page, 'ten_don_vi')).toBe('UBND xã Thụy Vân');
    await showCriterion(page, criterion.code);
    await eventually('the points after the reload', () => pointsShown(page), (p) => p === vn(expected));
    expect(await page.getByTestId(fieldTestId(field.id)).inputValue()).toBe('18');
  });

  it('downloads the workbook as an .xlsx that the reader reads and whose total is the engine’s', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pv-download').click()]);
    expect(download.suggestedFilename()).toBe('so-tinh-xem-thu.xlsx');
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const form = readForm(readWorkbook(bytes).sheet(map.sheetName)!, set);
    expect(form.inputs[field.id]).toBe(18);
    expect(form.inputs.ten_don_vi).toBe('UBND xã Thụy Vân');
    const engine = scoreSet(set, form.inputs, { evidence: form.evidence });
    expect(form.cached.total).toBeCloseTo(engine.total, 6);
    expect(form.cached.criteria[criterion.code]).toBeCloseTo(expected, 6);
  });

  it('opens a local .xlsx (a form filled by the command line) and the pane shows its points', async () => {
    const inputs = randomInputs(set, 'UBND xã Sông Lô', rng(11));
    const total = scoreSet(set, inputs, { evidence: fullEvidence(set) }).total;
    const file = join(mkdtempSync(join(tmpdir(), 'preview-open-')), 'xa-song-lo.xlsx');
    writeFileSync(file, filledFormBytes(set, inputs, { evidence: fullEvidence(set) }));
    const reloaded = page.waitForEvent('load');
    await page.getByTestId('pv-open').locator('input').setInputFiles(file);
    await reloaded;
    await eventually('the file said opened', () => page.getByTestId('pv-note').innerText(), (t) => t === 'Đã mở tệp “xa-song-lo.xlsx”.');
    await page.getByTestId(TestIds.entryView).waitFor();
    expect(await cellValue(page, 'ten_don_vi')).toBe('UBND xã Sông Lô');
    await page.getByTestId(TestIds.tabOverview).click();
    await eventually('the total', () => page.getByTestId(TestIds.total).innerText(), (t) => t.includes(vn(total)));
    await axeCheck(page, 'preview with an opened file');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pv-download').click()]);
    expect(download.suggestedFilename()).toBe('xa-song-lo.xlsx');
  });

  it('says why a file that is not a workbook does not open, and keeps the workbook', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'preview-bad-')), 'ghi-chu.xlsx');
    writeFileSync(file, 'không phải tệp Excel');
    await page.getByTestId('pv-open').locator('input').setInputFiles(file);
    await eventually('the refusal', () => page.getByTestId('pv-note').innerText(), (t) => t.startsWith('Không mở được tệp “ghi-chu.xlsx”: '));
    expect(await page.getByTestId('pv-note').innerText()).toBe(
      'Không mở được tệp “ghi-chu.xlsx”: Tệp không phải là sổ làm việc Excel (.xlsx). Hãy mở tệp bằng Excel và lưu lại dưới dạng “Excel Workbook (*.xlsx)”.',
    );
    expect(await cellValue(page, 'ten_don_vi')).toBe('UBND xã Sông Lô');
  });

  it('starts over on "Bắt đầu lại": a blank workbook, also after a reload', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    const reloaded = page.waitForEvent('load');
    await page.getByTestId('pv-reset').click();
    await reloaded;
    await page.getByTestId(TestIds.startView).waitFor();
    expect(await page.evaluate(() => window.fakeExcel!.sheetNames())).toEqual(['Sheet1']);
    await page.reload();
    await page.getByTestId(TestIds.startView).waitFor();
    expect(await page.evaluate(() => window.fakeExcel!.sheetNames())).toEqual(['Sheet1']);
    expect(pageErrors).toEqual([]);
  });
});
