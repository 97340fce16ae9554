// The printed form as an official would hold it: forms written by `fill` (and by the plan, for a
// department) exported to PDF by LibreOffice, read back with poppler. After filling, the header
// carries the unit, its governing body, its number, its place and date — no placeholder is left;
// the reconstructed parts of the set are named on the paper; no row cuts its text off; nothing is
// shaded or coloured; the page number sits at the top centre from page 2 on. Controls prove each
// check can fail: the blank template keeps its placeholders and its shading, and a row made too
// short is reported as clipped.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { findBuiltinSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/criteria/model';
import { formWorkbookBytes } from '../../src/cli/form-file';
import { cli } from '../support/cli';
import { colouredPixels, compactText, exportPdfs, horizontalRules, pdfPages, rasterPage, tempDir, wordsCutByRules, type PdfPage } from '../support/pdf';
import { filledFormBytes, fullEvidence, fullMarksInputs } from '../support/submissions';
import { writeWorkbook } from '../../src/xlsx';
import { buildFormPlan } from '../../src/form';

jest.setTimeout(420_000);

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'before-header', 'xa-inputs.json');
const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const so = findBuiltinSet('phutho-2018-so') as CriteriaSet;
const compact = (text: string) => text.replace(/\s+/g, '').normalize('NFC');
const PLACEHOLDERS = ['TÊNCƠQUAN', '……', 'ngày…tháng', '…/BC-…'];

interface Printed {
  pdf: string;
  pages: PdfPage[];
  text: string;
}

describe('the printed form (LibreOffice PDF export)', () => {
  const dir = tempDir('egov-print-');
  const printed = new Map<string, Printed>();

  beforeAll(async () => {
    // A commune fills its form from the command line, with its report number; the roster knows its place.
    const inputs = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { inputs: Record<string, unknown> };
    inputs.inputs.so_ky_hieu = '15/BC-UBND';
    const inputsFile = path.join(dir, 'xa.json');
    fs.writeFileSync(inputsFile, JSON.stringify(inputs));
    const filledXa = path.join(dir, 'filled-xa.xlsx');
    const run = cli('fill', 'phutho-2018-xa', '--inputs', inputsFile, '-o', filledXa);
    expect(run.code).toBe(0);
    // A department under UBND tỉnh, every value given.
    const soInputs = { ...fullMarksInputs(so, 'Sở Y tế'), co_quan_chu_quan: 'UBND tỉnh Phú Thọ', dia_danh: 'Phú Thọ', so_ky_hieu: '07/BC-SYT', ngay_lap_phieu: 43378, nguoi_lien_he: 'Trần Văn Minh' };
    // A control whose row is too short for its text: the section II heading squeezed to one thin line.
    const { plan, map } = buildFormPlan(xa, { inputs: inputs.inputs as never });
    const sectionTwo = map.sectionCell[xa.sections[1].code].row;
    plan.sheets[0].rowHeights = { ...plan.sheets[0].rowHeights, [sectionTwo]: 9 };
    const files = [
      { name: 'filled-xa.xlsx', bytes: new Uint8Array(fs.readFileSync(filledXa)) },
      { name: 'filled-so.xlsx', bytes: filledFormBytes(so, soInputs, { evidence: fullEvidence(so) }) },
      { name: 'template-xa.xlsx', bytes: formWorkbookBytes(xa) },
      { name: 'clipped-xa.xlsx', bytes: writeWorkbook(plan) },
    ];
    const pdfs = await exportPdfs(files, dir);
    for (const [name, pdf] of pdfs) {
      const pages = await pdfPages(pdf);
      printed.set(name, { pdf, pages, text: pages.map(compactText).join('\n') });
    }
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const of = (name: string) => printed.get(name) as Printed;

  it('heads a filled form with the unit, its number, place and date, and leaves no placeholder', () => {
    const xaText = of('filled-xa.xlsx').text;
    for (const expected of ['UBND XÃ THỤY VÂN', 'Số: 15/BC-UBND', 'Thụy Vân, ngày 28 tháng 9 năm 2018', 'NGƯỜI LẬP PHIẾU', 'Nguyễn Thị Hồng']) {
      expect({ expected, found: xaText.includes(compact(expected)) }).toEqual({ expected, found: true });
    }
    const soText = of('filled-so.xlsx').text;
    for (const expected of ['UBND TỈNH PHÚ THỌ', 'SỞ Y TẾ', 'Số: 07/BC-SYT', 'Phú Thọ, ngày 05 tháng 10 năm 2018', 'Trần Văn Minh']) {
      expect({ expected, found: soText.includes(compact(expected)) }).toEqual({ expected, found: true });
    }
    for (const name of ['filled-xa.xlsx', 'filled-so.xlsx']) {
      expect({ name, placeholders: PLACEHOLDERS.filter((p) => of(name).text.includes(p)) }).toEqual({ name, placeholders: [] });
    }
    // The control: the blank template keeps them.
    expect(PLACEHOLDERS.filter((p) => of('template-xa.xlsx').text.includes(p))).toEqual(PLACEHOLDERS);
  });

  it('names on paper the parts of the set that were reconstructed', () => {
    const text = of('filled-xa.xlsx').text;
    expect(text).toContain(compact('cần đối chiếu với phụ lục chính thức'));
    for (const part of xa.provenance.reconstructed) expect(text).toContain(compact(part).slice(0, 40));
  });

  it('cuts no row: no table border runs through a word', async () => {
    for (const name of ['filled-xa.xlsx', 'filled-so.xlsx']) {
      const { pdf, pages } = of(name);
      for (const [index, page] of pages.entries()) {
        const rules = horizontalRules(await rasterPage(pdf, index + 1, 144, 'gray'), 144, 150);
        expect(rules.length).toBeGreaterThan(3);
        const cut = wordsCutByRules(page.words, rules).map((w) => w.text);
        expect({ name, page: index + 1, cut }).toEqual({ name, page: index + 1, cut: [] });
      }
    }
    // The control: the squeezed row is found.
    const clipped = of('clipped-xa.xlsx');
    let found = 0;
    for (const [index, page] of clipped.pages.entries()) {
      found += wordsCutByRules(page.words, horizontalRules(await rasterPage(clipped.pdf, index + 1, 144, 'gray'), 144, 150)).length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('prints no shading and no colour', async () => {
    for (const name of ['filled-xa.xlsx', 'filled-so.xlsx']) {
      const { pdf, pages } = of(name);
      for (let page = 1; page <= pages.length; page++) {
        expect({ name, page, coloured: colouredPixels(await rasterPage(pdf, page, 40, 'rgb')) }).toEqual({ name, page, coloured: 0 });
      }
    }
    // The control: a blank template shows what is left to fill.
    expect(colouredPixels(await rasterPage(of('template-xa.xlsx').pdf, 1, 40, 'rgb'))).toBeGreaterThan(0);
  });

  it('numbers the pages at the top centre, from page 2 on (Nghị định 30/2020)', () => {
    const { pages } = of('filled-xa.xlsx');
    expect(pages.length).toBeGreaterThan(1);
    const topNumbers = (page: PdfPage) => page.words.filter((w) => /^\d+$/.test(w.text) && w.yMax < 56 && Math.abs((w.xMin + w.xMax) / 2 - page.width / 2) < 30);
    expect(topNumbers(pages[0])).toEqual([]);
    for (const [index, page] of pages.entries()) {
      if (index > 0) expect(topNumbers(page).map((w) => w.text)).toEqual([String(index + 1)]);
    }
  });
});
