// The map of a form as found (FormMap): each field's value cell, each criterion's points, check,
// evidence and note cells, each section's sub-total, the total and band, from the keyed rows and
// the header's columns. Forms made before the "Kiểm tra số liệu" column have no check cells.

import { criterionFields } from '../criteria/fields';
import type { CriteriaSet } from '../criteria/model';
import { msg, type Message } from '../messages';
import type { Grid } from '../plan/grid';
import { canBeVoided } from '../scoring';
import { emptyFormMap, type FormMap } from './api';
import { cohortOwners } from './cohort-cells';
import { FormReadError } from './errors';
import { formOnlyFields } from './form-fields';
import { COL, HEADER_LABELS } from './layout';
import type { Located } from './read-layout';

function missingKey(grid: Grid, what: Message): FormReadError {
  return new FormReadError('keyMissing', grid.name, msg('form.read.keyMissing', { what }));
}

function columnOf(grid: Grid, columns: Map<string, number>, index: number, headerRow: number): number {
  const label = HEADER_LABELS[index];
  const col = columns.get(label);
  if (col === undefined) {
    throw new FormReadError(
      'noHeader',
      grid.name,
      msg('form.read.noHeaderColumn', { label }),
      { row: headerRow },
    );
  }
  return col;
}

function required(rows: Map<string, number>, id: string, fail: () => FormReadError): number {
  const row = rows.get(id);
  if (row === undefined) throw fail();
  return row;
}

export function locate(grid: Grid, set: CriteriaSet, { keys, headerRow, columns }: Located, keyCol: number): FormMap {
  const valueCol = columnOf(grid, columns, COL.value, headerRow);
  const scoreCol = columnOf(grid, columns, COL.score, headerRow);
  const evidenceCol = columnOf(grid, columns, COL.evidence, headerRow);
  const noteCol = columnOf(grid, columns, COL.note, headerRow);
  const checkCol = columns.get(HEADER_LABELS[COL.check]); // none in forms made before the column
  const map = emptyFormMap(grid.name, scoreCol);
  const fieldRow = (id: string) => required(keys.field, id, () => missingKey(grid, msg('form.read.what.field', { id })));
  for (const field of set.generalFields) map.valueCell[field.id] = { row: fieldRow(field.id), col: valueCol };
  for (const f of formOnlyFields(set)) if (keys.field.has(f.id)) map.valueCell[f.id] = { row: keys.field.get(f.id)!, col: valueCol }; // none in older forms
  for (const section of set.sections) {
    const secRow = required(keys.sec, section.code, () => missingKey(grid, msg('form.read.what.section', { code: section.code })));
    map.sectionCell[section.code] = { row: secRow, col: scoreCol };
    for (const c of section.criteria) {
      const row = required(keys.crit, c.code, () => missingKey(grid, msg('form.read.what.criterion', { code: c.code })));
      map.scoreCell[c.code] = { row, col: scoreCol };
      if (checkCol !== undefined && canBeVoided(set, c)) map.checkCell[c.code] = { row, col: checkCol };
      map.evidenceCell[c.code] = { row, col: evidenceCol };
      map.noteCell[c.code] = { row, col: noteCol };
      let last = row;
      for (const field of criterionFields(c)) {
        const at = fieldRow(field.id);
        map.valueCell[field.id] = { row: at, col: valueCol };
        last = Math.max(last, at);
      }
      map.criterionRows[c.code] = { first: row, last };
    }
  }
  for (const [field, code] of cohortOwners(set)) map.cohortBestCell[field] = { row: map.scoreCell[code].row, col: keyCol + 1 };
  if (keys.total === undefined) throw missingKey(grid, msg('form.read.what.total'));
  if (keys.band === undefined) throw missingKey(grid, msg('form.read.what.band'));
  return { ...map, totalCell: { row: keys.total, col: scoreCol }, bandCell: { row: keys.band, col: scoreCol } };
}
