// Cascade: a district's own form asks about its communes (the set's commune block). Fields
// that declare `aggregate` are computed from the consolidated forms of the lower group.

import type { CriteriaSet, InputField, Inputs } from '../criteria/model';
import { allFields } from '../criteria/fields';
import { isYes, numberOf, textEquals } from '../rules/cell';
import { groupStandings } from './standings';
import { unitKey } from './names';
import type { MasterState, UnitRecord } from './types';

function matches(unit: UnitRecord, field: string, values: readonly string[] | undefined): boolean {
  const v = unit.inputs[field];
  return values === undefined ? isYes(v) : values.some((label) => textEquals(v, label));
}

function aggregateValue(field: InputField, units: readonly UnitRecord[], totals: Map<string, number>): number {
  const spec = field.aggregate!;
  const n = units.length;
  const source = spec.field ?? '';
  const sum = () => units.reduce((t, u) => t + numberOf(u.inputs[source]), 0);
  switch (spec.op) {
    case 'count':
      return n;
    case 'countYes':
      return units.filter((u) => matches(u, source, spec.values)).length;
    case 'shareYes':
      return n === 0 ? 0 : units.filter((u) => matches(u, source, spec.values)).length / n;
    case 'sum':
      return sum();
    case 'average':
      return n === 0 ? 0 : sum() / n;
    case 'averageTotal':
      return n === 0 ? 0 : units.reduce((t, u) => t + (totals.get(u.id) ?? 0), 0) / n;
  }
}

/**
 * Inputs of `districtSet`'s aggregate fields computed from the units of the lower group.
 * `communes` names the district's communes (as on the roster or in their forms); when
 * omitted, every unit of the lower group in the master counts. Totals (averageTotal) are
 * the appraised totals of the master's standings.
 */
export function cascadeInputs(
  state: MasterState,
  districtSet: CriteriaSet,
  communes?: readonly string[],
  sets: readonly CriteriaSet[] = [],
): Inputs {
  const wanted = communes && new Set(communes.map(unitKey));
  const fields = allFields(districtSet).filter((f) => f.aggregate);
  const needsTotals = fields.some((f) => f.aggregate!.op === 'averageTotal');
  const totals = new Map<string, number>();
  if (needsTotals) for (const g of groupStandings(state, sets)) for (const s of g.units) totals.set(s.unit.id, s.total);
  const inputs: Inputs = {};
  for (const field of fields) {
    const units = state.units.filter((u) => u.group === field.aggregate!.fromGroup && (!wanted || wanted.has(unitKey(u.name))));
    inputs[field.id] = aggregateValue(field, units, totals);
  }
  return inputs;
}
