// The preview's stand-in grid works like a spreadsheet: typing a character starts typing into the
// selected cell, Enter writes it and moves down, F2 edits the cell's text, Delete clears it, the
// arrow keys move the selection and the grid scrolls to it, and a double-click still opens the
// editor after the grid has been redrawn (the handler used to be lost on redraw). Each edit fires
// the workbook's change event as Excel's would.

import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser';
import { eventually } from '../support/pane-page';

jest.setTimeout(180_000);

const DIST = process.env.PANE_DIST ?? 'dist';
const value = (page: Page, address: string) => page.evaluate((a) => window.fakeExcel!.sheet('Sheet1').cell(a).value, address);
const selected = (page: Page) => page.evaluate(() => window.fakeExcel!.selection()?.address);

describe('the preview grid', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}preview.html`);
    await page.locator('#workbook td[data-address="A1"]').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('types into the selected cell: a character starts, Enter writes and moves down; F2 edits; Delete clears', async () => {
    await page.locator('#workbook td[data-address="B2"]').click();
    await page.keyboard.type('42');
    await page.keyboard.press('Enter');
    await eventually('B2 holds 42', () => value(page, 'B2'), (v) => v === 42);
    expect(await selected(page)).toBe('B3');
    await page.keyboard.press('ArrowUp');
    await eventually('back on B2', () => selected(page), (a) => a === 'B2');
    await page.keyboard.press('F2');
    await page.getByTestId('gv-editor').waitFor();
    expect(await page.getByTestId('gv-editor').inputValue()).toBe('42');
    await page.keyboard.type(',5');
    await page.keyboard.press('Tab');
    await eventually('B2 holds the edited text', () => value(page, 'B2'), (v) => v === '42,5');
    expect(await selected(page)).toBe('C2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await eventually('B2 cleared', () => value(page, 'B2'), (v) => v === null);
    await page.keyboard.press('Escape');
  });

  it('moves with the arrow keys and scrolls the grid to the selection', async () => {
    await page.evaluate(() => window.fakeExcel!.userTypes('Sheet1', 'A150', 'cuối'));
    await page.locator('#workbook td[data-address="A1"]').click();
    for (let i = 0; i < 120; i++) await page.keyboard.press('ArrowDown');
    await eventually('selection on A121', () => selected(page), (a) => a === 'A121');
    const visible = await page.evaluate(() => {
      const grid = document.querySelector('[data-testid="gv-grid"]')!.getBoundingClientRect();
      const cell = document.querySelector('td.gv-selected')!.getBoundingClientRect();
      return cell.top >= grid.top && cell.bottom <= grid.bottom;
    });
    expect(visible).toBe(true);
  });

  it('opens the editor on a double-click, also after the grid was redrawn by a write', async () => {
    await page.locator('#workbook td[data-address="C3"]').click();
    await page.evaluate(() => window.fakeExcel!.userTypes('Sheet1', 'D4', 7)); // redraws the grid
    await page.locator('#workbook td[data-address="C3"]').dblclick();
    await page.getByTestId('gv-editor').waitFor();
    await page.keyboard.type('Có');
    await page.keyboard.press('Enter');
    await eventually('C3 holds the typed text', () => value(page, 'C3'), (v) => v === 'Có');
  });

  it('threw no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
