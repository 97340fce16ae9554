// The master flags units with voided criteria for appraisal (issue 9): the appraisal sheet's
// "Số liệu không hợp lệ" is a live formula over the unit sheet's values, the summary's "Tiêu chí
// không hợp lệ" lists the codes. A master written before these columns (or before a voided
// deduction took its full deduction) is still read, and the next write brings it up to date.

import { findBuiltinSet } from '../../../src/sets';
import { emptyMaster, groupStandings, masterPlan, mergeSubmissions, readMasterBook, readSubmission, type MasterState } from '../../../src/consolidate';
import { changedSheets } from '../../../src/consolidate/master/plan';
import { sheetsToRewrite } from '../../../src/consolidate/master/rewrite';
import { readRankings } from '../../../src/consolidate/master/read-ranking';
import { APPRAISAL_COL, APPRAISAL_LABELS, HEADER_ROW, SHEET, setGroup, summarySheetName } from '../../../src/consolidate/master/layout';
import { SUMMARY_LABELS } from '../../../src/consolidate/master/summary';
import { criterionFields } from '../../../src/criteria/fields';
import type { CriteriaSet, Inputs } from '../../../src/criteria/model';
import { scoreSet } from '../../../src/scoring/engine';
import type { SheetPlan } from '../../../src/plan/model';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { EditableBook, type EditableSheet } from '../../support/edit-grids';
import { filledFormBytes, randomInputs, rng } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2025-xa')!;
const sets = [xa];
const summary = summarySheetName(setGroup(xa));

function stateOf(set: CriteriaSet, units: { name: string; inputs: Inputs }[]): MasterState {
  const results = units.map((u) => readSubmission({ name: `${u.name}.xlsx`, bytes: filledFormBytes(set, u.inputs) }, [set]));
  return mergeSubmissions(emptyMaster(), results, '2026-12-01T01:00:00.000Z').state;
}

/** A random fill made valid: the fields of the criteria its values void left blank. */
function validated(inputs: Inputs): Inputs {
  for (let pass = 0; pass < 5; pass++) {
    const voided = new Set(scoreSet(xa, inputs).criteria.filter((c) => c.voided).map((c) => c.code));
    for (const c of xa.sections.flatMap((sec) => sec.criteria)) if (voided.has(c.code)) for (const f of criterionFields(c)) inputs[f.id] = null;
  }
  return inputs;
}

const random = rng(9);
const honest = validated(randomInputs(xa, 'Xã Trung Thực', random));
const cheat = { ...validated(randomInputs(xa, 'Xã Khai Man', random)), so_thong_bao_vi_pham_attt: -2, ty_le_may_tinh_dat_chuan: 1.5 };
const STATE = stateOf(xa, [{ name: 'Xã Trung Thực', inputs: honest }, { name: 'Xã Khai Man', inputs: cheat }]);
const PLAN = masterPlan(STATE, sets);
const inputsByName = (state: MasterState) => Object.fromEntries(state.units.map((u) => [u.name, u.inputs]));
const sheetOf = (name: string): SheetPlan => PLAN.sheets.find((s) => s.name === name)!;
const cell = (sheet: SheetPlan, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);

