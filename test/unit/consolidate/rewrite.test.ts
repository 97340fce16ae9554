import { findBuiltinSet } from '../../../src/sets';
import { builtinRoster, changedSheets, emptyMaster, masterPlan, mergeSubmissions, readSubmission } from '../../../src/consolidate';
import { SHEET } from '../../../src/consolidate/master/layout';
import { sheetsToRewrite, updatePlan } from '../../../src/consolidate/master/rewrite';
import type { WorkbookPlan } from '../../../src/plan/model';
import { filledFormBytes, inputsForTotal } from '../../support/submissions';

const sheet = (name: string, formulas: string[]) => ({
  name, columns: [], merges: [], validations: [], protect: false, cells: formulas.map((formula, col) => ({ row: 0, col, formula })),
});

describe('sheetsToRewrite', () => {
  const plan: WorkbookPlan = {
    styles: {},
    sheets: [
      sheet('Tổng hợp xã', ["'Thẩm định'!I4", "'Xã A'!F9"]),
      sheet('Công bố xã', ["INDEX('Tổng hợp xã'!B4:B5,1)"]),
      sheet('Thẩm định', ["'Xã A'!F10"]),
      sheet('Xã A', ["'Tổng hợp xã'!$L$2"]),
      sheet('Danh sách', []),
      sheet('Data', ['SUM(Sheet1!A1)']),
      sheet('Sheet1', []),
    ],
  };

  it('adds every sheet referring, directly or through others, to a rewritten one', () => {
    expect(sheetsToRewrite(plan, ['Thẩm định'])).toEqual(['Tổng hợp xã', 'Công bố xã', 'Thẩm định', 'Xã A']);
    expect(sheetsToRewrite(plan, ['Sheet1'])).toEqual(['Data', 'Sheet1']);
    expect(sheetsToRewrite(plan, [])).toEqual([]);
  });

  it('leaves sheets without such references alone', () => {
    expect(sheetsToRewrite(plan, ['Danh sách'])).toEqual(['Danh sách']);
    expect(updatePlan(plan, ['Công bố xã']).sheets.map((s) => s.name)).toEqual(['Công bố xã']);
  });

  it('keeps the roster and log out of a master update that only adds a unit', () => {
    const xa = findBuiltinSet('phutho-2018-xa')!;
    const file = (unit: string) => readSubmission({ name: `${unit}.xlsx`, bytes: filledFormBytes(xa, inputsForTotal(xa, unit, 80)) }, [xa]);
    const one = mergeSubmissions(emptyMaster(builtinRoster('viettri-xa')), [file('Phường Vân Cơ')], 't1').state;
    const two = mergeSubmissions(one, [file('Phường Dữu Lâu')], 't2').state;
    const after = masterPlan(two, [xa]);
    const names = sheetsToRewrite(after, changedSheets(masterPlan(one, [xa]), after));
    expect(names).not.toContain(SHEET.roster);
    expect(names).toEqual(expect.arrayContaining(['Tổng hợp xã', 'Công bố xã', SHEET.appraisal, 'Phường Vân Cơ', 'Phường Dữu Lâu']));
  });
});
