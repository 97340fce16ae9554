// Which cells of the form are shaded: only the required inputs that are still blank (a required
// field's value, the evidence of a criterion that requires it), as conditional fills. A filled
// form therefore prints without shading in any program — the shading is a to-do list on screen,
// and it goes away cell by cell as the unit fills the form in. (Excel also prints the sheet in
// black and white: see the print plan; LibreOffice has no such setting.)

import type { CriteriaSet } from '../criteria/model';
import { a1 } from '../plan/address';
import type { ConditionalFillPlan } from '../plan/model';
import type { CellPos, FormMap } from './api';
import { formGeneralFields } from './form-fields';
import { INPUT_FILL } from './styles';

/** Cells that must not stay blank on a finished form of `set`. */
export function requiredInputCells(set: CriteriaSet, map: FormMap): CellPos[] {
  const cells: CellPos[] = [];
  for (const field of formGeneralFields(set)) if (field.required && map.valueCell[field.id]) cells.push(map.valueCell[field.id]);
  for (const section of set.sections) {
    for (const criterion of section.criteria) {
      for (const field of criterion.fields) if (field.required && map.valueCell[field.id]) cells.push(map.valueCell[field.id]);
      if (criterion.evidenceRequired && map.evidenceCell[criterion.code]) cells.push(map.evidenceCell[criterion.code]);
    }
  }
  return cells;
}

/** Runs of vertically adjacent cells of one column, as ranges (fewer rules to write). */
function verticalRuns(cells: readonly CellPos[]): { row: number; col: number; rows: number }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { row: number; col: number; rows: number }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === cell.col && last.row + last.rows === cell.row) last.rows++;
    else runs.push({ row: cell.row, col: cell.col, rows: 1 });
  }
  return runs;
}

/** The conditional fills that shade blank required inputs (formula relative to each run's top cell). */
export function blankInputFills(set: CriteriaSet, map: FormMap): ConditionalFillPlan[] {
  return verticalRuns(requiredInputCells(set, map)).map((run) => ({
    range: { row: run.row, col: run.col, rows: run.rows, cols: 1 },
    formula: `LEN(TRIM(${a1(run.row, run.col)}))=0`,
    fill: INPUT_FILL,
  }));
}
