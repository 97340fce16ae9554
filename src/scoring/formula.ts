// A criterion's points, section sub-totals, the total, bands and ranks as Excel formula text,
// with exactly the engine's semantics (rules go through their kinds, ../rules/formula.ts), so
// the form's own formulas give the engine's points in Excel and in LibreOffice. English
// function names, ',' separators, no leading '='. Functions used: IF, MIN, MAX, N, ROUND,
// SUM, RANK.EQ (written without _xlfn.; the .xlsx writer adds it).

import type { Band } from '../criteria/model';
import { compileRule } from '../rules/formula';
import { formulaNumber, formulaString, numberRef, term, type FormulaContext } from '../rules/formula-text';
import { bandsFromHighest } from './band';
import { sumFormula } from './totals';

export { formulaNumber, formulaString, compileRule, type FormulaContext };
export { criterionFormula } from './criterion';


/** A section sub-total: ROUND(MIN(section max,SUM(criterion points)),precision). */
export function sectionFormula(sectionMax: number, scoreRefs: string[], precision: number): string {
  return `ROUND(MIN(${formulaNumber(sectionMax)},${sumFormula(scoreRefs)}),${precision})`;
}

/** The total: ROUND(SUM(section sub-totals),precision). */
export function totalFormula(sectionRefs: string[], precision: number): string {
  return `ROUND(${sumFormula(sectionRefs)},${precision})`;
}

/** The band label of a total: nested IF from the highest minimum down, "" when no band is reached. */
export function bandFormula(totalRef: string, bands: Band[]): string {
  return bandsFromHighest(bands).reduceRight(
    (otherwise, band) => `IF(${totalRef}>=${term(band.min)},${formulaString(band.label)},${otherwise})`,
    '""',
  );
}

/** The provisional best of a cohort field in a unit's own form: MAX(own value read as a number,reference). */
export function provisionalBestFormula(fieldRef: string, reference?: number): string {
  return `MAX(${numberRef(fieldRef)},${formulaNumber(reference ?? 0)})`;
}

/** Competition rank, highest first: RANK.EQ(value,range,0). */
export function rankFormula(valueRef: string, rangeRef: string): string {
  return `RANK.EQ(${valueRef},${rangeRef},0)`;
}
