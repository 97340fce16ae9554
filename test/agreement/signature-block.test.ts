// The signature block of the printed form stays whole on one page (LibreOffice PDF export, read
// back with poppler): for every built-in set, blank (the command line's template) and filled,
// the signers' titles, what they are to do, and the preparer's name are on one page, and that page
// is the last (an empty name line pushed onto a page of its own would add a page after it). The
// same holds wherever the table ends on the page: a commune form whose first criterion carries a
// note one line longer at each step, so that the block meets the foot of a page at some step.

import * as fs from 'node:fs';
import { BUILTIN_SETS, findBuiltinSet } from '../../src/sets';
import type { CriteriaSet } from '../../src/criteria/model';
import { formWorkbookBytes } from '../../src/cli/form-file';
import { FORM_TEXT } from '../../src/form';
import { compactText, exportPdfs, pdfPages, tempDir, type PdfPage } from '../support/pdf';
import { filledFormBytes, fullEvidence, fullMarksInputs } from '../support/submissions';

jest.setTimeout(600_000);

const compact = (text: string) => text.replace(/\s+/g, '').normalize('NFC');
const PREPARER = 'Nguyễn Thị Hồng';

/** The pages (1-based) on which each line is found, last occurrence first. */
function pagesOf(pages: PdfPage[], lines: string[]): Record<string, number> {
  const texts = pages.map(compactText);
  return Object.fromEntries(lines.map((line) => [line, texts.map((t, i) => (t.includes(compact(line)) ? i + 1 : 0)).reduce((a, b) => Math.max(a, b), 0)]));
}

describe('the signature block on paper (LibreOffice PDF export)', () => {
  const dir = tempDir('egov-signature-');
  const printed = new Map<string, PdfPage[]>();
  const filled = (set: CriteriaSet, noteLines = 0) =>
    filledFormBytes(set, { ...fullMarksInputs(set, 'Đơn vị Thử'), nguoi_lien_he: PREPARER }, {
      evidence: fullEvidence(set),
      notes: noteLines > 0 ? { [set.sections[0].criteria[0].code]: Array.from({ length: noteLines }, (_, i) => `Ghi chú dòng ${i + 1}`).join('\n') } : {},
    });
  const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
  const files = [
    ...BUILTIN_SETS.flatMap((set) => [
      { name: `${set.id}-blank.xlsx`, bytes: formWorkbookBytes(set) },
      { name: `${set.id}-filled.xlsx`, bytes: filled(set) },
    ]),
    ...Array.from({ length: 14 }, (_, i) => ({ name: `xa-note-${i + 1}-lines-filled.xlsx`, bytes: filled(xa, i + 1) })),
  ];

  beforeAll(async () => {
    for (const [name, pdf] of await exportPdfs(files, dir)) printed.set(name, await pdfPages(pdf));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(files.map((f) => [f.name]))('%s: the block is whole, on the last page', (name) => {
    const pages = printed.get(name)!;
    const lines = [FORM_TEXT.preparer, FORM_TEXT.preparerNote, FORM_TEXT.head, FORM_TEXT.headNote, ...(name.endsWith('-filled.xlsx') ? [PREPARER] : [])];
    const found = pagesOf(pages, lines);
    expect({ name, pages: pages.length, found }).toEqual({ name, pages: pages.length, found: Object.fromEntries(lines.map((l) => [l, pages.length])) });
  });
});
