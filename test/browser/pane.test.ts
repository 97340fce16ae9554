// The task pane in headless chromium on the preview page (the real pane over the Office.js adapter
// and the stand-in Excel): create a 2018 commune form, fill every criterion through the pane, see
// the workbook's total and band equal the engine's, catch and fix invalid values, follow the
// sheet's selection and typing, switch languages; screenshots and an axe check of every view.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { findBuiltinSet } from '../../src/sets';
import type { CriteriaSet, InputField, Inputs } from '../../src/criteria/model';
import { buildFormPlan } from '../../src/form/plan';
import { a1 } from '../../src/plan/address';
import { vi as VIETNAMESE } from '../../src/messages/texts/vi';
import { render } from '../../src/messages/texts';
import { checkInputs, scoreSet } from '../../src/scoring';
import { fieldProblemTestId, fieldTestId, jumpTestId, optionTestId, problemTestId, TestIds } from '../../src/taskpane/test-ids';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser';
import { axeCheck, eventually } from '../support/pane-page';

jest.setTimeout(240_000);

const DIST = process.env.PANE_DIST ?? 'dist';
const SHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const { map } = buildFormPlan(set);

/** What the user types for each field, and the cell value that must result. */
const ENTRY: Record<string, { typed: string; value: string | number }> = {
  ten_don_vi: { typed: 'UBND xã Thụy Vân', value: 'UBND xã Thụy Vân' },
  dia_chi: { typed: 'Xã Thụy Vân, thành phố Việt Trì, tỉnh Phú Thọ', value: 'Xã Thụy Vân, thành phố Việt Trì, tỉnh Phú Thọ' },
  tong_so_cbccvc: { typed: '20', value: 20 },
  nguoi_lien_he: { typed: 'Nguyễn Thị Hồng', value: 'Nguyễn Thị Hồng' },
  chuc_vu: { typed: 'Công chức Văn phòng - Thống kê', value: 'Công chức Văn phòng - Thống kê' },
  dien_thoai: { typed: '0210 3846 123', value: '0210 3846 123' },
  email: { typed: 'thuyvan@viettri.gov.vn', value: 'thuyvan@viettri.gov.vn' },
  ngay_lap_phieu: { typed: '28/09/2018', value: 43371 },
  so_cbccvc_co_may_tinh: { typed: '18', value: 18 },
  bang_thong_binh_quan: { typed: '2,5', value: 2.5 },
  co_mang_lan: { typed: 'Có', value: 'Có' },
  ket_noi_mang_tslcd: { typed: 'Có', value: 'Có' },
  co_diem_cau_truyen_hinh: { typed: 'Không', value: 'Không' },
  so_may_tinh: { typed: '22', value: 22 },
  so_may_tinh_ket_noi_internet: { typed: '20', value: 20 },
  so_cbccvc_dung_thu_cong_vu: { typed: '17', value: 17 },
  muc_do_qlvb: { typed: 'Sử dụng đến từng công chức', value: 'Sử dụng đến từng công chức' },
  ty_le_van_ban_dien_tu: { typed: '72,5', value: 0.725 },
  so_cuoc_hop_truc_tuyen: { typed: '6', value: 6 },
  so_phan_mem_chuyen_nganh: { typed: '4', value: 4 },
  trang_ttdt_xa: { typed: 'Có chuyên trang trên Cổng thông tin điện tử thành phố', value: 'Có chuyên trang trên Cổng thông tin điện tử thành phố' },
  so_tin_bai: { typed: '35', value: 35 },
  so_nhom_thong_tin: { typed: '8', value: 8 },
  so_tthc: { typed: '120', value: 120 },
  so_tthc_truc_tuyen_muc_3_4: { typed: '30', value: 30 },
  so_ho_so_tiep_nhan: { typed: '400', value: 400 },
  so_ho_so_truc_tuyen: { typed: '25', value: 25 },
  co_mot_cua_dien_tu: { typed: 'Có', value: 'Có' },
  mot_cua_lien_thong_tp: { typed: 'Không', value: 'Không' },
  so_may_tinh_co_phan_mem_diet_virus: { typed: '19', value: 19 },
  khong_co_su_co_attt: { typed: 'Có', value: 'Có' },
  co_ke_hoach_cntt: { typed: 'Có', value: 'Có' },
  lanh_dao_phu_trach_cntt: { typed: 'Phó Chủ tịch UBND', value: 'Phó Chủ tịch UBND' },
  can_bo_chuyen_trach_cntt: { typed: 'Kiêm nhiệm', value: 'Kiêm nhiệm' },
  so_cbccvc_duoc_tap_huan: { typed: '12', value: 12 },
  ty_le_thanh_thao_may_tinh: { typed: '80', value: 0.8 },
};
const EVIDENCE = 'Quyết định số 15/QĐ-UBND ngày 10/01/2018 của UBND xã Thụy Vân';

