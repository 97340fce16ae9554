// The pane's port over the Office.js adapter and the stand-in Excel: writing a form or a master
// tells the pane what an older Excel skipped (issue 13's writer warnings), nothing on an Excel that
// has it all;
// the form read back as the pane reads it scores the issue's invalid entries 0 with the engine's
// reason, as the workbook's own formulas do (issue 9).

import { builtinRoster } from '../../src/consolidate';
import { SHEET } from '../../src/consolidate/master/layout';
import type { CriteriaSet, Inputs } from '../../src/criteria/model';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { buildFormPlan } from '../../src/form/plan';
import type { Message } from '../../src/messages';
import { render } from '../../src/messages/texts';
import { BUILTIN_SETS, findBuiltinSet } from '../../src/sets';
import { setUpMaster } from '../../src/taskpane/consolidation/master-io';
import { readSheetAsForm } from '../../src/taskpane/logic/load-form';
import { reportingSkipped } from '../../src/taskpane/logic/reporting-port';
import { voidedCriteria } from '../../src/taskpane/logic/voided';
import { installFakeExcel } from './harness';

const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const ISSUE: Inputs = { ten_don_vi: 'UBND xã Thụy Vân', tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25, ty_le_van_ban_dien_tu: 1.5 };

async function writeForm(apiVersion?: string) {
  installFakeExcel(apiVersion ? { apiVersion } : {});
  const seen: (readonly Message[])[] = [];
  const port = reportingSkipped(new OfficeWorkbook(), (skipped) => seen.push(skipped));
  const { plan, map } = buildFormPlan(set, { inputs: ISSUE });
  const written = await port.applyPlan(plan, { activate: map.sheetName });
  return { port, seen, written, sheet: map.sheetName };
}

describe('the pane’s port to the workbook', () => {
  it('tells the pane what an Excel without ExcelApi 1.8 and 1.9 skipped writing the form, in either language', async () => {
    const { seen, written, sheet } = await writeForm('1.7');
    expect(seen).toEqual([written.warnings]);
    expect(written.warnings.map((w) => render('vi', w))).toEqual([
      `Trang tính “${sheet}”: không đặt được kiểm tra dữ liệu trong ô (Excel này chưa có ExcelApi 1.8).`,
      `Trang tính “${sheet}”: không đặt được thiết lập in (Excel này chưa có ExcelApi 1.9).`,
    ]);
    expect(written.warnings.map((w) => render('en', w))[0]).toBe(`Sheet “${sheet}”: in-cell validation skipped (this Excel lacks ExcelApi 1.8).`);
  });

  it('tells the pane what an Excel without ExcelApi 1.8 skipped writing a master: the roster sheet’s validation', async () => {
    installFakeExcel({ apiVersion: '1.7' });
    const seen: (readonly Message[])[] = [];
    const port = reportingSkipped(new OfficeWorkbook(), (skipped) => seen.push(skipped));
    const written = await setUpMaster(port, builtinRoster('viettri-xa'), BUILTIN_SETS);
    expect(written).toContain(SHEET.roster);
    expect(seen.map((skipped) => skipped.map((w) => render('vi', w)))).toEqual([
      [`Trang tính “${SHEET.roster}”: không đặt được kiểm tra dữ liệu trong ô (Excel này chưa có ExcelApi 1.8).`],
    ]);
  });

  it('tells it nothing was skipped on an Excel that has every requirement set', async () => {
    const { seen } = await writeForm();
    expect(seen).toEqual([[]]);
  });

  it('reads the form back as the pane does: 1.1 and 2.3 at 0 in the workbook, voided with the engine’s reason', async () => {
    const { port, sheet } = await writeForm();
    const reading = readSheetAsForm(await port.readSheet(sheet));
    if (reading.kind !== 'form') throw new Error(`not read as a form: ${reading.kind}`);
    const { form } = reading;
    expect(voidedCriteria(form.engine).map((v) => v.code)).toEqual(['1.1', '2.3']);
    expect([form.filled.cached.criteria['1.1'], form.filled.cached.criteria['2.3']]).toEqual([0, 0]);
    expect(render('vi', voidedCriteria(form.engine)[0].reason)).toContain('(25) lớn hơn “Tổng số cán bộ, công chức cấp xã” (20)');
  });
});
