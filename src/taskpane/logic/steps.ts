// The steps of guided entry: the general information first, then every criterion in order, and
// how they map to rows and cells of the form sheet.

import { criterionFields } from '../../criteria/fields';
import type { CriteriaSet, Criterion } from '../../criteria/model';
import type { CellPos, FormMap } from '../../form/api';

/** The step of the general-information block (cannot clash with a criterion code, which has no "@"). */
export const GENERAL_STEP = '@general';

export type StepId = string;

export function criteriaOf(set: CriteriaSet): Criterion[] {
  return set.sections.flatMap((section) => section.criteria);
}

export function stepsOf(set: CriteriaSet): StepId[] {
  return [GENERAL_STEP, ...criteriaOf(set).map((criterion) => criterion.code)];
}

/** The step next to `step` (delta -1 or +1), staying inside the list. */
export function neighbourStep(set: CriteriaSet, step: StepId, delta: number): StepId {
  const steps = stepsOf(set);
  const at = Math.max(0, steps.indexOf(step));
  return steps[Math.min(steps.length - 1, Math.max(0, at + delta))];
}

/** The step whose rows hold a sheet row: a criterion's rows, or a general field's row. */
export function stepAtRow(set: CriteriaSet, map: FormMap, row: number): StepId | undefined {
  for (const [code, rows] of Object.entries(map.criterionRows)) {
    if (row >= rows.first && row <= rows.last) return code;
  }
  const general = set.generalFields.some((field) => map.valueCell[field.id]?.row === row);
  return general ? GENERAL_STEP : undefined;
}

/** The cell to select for a step: its first input, else (a derived criterion) its score cell. */
export function focusCellOf(set: CriteriaSet, map: FormMap, step: StepId): CellPos | undefined {
  if (step === GENERAL_STEP) {
    const first = set.generalFields.find((field) => map.valueCell[field.id]);
    return first ? map.valueCell[first.id] : undefined;
  }
  const criterion = criteriaOf(set).find((c) => c.code === step);
  if (!criterion) return undefined;
  const field = criterionFields(criterion).find((f) => map.valueCell[f.id]);
  return field ? map.valueCell[field.id] : map.scoreCell[step];
}
