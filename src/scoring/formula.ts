// A criterion's points, section sub-totals, the total, bands and ranks as Excel formula text,
// with exactly the engine's semantics (rules go through their kinds, ../rules/formula.ts), so
// the form's own formulas give the engine's points in Excel and in LibreOffice. English
// function names, ',' separators, no leading '='. Functions used: IF, MIN, MAX, N, ROUND,
// SUM, RANK.EQ (written without _xlfn.; the .xlsx writer adds it).

import type { Band, Criterion } from '../criteria/model';
import { compileRule } from '../rules/formula';
import { formulaNumber, formulaString, numberRef, term, type FormulaContext } from '../rules/formula-text';
import { bandsFromHighest } from './band';

export { formulaNumber, formulaString, compileRule, type FormulaContext };

/** A criterion's points: ROUND(MIN(max,MAX(0,rule)),precision). */
export function criterionFormula(c: Criterion, precision: number, ctx: FormulaContext): string {
  return `ROUND(MIN(${formulaNumber(c.max)},MAX(0,${compileRule(c.rule, c.max, ctx)})),${precision})`;
}

const CELL_REF = /^(.*!)?(\$?[A-Z]{1,3}\$?)(\d+)$/;

/** References with runs of consecutive rows in one column merged into ranges (E10,E11,E12 -> E10:E12). */
function mergedRanges(refs: string[]): string[] {
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

function sumOfRefs(refs: string[]): string {
  return refs.length === 0 ? '0' : `SUM(${mergedRanges(refs).join(',')})`;
}

/** A section sub-total: ROUND(MIN(section max,SUM(criterion points)),precision). */
export function sectionFormula(sectionMax: number, scoreRefs: string[], precision: number): string {
  return `ROUND(MIN(${formulaNumber(sectionMax)},${sumOfRefs(scoreRefs)}),${precision})`;
}

/** The total: ROUND(SUM(section sub-totals),precision). */
export function totalFormula(sectionRefs: string[], precision: number): string {
  return `ROUND(${sumOfRefs(sectionRefs)},${precision})`;
}

/** The band label of a total: nested IF from the highest minimum down, "" when no band is reached. */
export function bandFormula(totalRef: string, bands: Band[]): string {
  return bandsFromHighest(bands).reduceRight(
    (otherwise, band) => `IF(${totalRef}>=${term(band.min)},${formulaString(band.label)},${otherwise})`,
    '""',
  );
}

/** The provisional best of a cohort field in a unit's own form: MAX(N(own value),reference). */
export function provisionalBestFormula(fieldRef: string, reference?: number): string {
  return `MAX(${numberRef(fieldRef)},${formulaNumber(reference ?? 0)})`;
}

/** Competition rank, highest first: RANK.EQ(value,range,0). */
export function rankFormula(valueRef: string, rangeRef: string): string {
  return `RANK.EQ(${valueRef},${rangeRef},0)`;
}
