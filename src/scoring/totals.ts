// The order of operations above the criteria, written once for the engine and once for the
// formulas, side by side so they stay operation for operation the same (docs/criteria-format.md):
//   a section sums its normal criteria (capped at its max), adds its bonus criteria (capped at
//   bonusMax) and takes its deductions (floor 0); a bonus section caps its items at its max, a
//   deduction section its deductions;
//   the total sums the normal sections, is rescaled for criteria marked not applicable
//   (total × maxTotal ÷ applicable maximum), adds the bonus sections, is capped at
//   maxTotal + maxBonus, takes the deduction sections (floor 0), and is rounded.
// Criterion points arrive rounded and signed: deductions are negative.

import type { CriteriaSet, Section } from '../criteria/model';
import { roleOf, type EffectiveRole } from '../criteria/roles';
import { atLeast } from '../rules/cell';
import { formulaNumber, formulaString, term } from '../rules/formula-text';
import { excelRound } from './round';

/** Left-to-right sum (the order SUM adds in), 0 for none. */
function sumOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let total = values[0];
  for (let i = 1; i < values.length; i++) total += values[i];
  return total;
}

const CELL_REF = /^(.*!)?(\$?[A-Z]{1,3}\$?)(\d+)$/;

/** References with runs of consecutive rows in one column merged into ranges (E10,E11,E12 -> E10:E12). */
function mergedRanges(refs: readonly string[]): string[] {
  const runs: { first: string; last: string; key: string; row: number }[] = [];
  for (const ref of refs) {
    const match = CELL_REF.exec(ref);
    const key = match ? `${match[1] ?? ''}${match[2]}` : '';
    const row = match ? Number(match[3]) : NaN;
    const run = runs[runs.length - 1];
    if (match && run && run.key === key && run.row + 1 === row) {
      run.last = `${match[2]}${match[3]}`;
      run.row = row;
    } else {
      runs.push({ first: ref, last: ref, key, row });
    }
  }
  return runs.map((run) => (run.first === run.last ? run.first : `${run.first}:${run.last}`));
}

/** SUM of the references, "0" for none. */
export function sumFormula(refs: readonly string[]): string {
  return refs.length === 0 ? '0' : `SUM(${mergedRanges(refs).join(',')})`;
}

/** The criteria of a section split by role, keeping each one's value (a number or a reference). */
function byRole<T>(section: Section, values: readonly T[]): Record<EffectiveRole, T[]> {
  const out: Record<EffectiveRole, T[]> = { normal: [], bonus: [], deduction: [] };
  section.criteria.forEach((c, i) => out[roleOf(section, c)].push(values[i]));
  return out;
}

/** A section's points from its criteria's (rounded, signed) points, in criterion order. */
export function sectionValue(section: Section, points: readonly number[], precision: number): number {
  if (section.role === 'bonus') return excelRound(Math.min(section.max, sumOf(points)), precision);
  if (section.role === 'deduction') return excelRound(Math.max(-section.max, sumOf(points)), precision);
  const parts = byRole(section, points);
  let value = Math.min(section.max, sumOf(parts.normal));
  if (parts.bonus.length === 0 && parts.deduction.length === 0) return excelRound(value, precision);
  if (parts.bonus.length > 0) value += section.bonusMax === undefined ? sumOf(parts.bonus) : Math.min(section.bonusMax, sumOf(parts.bonus));
  if (parts.deduction.length > 0) value += sumOf(parts.deduction);
  return excelRound(Math.max(0, value), precision);
}

/** The same as a formula over the criteria's score cells, in criterion order. */
export function sectionValueFormula(section: Section, refs: readonly string[], precision: number): string {
  const max = formulaNumber(section.max);
  if (section.role === 'bonus') return `ROUND(MIN(${max},${sumFormula(refs)}),${precision})`;
  if (section.role === 'deduction') return `ROUND(MAX(-${max},${sumFormula(refs)}),${precision})`;
  const parts = byRole(section, refs);
  let value = `MIN(${max},${sumFormula(parts.normal)})`;
  if (parts.bonus.length === 0 && parts.deduction.length === 0) return `ROUND(${value},${precision})`;
  if (parts.bonus.length > 0) value += `+${section.bonusMax === undefined ? sumFormula(parts.bonus) : `MIN(${formulaNumber(section.bonusMax)},${sumFormula(parts.bonus)})`}`;
  if (parts.deduction.length > 0) value += `+${sumFormula(parts.deduction)}`;
  return `ROUND(MAX(0,${value}),${precision})`;
}

/** The sections split by role, keeping each one's value. */
function sectionsByRole<T>(set: CriteriaSet, values: readonly T[]): { normal: T[]; bonus: T[]; deduction: T[] } {
  const out = { normal: [] as T[], bonus: [] as T[], deduction: [] as T[] };
  set.sections.forEach((s, i) => out[s.role ?? 'normal'].push(values[i]));
  return out;
}

/** maxTotal minus the maxima of the criteria marked not applicable whose policy is rescale. */
export function applicableMax(set: CriteriaSet, markedMaxima: readonly number[]): number {
  return markedMaxima.length === 0 ? set.maxTotal : set.maxTotal - sumOf(markedMaxima);
}

/** The same as a formula: maxTotal − SUM(IF(cell="Không áp dụng", max, 0), …). */
export function applicableMaxFormula(set: CriteriaSet, marks: readonly { ref: string; label: string; max: number }[]): string {
  if (marks.length === 0) return formulaNumber(set.maxTotal);
  return `${formulaNumber(set.maxTotal)}-SUM(${marks.map((m) => `IF(${m.ref}=${formulaString(m.label)},${formulaNumber(m.max)},0)`).join(',')})`;
}

/**
 * The total from the sections' points (in section order); `applicable` is the applicable
 * maximum when the set rescales for not-applicable criteria.
 */
export function totalValue(set: CriteriaSet, sectionPoints: readonly number[], applicable: number | undefined, precision: number): number {
  const parts = sectionsByRole(set, sectionPoints);
  const sum = sumOf(parts.normal);
  let value = applicable === undefined || atLeast(applicable, set.maxTotal) ? sum : applicable > 0 ? (sum * set.maxTotal) / applicable : 0;
  if (parts.bonus.length > 0) value += sumOf(parts.bonus);
  if (set.maxBonus !== undefined) value = Math.min(set.maxTotal + set.maxBonus, value);
  if (parts.deduction.length > 0) value = Math.max(0, value + sumOf(parts.deduction));
  return excelRound(value, precision);
}

/** The same as a formula over the sections' cells; `applicableRef` is the applicable maximum's cell. */
export function totalValueFormula(set: CriteriaSet, sectionRefs: readonly string[], applicableRef: string | undefined, precision: number): string {
  const parts = sectionsByRole(set, sectionRefs);
  const sum = sumFormula(parts.normal);
  const max = term(set.maxTotal);
  let value = applicableRef === undefined ? sum : `IF(${applicableRef}>=${max},${sum},IF(${applicableRef}>0,${sum}*${max}/${applicableRef},0))`;
  if (parts.bonus.length > 0) value += `+${sumFormula(parts.bonus)}`;
  if (set.maxBonus !== undefined) value = `MIN(${formulaNumber(set.maxTotal + set.maxBonus)},${value})`;
  if (parts.deduction.length > 0) value = `MAX(0,${value}+${sumFormula(parts.deduction)})`;
  return `ROUND(${value},${precision})`;
}
