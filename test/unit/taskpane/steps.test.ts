import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet } from '../../../src/criteria/model';
import { buildFormPlan } from '../../../src/form/plan';
import { checkInputs } from '../../../src/scoring';
import { doneShare, problemsByStep, sectionProgress, statusOf } from '../../../src/taskpane/logic/progress';
import { focusCellOf, GENERAL_STEP, neighbourStep, stepAtRow, stepsOf } from '../../../src/taskpane/logic/steps';

const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const { map } = buildFormPlan(set);

describe('guided entry steps on the form sheet', () => {
  it('starts with the general information, then every criterion in order', () => {
    const steps = stepsOf(set);
    expect(steps[0]).toBe(GENERAL_STEP);
    expect(steps.slice(1)).toEqual(set.sections.flatMap((s) => s.criteria.map((c) => c.code)));
    expect(neighbourStep(set, GENERAL_STEP, -1)).toBe(GENERAL_STEP);
    expect(neighbourStep(set, GENERAL_STEP, 1)).toBe('1.1');
    expect(neighbourStep(set, steps[steps.length - 1], 1)).toBe(steps[steps.length - 1]);
  });

  it('maps every row of a criterion to that criterion, and general rows to the general step', () => {
    for (const [code, rows] of Object.entries(map.criterionRows)) {
      for (let row = rows.first; row <= rows.last; row++) expect(stepAtRow(set, map, row)).toBe(code);
    }
    expect(stepAtRow(set, map, map.valueCell.ten_don_vi.row)).toBe(GENERAL_STEP);
    expect(stepAtRow(set, map, map.totalCell.row)).toBeUndefined();
  });

  it('selects a step at its first input cell, which lies inside its rows', () => {
    const cell = focusCellOf(set, map, '1.3');
    expect(cell).toEqual(map.valueCell.co_mang_lan);
    const rows = map.criterionRows['1.3'];
    expect(cell!.row).toBeGreaterThanOrEqual(rows.first);
    expect(cell!.row).toBeLessThanOrEqual(rows.last);
    expect(focusCellOf(set, map, GENERAL_STEP)).toEqual(map.valueCell.ten_don_vi);
  });
});

describe('progress from the engine problems', () => {
  it('counts every criterion as missing on an empty form, and none done', () => {
    const byStep = problemsByStep(checkInputs(set, {}));
    const sections = sectionProgress(set, byStep);
    expect(sections.reduce((n, s) => n + s.missing, 0)).toBe(stepsOf(set).length - 1);
    expect(sections.every((s) => s.done === 0 && s.invalid === 0)).toBe(true);
    expect(doneShare(set, byStep)).toBe(0);
    expect(statusOf(byStep.get(GENERAL_STEP))).toBe('missing');
  });

  it('marks a criterion invalid when a value breaks a check, and done when complete', () => {
    const inputs = { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25, bang_thong_binh_quan: 2 };
    const byStep = problemsByStep(checkInputs(set, inputs));
    expect(statusOf(byStep.get('1.1'))).toBe('invalid');
    expect(statusOf(byStep.get('1.2'))).toBe('done');
    expect(statusOf(byStep.get('1.3'))).toBe('missing');
  });
});
