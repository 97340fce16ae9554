// The signature block kept whole on paper (src/form/page-break.ts): a form whose block would reach
// the foot of a page gets a manual page break before its totals, written to the file as Excel
// writes one; a form whose block fits gets none. The printed proof is
// test/agreement/signature-block.test.ts (LibreOffice PDF, every built-in set).

import { unzipSync, strFromU8 } from 'fflate';
import { buildFormPlan } from '../../../src/form';
import { keepTogetherBreak } from '../../../src/form/page-break';
import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet } from '../../../src/criteria/model';
import { writeWorkbook } from '../../../src/xlsx';

const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const noteOf = (lines: number) => ({ [xa.sections[0].criteria[0].code]: Array.from({ length: lines }, (_, i) => `Ghi chú dòng ${i + 1}`).join('\n') });

describe('the page break that keeps the signature block whole', () => {
  it('is not there when the block fits on the page where the table ends', () => {
    expect(buildFormPlan(xa).plan.sheets[0].print?.rowBreaks).toBeUndefined();
  });

  it('moves the totals and the block to a new page when the block would reach the foot of a page', () => {
    // A longer and longer note in 1.1 pushes the block down until it would reach the foot of the page.
    const lines = Array.from({ length: 40 }, (_, i) => i + 1).find((n) => buildFormPlan(xa, { notes: noteOf(n) }).plan.sheets[0].print?.rowBreaks !== undefined);
    expect(lines).toBeDefined();
    expect(buildFormPlan(xa, { notes: noteOf(lines! - 1) }).plan.sheets[0].print?.rowBreaks).toBeUndefined();
    const { plan, map } = buildFormPlan(xa, { notes: noteOf(lines!) });
    expect(plan.sheets[0].print?.rowBreaks).toEqual([map.totalCell.row]);
    const xml = strFromU8(unzipSync(writeWorkbook(plan))['xl/worksheets/sheet1.xml']);
    expect(xml).toContain(`<rowBreaks count="1" manualBreakCount="1"><brk id="${map.totalCell.row}" max="16383" man="1"/></rowBreaks>`);
    expect(xml.indexOf('<rowBreaks')).toBeGreaterThan(xml.indexOf('<headerFooter'));
  });

  it('finds each page by the rows’ heights: a block pushed down by the height of a page needs the same decision', () => {
    const { plan, map } = buildFormPlan(xa);
    const sheet = plan.sheets[0];
    const block = { first: map.bandCell.row + 2, last: sheet.print!.area.rows - 1 };
    const row = map.criterionRows[xa.sections[0].criteria[0].code].first;
    const decisions = Array.from({ length: 41 }, (_, i) => i * 20).map((extra) => {
      const taller = { ...sheet, rowHeights: { ...sheet.rowHeights, [row]: (sheet.rowHeights?.[row] ?? 15.75) + extra } };
      return keepTogetherBreak(taller, block, map.totalCell.row) !== undefined;
    });
    expect(decisions).toContain(true);
    expect(decisions).toContain(false);
  });
});
