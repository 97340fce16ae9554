// Helpers shared by the browser suites: waiting for what the user would see, the axe check of the
// pane, the pane at a given width (Excel's task pane is 320 px wide at its narrowest), and whether
// anything in it overflows sideways; and the walk that creates the 2018 commune form.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fieldTestId, TestIds } from '../../src/taskpane/test-ids';

/** Re-reads until `ok` holds; fails naming `what` and the last value after `timeoutMs`. */
export async function eventually<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
    last = await read();
  }
  return last;
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** No serious or critical axe finding in the pane (minor ones are printed). */
export async function axeCheck(page: Page, view: string): Promise<void> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: source });
  const violations: AxeViolation[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Tabster's focus-trap dummies (aria-hidden, focusable by design: they forward focus) are Fluent internals.
    const result = await axe.run({ include: [['#container']], exclude: [['[data-tabster-dummy]']] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length > 0) console.log(`axe (${view}): minor findings\n${JSON.stringify(minor, null, 2)}`);
  expect({ view, violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ view, violations: [] });
}

/** Gives the preview's task pane `width` CSS pixels, as Excel would. */
export async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.addStyleTag({ content: `#container { flex: 0 0 ${width}px !important; width: ${width}px; }` });
}

/** Elements of the pane wider than the pane (what a user would have to scroll the whole pane sideways to see). */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById('container') as HTMLElement;
    const right = pane.getBoundingClientRect().right;
    const wide: string[] = [];
    for (const element of Array.from(pane.querySelectorAll<HTMLElement>('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= right + 1) continue;
      // Inside a box that scrolls sideways itself, wide content is reachable.
      const scroller = element.parentElement?.closest<HTMLElement>('[data-scrolls-sideways]');
      if (scroller && scroller.getBoundingClientRect().right <= right + 1) continue;
      wide.push(`${element.tagName.toLowerCase()}${element.dataset.testid ? `[${element.dataset.testid}]` : ''} ${Math.round(box.right - right)}px: ${(element.innerText ?? '').slice(0, 40)}`);
    }
    return pane.scrollWidth > pane.clientWidth ? [`pane scrolls sideways (${pane.scrollWidth} > ${pane.clientWidth})`, ...wide] : wide;
  });
}

/** Creates the 2018 commune form with 20 staff, from the start view. */
export async function createCommuneForm(page: Page): Promise<void> {
  await page.getByTestId(TestIds.startView).waitFor();
  await page.getByTestId(TestIds.yearPicker).click();
  await page.getByRole('option', { name: '2018' }).click();
  await page.getByTestId(`${TestIds.groupPicker}-xa`).check();
  for (const [id, typed] of [['ten_don_vi', 'UBND xã Thụy Vân'], ['tong_so_cbccvc', '20']]) {
    await page.getByTestId(fieldTestId(id)).fill(typed);
    await page.getByTestId(fieldTestId(id)).press('Enter');
  }
  await page.getByTestId(TestIds.createForm).click();
  await page.getByTestId(TestIds.entryView).waitFor();
}