describe('the master’s appraised totals, in the form’s order of operations', () => {
  it('equal the recomputed totals while nothing is appraised, with deductions, voided deductions and "Không áp dụng"', () => {
    const na = { ...validated(randomInputs(xa, 'Xã Không Áp Dụng', rng(4))), 'na:7.1': 'Không áp dụng' };
    const state = stateOf(xa, [{ name: 'Xã Trung Thực', inputs: honest }, { name: 'Xã Khai Man', inputs: cheat }, { name: 'Xã Không Áp Dụng', inputs: na }]);
    const units = groupStandings(state, sets)[0].units;
    expect(units.map((u) => u.total)).toEqual(units.map((u) => u.recomputed.total));
    expect(units.find((u) => u.unit.name === 'Xã Khai Man')!.sections.IX).toBeLessThan(0);
    const s = masterPlan(state, sets).sheets.find((x) => x.name === summary)!;
    const col = s.cells.find((c) => c.row === HEADER_ROW && c.value === SUMMARY_LABELS.appraised)!.col;
    expect(s.cells.find((c) => c.col === col && c.row > HEADER_ROW)!.formula).toMatch(/^ROUND\(MAX\(0,MIN\(\d+,IF\('[^']+'!\$[A-Z]+\$\d+>=/);
  });
});

describe('the master flags voided criteria', () => {
  it('the appraisal sheet says why, by a formula over the unit sheet, on the rows of criteria that can be voided', () => {
    const s = sheetOf(SHEET.appraisal);
    expect(cell(s, HEADER_ROW, APPRAISAL_COL.invalid)?.value).toBe(APPRAISAL_LABELS.invalid);
    const rowOf = (unit: string, code: string) => s.cells.find((c) => c.col === APPRAISAL_COL.code && c.value === code && cell(s, c.row, APPRAISAL_COL.unit)?.value === unit)!.row;
    const row = rowOf('Xã Khai Man', '9.2');
    expect(cell(s, row, APPRAISAL_COL.invalid)?.formula).toMatch(/,'Xã Khai Man'!E\d+<0\),"-30 điểm — số liệu không hợp lệ: "&/);
    expect(cell(s, rowOf('Xã Khai Man', '3.1'), APPRAISAL_COL.invalid)?.formula).toContain('"0 điểm — số liệu không hợp lệ: "');
    // Only the rows the engine voids carry the formula (9,000 of them would not fit Excel on the web's write).
    expect(cell(s, rowOf('Xã Khai Man', '1.1'), APPRAISAL_COL.invalid)?.formula).toBeUndefined();
    expect(s.cells.filter((c) => c.col === APPRAISAL_COL.invalid && c.formula).length).toBe(2);
  });

  it('the summary lists the voided codes from the appraisal sheet, live', () => {
    const s = sheetOf(summary);
    const col = s.cells.find((c) => c.row === HEADER_ROW && c.value === SUMMARY_LABELS.voided)!.col;
    const formulas = s.cells.filter((c) => c.col === col && c.row > HEADER_ROW && c.formula);
    expect(formulas).toHaveLength(1); // the honest unit has none
    const formula = formulas[0].formula!;
    expect(formula).toMatch(/^TRIM\(IF\('Thẩm định'!H\d+<>""," 3\.1",""\)&IF\('Thẩm định'!H\d+<>""," 9\.2",""\)\)$/);
  });
});

/** Deletes a column of the sheet, as a master written before it had the column. */
function withoutColumn(sheet: EditableSheet, col: number): void {
  for (const row of sheet.rows) if (row.length > col) row.splice(col, 1);
}

/** The master as an earlier version wrote it: no "Số liệu không hợp lệ", no "Tiêu chí không hợp lệ", the deduction's formula 0 while voided. */
function olderMaster(): EditableBook {
  const book = new EditableBook(writeWorkbook(PLAN));
  withoutColumn(book.sheet(SHEET.appraisal), APPRAISAL_COL.invalid);
  const s = book.sheet(summary);
  withoutColumn(s, s.findCol(HEADER_ROW, SUMMARY_LABELS.voided));
  const unit = book.sheet('Xã Khai Man');
  for (const row of unit.rows) for (const c of row) if (c.formula?.includes(',-30,-ROUND(')) c.formula = c.formula.replace(',-30,-ROUND(', ',0,-ROUND(');
  return book;
}

describe('a master written before the voided columns', () => {
  const older = olderMaster();
  const read = readMasterBook(older.grids(), sets);

  it('is read as it was: the same units, inputs and no notice', () => {
    expect(read.notices).toEqual([]);
    expect(inputsByName(read.state)).toEqual(inputsByName(STATE));
    expect(readRankings(older.grids(), sets)[0].rows.map((r) => [r.unit, r.voided])).toEqual([['Xã Khai Man', undefined], ['Xã Trung Thực', undefined]]);
  });

  it('is rewritten at the next write: the sheets lacking a column, the unit sheet with the earlier deduction formula, and those referring to them', () => {
    expect(read.damaged.sort()).toEqual([SHEET.appraisal, summary, 'Xã Khai Man'].sort());
    const after = masterPlan(read.state, sets);
    expect(changedSheets(masterPlan(read.state, sets), after)).toEqual([]); // the plan alone would not rewrite them
    const rewritten = sheetsToRewrite(after, read.damaged);
    expect(rewritten).toEqual(expect.arrayContaining([SHEET.appraisal, summary, 'Xã Khai Man']));
    const again = readMasterBook(readWorkbook(writeWorkbook(after)).sheets, sets);
    expect(again.damaged).toEqual([]);
    expect(inputsByName(again.state)).toEqual(inputsByName(STATE));
  });
});
