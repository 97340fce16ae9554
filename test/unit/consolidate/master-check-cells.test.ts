// The master's unit sheets keep the form's "Kiểm tra số liệu" column, but its live reason
// formula only on the criteria the unit's data voids when the master is written (the appraisal
// sheet flags them and re-reads the sheet at each write): a valid unit's sheet carries none, so
// the 300-unit master stays within its 3 MB on Excel on the web (test/adapter/master-requests).

import { mergeSubmissions, emptyMaster, masterPlan, readSubmission } from '../../../src/consolidate';
import type { CriteriaSet, Inputs } from '../../../src/criteria/model';
import { COL } from '../../../src/form';
import { parseKey } from '../../../src/form/layout';
import type { SheetPlan } from '../../../src/plan/model';
import { scoreSet } from '../../../src/scoring';
import { findBuiltinSet } from '../../../src/sets';
import { filledFormBytes, fullMarksInputs } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;

function submitted(name: string, inputs: Inputs) {
  return readSubmission({ name: `${name}.xlsx`, bytes: filledFormBytes(xa, inputs) }, [xa]);
}

/** The criterion codes (by the row's hidden key) whose "Kiểm tra số liệu" cell holds a formula, on a unit's sheet. */
function checkFormulaRows(sheet: SheetPlan): string[] {
  const keys = sheet.cells.filter((c) => c.col === COL.key && typeof c.value === 'string');
  const codeOf = new Map(keys.map((c) => [c.row, parseKey(String(c.value))?.crit]));
  return sheet.cells.filter((c) => c.col === COL.check && c.formula !== undefined).map((c) => codeOf.get(c.row) ?? '?');
}

describe("the master's unit sheets", () => {
  const valid = { ...fullMarksInputs(xa, 'Xã Hợp Lệ') };
  const invalid = { ...fullMarksInputs(xa, 'Xã Sai Số Liệu'), tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25, ty_le_van_ban_dien_tu: 1.5 };
  const { state } = mergeSubmissions(emptyMaster(), [submitted('hop-le', valid), submitted('sai', invalid)], 'test');
  const plan = masterPlan(state, [xa]);
  const formSheets = plan.sheets.filter((s) => s.cells.some((c) => typeof c.value === 'string' && c.value.startsWith('#egov|form=')));
  const unitSheet = (name: string) => formSheets.find((s) => s.cells.some((c) => c.value === name)) as SheetPlan;

  it('carry the reason formula only where the unit data voids a criterion', () => {
    const voided = scoreSet(xa, invalid).criteria.filter((c) => c.voided).map((c) => c.code);
    expect(voided).toEqual(expect.arrayContaining(['1.1', '2.3']));
    expect(checkFormulaRows(unitSheet('Xã Sai Số Liệu')).sort()).toEqual(voided.sort());
    expect(checkFormulaRows(unitSheet('Xã Hợp Lệ'))).toEqual([]);
  });
});
