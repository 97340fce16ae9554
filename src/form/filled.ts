// A filled form whose result cells carry the engine's results as cached values, as if Excel had
// saved it: a viewer that does not recalculate (a phone's preview, a mail client, some web
// viewers) shows the self-scores instead of blanks, and `score` compares them with the
// criteria. The formulas stay: Excel and LibreOffice recalculate them on opening. The
// "Kiểm tra số liệu" cells already carry the engine's words for the inputs (check-cells.ts).

import type { CriteriaSet, InputValue } from '../criteria/model';
import type { CellPlan, WorkbookPlan } from '../plan/model';
import { scoreSet } from '../scoring/engine';
import type { CellPos, FormMap, FormOptions } from './api';
import { buildFormPlan } from './plan';

function cellAt(plan: WorkbookPlan, p: CellPos): CellPlan | undefined {
  return plan.sheets[0].cells.find((c) => c.row === p.row && c.col === p.col);
}

/** The form plan of `set` filled from `opts`, every score, sub-total, total and band cell holding the engine's result. */
export function filledFormPlan(set: CriteriaSet, opts: FormOptions = {}): { plan: WorkbookPlan; map: FormMap } {
  const { plan, map } = buildFormPlan(set, opts);
  const inputs = opts.inputs ?? {};
  const score = scoreSet(set, inputs, { ...(opts.evidence ? { evidence: opts.evidence } : {}), ...(opts.cohortBest ? { cohortBest: opts.cohortBest } : {}) });
  const cache = (p: CellPos, value: InputValue) => {
    const cell = cellAt(plan, p);
    if (cell) cell.value = value;
  };
  for (const c of score.criteria) cache(map.scoreCell[c.code], c.points);
  for (const s of score.sections) cache(map.sectionCell[s.code], s.points);
  cache(map.totalCell, score.total);
  cache(map.bandCell, score.band ?? '');
  return { plan, map };
}