/** A number as the pane shows it in Vietnamese ("1.234,5") or English ("1,234.5"). */
function paneNumber(text: string, language: 'vi' | 'en' = 'vi'): number {
  const plain = language === 'vi' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  return Number(plain.trim());
}

const textOf = (locator: Locator) => locator.innerText();

async function fillField(page: Page, field: InputField, typed: string): Promise<void> {
  const control = page.getByTestId(fieldTestId(field.id));
  if (field.type === 'yesno') {
    await page.getByTestId(optionTestId(field.id, typed)).check();
  } else if (field.type === 'choice') {
    await control.click();
    await page.getByTestId(optionTestId(field.id, typed)).click();
  } else {
    await control.fill(typed);
    await control.press('Enter');
  }
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/**
 * The pane's own Vietnamese words (its catalogue texts, cut at their placeholders) found in `text`:
 * none may be left once English is chosen. The set's data (criterion names, field labels) stays
 * Vietnamese by design and is not among them, nor are the form's own headings that English texts
 * name in brackets ("evidence (Tài liệu kiểm chứng) must be cited").
 */
function vietnameseLeftIn(shown: string): string[] {
  const text = shown.replace(/\([^)]*\)/g, '');
  const pieces = Object.entries(VIETNAMESE)
    .filter(([code]) => code.startsWith('pane.') || code.startsWith('entry.'))
    .flatMap(([, template]) => template.split(/\{[^}]*\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 8 && /[^\x00-\x7f]/.test(piece));
  return [...new Set(pieces)].filter((piece) => text.includes(piece));
}

async function heading(page: Page): Promise<string> {
  return textOf(page.getByTestId(TestIds.stepHeading));
}

describe('the task pane on the preview page', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const external: string[] = [];
  const entered: Inputs = {};

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) external.push(request.url());
    });
    await page.goto(`${server.url}preview.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers the built-in sets on a sheet that is not a form, and creates the commune form with the unit information', async () => {
    await page.getByTestId(TestIds.startView).waitFor();
    // the newest round comes first: the 2025 digital-transformation index, its communes and wards
    expect(await textOf(page.getByTestId(TestIds.yearPicker))).toContain('2025');
    await page.getByTestId(`${TestIds.groupPicker}-xa`).check();
    expect(await textOf(page.getByTestId(TestIds.setSummary))).toContain('Phụ lục II — tối đa 1.000 điểm');
    await page.getByTestId(TestIds.yearPicker).click();
    await page.getByRole('option', { name: '2018' }).click();
    await page.getByTestId(`${TestIds.groupPicker}-xa`).check();
    expect(await textOf(page.getByTestId(TestIds.setSummary))).toContain('Phụ lục II — tối đa 100 điểm');
    await page.getByTestId(TestIds.createForm).click();
    // The unit name and staff count are required: nothing is created without them.
    await page.getByTestId(fieldProblemTestId('ten_don_vi')).waitFor();
    for (const field of set.generalFields) {
      await fillField(page, field, ENTRY[field.id].typed);
      entered[field.id] = ENTRY[field.id].value;
    }
    await shot(page, 'start');
    await axeCheck(page, 'start');
    await page.getByTestId(TestIds.createForm).click();
    await page.getByTestId(TestIds.entryView).waitFor();
    expect(await page.evaluate(() => window.fakeExcel!.activeSheetName())).toBe(map.sheetName);
    const nameCell = map.valueCell.ten_don_vi;
    expect(await page.evaluate(([s, r, c]) => window.fakeExcel!.sheet(s as string).cell(r as number, c as number).value, [map.sheetName, nameCell.row, nameCell.col])).toBe('UBND xã Thụy Vân');
  });

  it('fills every criterion through the pane, showing the points the workbook computed', async () => {
    const fields = set.sections.flatMap((s) => s.criteria.flatMap((c) => c.fields));
    expect(fields.filter((f) => !(f.id in ENTRY)).map((f) => f.id)).toEqual([]);
    const first = set.sections[0].criteria[0].code;
    await eventually('guided entry opens at the first criterion', () => heading(page), (h) => h.startsWith(`Tiêu chí ${first}.`));
    const evidence: Record<string, string> = {};
    const criteria = set.sections.flatMap((s) => s.criteria);
    for (const [index, criterion] of criteria.entries()) {
      await eventually(`heading of ${criterion.code}`, () => heading(page), (h) => h.startsWith(`Tiêu chí ${criterion.code}.`));
      for (const field of criterion.fields) {
        await fillField(page, field, ENTRY[field.id].typed);
        entered[field.id] = ENTRY[field.id].value;
      }
      if (criterion.evidenceRequired) {
        await page.getByTestId(TestIds.evidence).fill(EVIDENCE);
        await page.getByTestId(TestIds.evidence).press('Control+Enter');
        evidence[criterion.code] = EVIDENCE;
      }
      const expected = scoreSet(set, entered, { evidence }).criteria.find((c) => c.code === criterion.code)!.points;
      await eventually(
        `points of ${criterion.code} read back from the workbook`,
        async () => paneNumber((await textOf(page.getByTestId(TestIds.criterionPoints))).split('/')[0]),
        (points) => points === expected,
      );
      if (criterion.code === '2.2') await shot(page, 'entry');
      if (index === criteria.length - 1) {
        expect(await textOf(page.getByTestId(TestIds.next))).toBe('Hoàn tất'); // on to the finish step
      } else if (index % 2 === 1) {
        await page.keyboard.press('Alt+ArrowRight'); // the shortcut, from wherever the focus is
        const next = criteria[index + 1];
        const first = next.fields[0]?.id;
        const landed = (id: string | null | undefined) => (first ? id === fieldTestId(first) || !!id?.startsWith(`option-${first}-`) : id === TestIds.stepHeading);
        await eventually('focus in the new step', () => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), landed);
      } else {
        await page.getByTestId(TestIds.next).click();
      }
    }
    await axeCheck(page, 'entry');
    // Every value landed in its cell with the cell semantics (percent as a fraction, labels as text).
    const cells = await page.evaluate(
      ([sheet, places]) => (places as [string, number, number][]).map(([id, r, c]) => [id, window.fakeExcel!.sheet(sheet as string).cell(r, c).value]),
      [map.sheetName, Object.keys(ENTRY).map((id) => [id, map.valueCell[id].row, map.valueCell[id].col])] as const,
    );
    expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(Object.entries(ENTRY).map(([id, e]) => [id, e.value])));
  });

  it('shows the total and band of the workbook, equal to the engine on the same inputs', async () => {
    const evidence = Object.fromEntries(set.sections.flatMap((s) => s.criteria.filter((c) => c.evidenceRequired).map((c) => [c.code, EVIDENCE])));
    const expected = scoreSet(set, entered, { evidence });
    await page.getByTestId(TestIds.tabOverview).click();
    await page.getByTestId(TestIds.overviewView).waitFor();
    const total = await eventually('total', async () => paneNumber(await textOf(page.getByTestId(TestIds.total))), (t) => t === expected.total);
    expect(total).toBe(expected.total);
    expect(await textOf(page.getByTestId(TestIds.band))).toBe(expected.band);
    for (const section of expected.sections) {
      expect(paneNumber((await textOf(page.getByTestId(`subtotal-${section.code}`))).replace(/^[^:]*:/, '').split('/')[0])).toBe(section.points);
    }
    expect(expected.problems).toEqual([]);
    expect(Number(await page.getByTestId(TestIds.progress).getAttribute('aria-valuenow'))).toBe(1);
    await shot(page, 'overview');
    await axeCheck(page, 'overview');
  });

  it('shows the engine problem next to an invalid value, and clears it once fixed', async () => {
    await page.getByTestId(jumpTestId('1.1')).click();
    await eventually('jump to 1.1', () => heading(page), (h) => h.startsWith('Tiêu chí 1.1.'));
    const field = set.sections[0].criteria[0].fields[0];
    await fillField(page, field, '25'); // more staff with a computer than staff
    const expected = checkInputs(set, { ...entered, [field.id]: 25 }).filter((p) => p.fieldId === field.id).map((p) => render('vi', p.message));
    expect(expected.length).toBeGreaterThan(0);
    const problem = page.getByTestId(fieldProblemTestId(field.id));
    const shown = await eventually('inline problem', async () => ((await problem.count()) > 0 ? textOf(problem) : ''), (t) => t !== '');
    for (const message of expected) expect(shown).toContain(message);
    expect(shown).toMatch(/không được lớn hơn/);

    await page.getByTestId(TestIds.tabFinish).click();
    const listed = await textOf(page.getByTestId(problemTestId(0)));
    expect(listed).toContain('Tiêu chí 1.1');
    await shot(page, 'finish-problems');
    await page.getByTestId(problemTestId(0)).click();
    await eventually('problem jumps to its criterion', () => heading(page), (h) => h.startsWith('Tiêu chí 1.1.'));

    await fillField(page, field, '18');
    await eventually('problem gone', () => problem.count(), (n) => n === 0);

    // A percent above 100% on 2.3.
    await page.getByTestId(TestIds.tabOverview).click();
    await page.getByTestId(jumpTestId('2.3')).click();
    await fillField(page, { ...field, id: 'ty_le_van_ban_dien_tu', type: 'percent' }, '120');
    const percentProblem = page.getByTestId(fieldProblemTestId('ty_le_van_ban_dien_tu'));
    await eventually('percent problem', () => percentProblem.count(), (n) => n === 1);
    expect(await textOf(percentProblem)).toMatch(/100/);
    await fillField(page, { ...field, id: 'ty_le_van_ban_dien_tu', type: 'percent' }, '72,5');
    await eventually('percent problem gone', () => percentProblem.count(), (n) => n === 0);

    // Text in a number box is refused before anything is written.
    await fillField(page, { ...field, id: 'ty_le_van_ban_dien_tu', type: 'percent' }, 'nhiều');
    expect(await textOf(percentProblem)).toContain('Giá trị phải là một số');
    await fillField(page, { ...field, id: 'ty_le_van_ban_dien_tu', type: 'percent' }, '72,5');
    await eventually('typing problem gone', () => percentProblem.count(), (n) => n === 0);
  });

  it('checks the whole form on the finish view, with the deadline and where to send it', async () => {
    await page.getByTestId(TestIds.tabFinish).click();
    await page.getByTestId(TestIds.checkOk).waitFor();
    const send = await textOf(page.getByTestId(TestIds.deadline));
    expect(send).toContain('Hạn gửi: 03/10/2018');
    expect(send).toContain(`Gửi về: ${set.sendTo}`);
    expect(await textOf(page.getByTestId(TestIds.printInfo))).toContain('A4 nằm ngang');
    await shot(page, 'finish');
    await axeCheck(page, 'finish');
  });

  it('follows a cell selected in the visible workbook grid, and selects the cell of the step chosen in the pane', async () => {
    const rows = map.criterionRows['4.2'];
    await page.locator(`#workbook td[data-address="${a1(rows.last, 1)}"]`).click();
    await eventually('pane follows the selection', () => heading(page), (h) => h.startsWith('Tiêu chí 4.2.'));
    await page.getByTestId(TestIds.next).click();
    const target = map.valueCell.co_mot_cua_dien_tu;
    await eventually('sheet selection follows the pane', () => page.evaluate(() => window.fakeExcel!.selection()?.address), (a) => a === a1(target.row, target.col));
    expect(await heading(page)).toMatch(/^Tiêu chí 4\.3\./);
  });

  it('picks up values typed or picked in the sheet: on the change event, and after a refresh when no event fires', async () => {
    await page.getByTestId(TestIds.tabOverview).click();
    await page.getByTestId(jumpTestId('3.2')).click();
    const cell = map.valueCell.so_tin_bai;
    await page.evaluate(([s, a]) => window.fakeExcel!.userTypes(s, a, 60), [map.sheetName, a1(cell.row, cell.col)] as const);
    entered.so_tin_bai = 60;
    await eventually('typed value shown', () => page.getByTestId(fieldTestId('so_tin_bai')).inputValue(), (v) => v === '60');

    await page.getByTestId(TestIds.tabOverview).click();
    await page.getByTestId(jumpTestId('2.2')).click();
    const qlvb = map.valueCell.muc_do_qlvb;
    await page.evaluate(([s, a]) => window.fakeExcel!.userPicksFromList(s, a, 'Liên thông với thành phố'), [map.sheetName, a1(qlvb.row, qlvb.col)] as const);
    entered.muc_do_qlvb = 'Liên thông với thành phố';
    await page.getByTestId(TestIds.refresh).click();
    await eventually('picked value shown after refresh', () => textOf(page.getByTestId(fieldTestId('muc_do_qlvb'))), (v) => v.includes('Liên thông với thành phố'));
    const evidence = Object.fromEntries(set.sections.flatMap((s) => s.criteria.filter((c) => c.evidenceRequired).map((c) => [c.code, EVIDENCE])));
    const expected = scoreSet(set, entered, { evidence });
    const points = expected.criteria.find((c) => c.code === '2.2')!.points;
    await eventually('points of 2.2 follow', async () => paneNumber((await textOf(page.getByTestId(TestIds.criterionPoints))).split('/')[0]), (p) => p === points);

    // And on focus: the pane re-reads when it gets the focus back.
    await page.evaluate(([s, a]) => window.fakeExcel!.userPicksFromList(s, a, 'Sử dụng tại Văn phòng UBND'), [map.sheetName, a1(qlvb.row, qlvb.col)] as const);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await eventually('picked value shown after focus', () => textOf(page.getByTestId(fieldTestId('muc_do_qlvb'))), (v) => v.includes('Sử dụng tại Văn phòng UBND'));
  });

  it('switches to English and back, remembering the choice', async () => {
    await page.getByTestId(TestIds.languageSwitch).click();
    await eventually('English heading', () => heading(page), (h) => h.startsWith('Criterion 2.2.'));
    expect(await textOf(page.getByTestId(TestIds.next))).toBe('Next');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(vietnameseLeftIn(await page.getByTestId(TestIds.pane).innerText())).toEqual([]);
    await shot(page, 'english');
    await axeCheck(page, 'english');
    // The preview keeps its workbook across a reload; starting over (a blank workbook, then a
    // reload) brings the start view back, in English: the choice is remembered.
    page.once('dialog', (dialog) => void dialog.accept());
    const reloaded = page.waitForEvent('load');
    await page.getByTestId('pv-reset').click();
    await reloaded;
    await page.getByTestId(TestIds.startView).waitFor();
    // English is fetched on first use: the start view shows it once it has arrived.
    await eventually('English start view', () => textOf(page.getByTestId(TestIds.createForm)), (t) => t === 'Create form');
    expect(vietnameseLeftIn(await page.getByTestId(TestIds.pane).innerText())).toEqual([]);
    await page.getByTestId(TestIds.languageSwitch).click();
    await eventually('Vietnamese again', () => textOf(page.getByTestId(TestIds.createForm)), (t) => t === 'Tạo biểu mẫu');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });

  it('made no request outside the page and threw no errors', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
