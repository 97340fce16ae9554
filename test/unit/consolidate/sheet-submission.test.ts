import { findBuiltinSet } from '../../../src/sets';
import { scoreSet } from '../../../src/scoring';
import { builtinRoster, emptyMaster, mergeSubmissions, readSubmission } from '../../../src/consolidate';
import { sheetSourceName, submissionFromGrid } from '../../../src/consolidate/sheet-submission';
import { readWorkbook } from '../../../src/xlsx';
import { filledFormBytes, filledFormPlan, fullEvidence, inputsForTotal } from '../../support/submissions';
import { writeWorkbook } from '../../../src/xlsx/write';
import { inBoth } from '../../support/telling';
import { COL } from '../../../src/form/layout';

const xa = findBuiltinSet('phutho-2018-xa')!;
const huyen = findBuiltinSet('phutho-2018-huyen')!;
const sheetOf = (bytes: Uint8Array) => readWorkbook(bytes).sheets[0];
const inputs = inputsForTotal(xa, 'Phường Vân Cơ', 80);

describe('submissionFromGrid: a form sheet already in the master', () => {
  it('reads the sheet as the file of the same form would be read: unit, inputs, scores and flags', () => {
    const bytes = filledFormBytes(xa, inputs, { evidence: fullEvidence(xa) });
    const fromSheet = submissionFromGrid(sheetOf(bytes), [xa, huyen]);
    const fromFile = readSubmission({ name: 'f.xlsx', bytes }, [xa, huyen]);
    if (!fromSheet.ok || !fromFile.ok) throw new Error('not read');
    expect(fromSheet.submission.fileName).toBe(sheetSourceName(fromFile.submission.sheetName));
    const { fileName: _a, hash: _b, ...sheetPart } = fromSheet.submission;
    const { fileName: _c, hash: _d, ...filePart } = fromFile.submission;
    expect(sheetPart).toEqual(filePart);
    expect(scoreSet(xa, fromSheet.submission.inputs).total).toBe(80);
  });

  it('gives the same data version for the same content, so merging the sheet twice changes nothing, and another after an edit', () => {
    const grid = sheetOf(filledFormBytes(xa, inputs));
    const once = mergeSubmissions(emptyMaster(builtinRoster('viettri-xa')), [submissionFromGrid(grid, [xa])], 't1');
    const twice = mergeSubmissions(once.state, [submissionFromGrid(sheetOf(filledFormBytes(xa, inputs)), [xa])], 't2');
    expect(twice.changes.map((c) => c.result)).toEqual(['unchanged']);
    expect(twice.state).toEqual(once.state);
    const edited = submissionFromGrid(sheetOf(filledFormBytes(xa, inputsForTotal(xa, 'Phường Vân Cơ', 75))), [xa]);
    expect(mergeSubmissions(once.state, [edited], 't3').changes.map((c) => c.result)).toEqual(['replaced']);
  });

  it('rejects, naming the sheet, a sheet that is not a form, of a set the master does not use, of another group or without a unit name', () => {
    const plain = { name: 'Ghi chú', rowCount: 1, colCount: 1, value: () => 'ghi chú', formula: () => undefined };
    const cases = [
      [submissionFromGrid(plain, [xa]), 'notAForm', 'Trang tính “Ghi chú” bị từ chối'],
      [submissionFromGrid(sheetOf(filledFormBytes(huyen, inputsForTotal(huyen, 'Huyện Thanh Ba', 120))), [xa]), 'unknownSet', 'phutho-2018-huyen'],
      [submissionFromGrid(sheetOf(filledFormBytes(xa, inputs)), [xa], { group: 'huyen' }), 'otherGroup', 'huyen'],
      [submissionFromGrid(sheetOf(filledFormBytes(xa, { ...inputs, ten_don_vi: null })), [xa]), 'noUnitName', 'chưa ghi tên đơn vị'],
    ] as const;
    for (const [result, code, text] of cases) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.rejection.code).toBe(code);
      expect(inBoth(result.rejection.message).vi).toContain(text);
    }
  });

  it('rejects a damaged form with the sheet and cell of the damage', () => {
    const { plan, map } = filledFormPlan(xa, inputs);
    const keyCell = plan.sheets[0].cells.find((c) => c.row === map.totalCell.row && c.col === COL.key)!;
    keyCell.value = null; // the total row's identity key erased
    const result = submissionFromGrid(readWorkbook(writeWorkbook(plan, { cached: true })).sheets[0], [xa]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejection.code).toBe('damagedForm');
  });
});
