// A criterion's points, section sub-totals, the total, bands and ranks as Excel formula text,
// with exactly the engine's semantics (rules go through their kinds, ../rules/formula.ts), so
// the form's own formulas give the engine's points in Excel and in LibreOffice. English
// function names, ',' separators, no leading '='. Functions used: IF, AND, OR, NOT, ISNUMBER,
// LEN, TRIM, MIN, MAX, ROUND, SUM, RANK.EQ (written without _xlfn.; the .xlsx writer adds it).

import { notApplicableId } from '../criteria/fields';
import { NOT_APPLICABLE, type Band, type CriteriaSet, type Criterion } from '../criteria/model';
import { compileSet, type CompiledCriterion } from './compiled-set';
import { criterionFormula, voidedValue } from './criterion';
import { voidConditionFormula, voidReasonFormula } from './voids';
import { compileRule } from '../rules/formula';
import { formulaNumber, formulaString, numberRef, term, type FormulaContext } from '../rules/formula-text';
import { bandsFromHighest } from './band';
import { sumFormula } from './totals';

export { formulaNumber, formulaString, compileRule, type FormulaContext };
export { criterionFormula };

function compiledOf(set: CriteriaSet, criterion: Criterion): CompiledCriterion {
  const found = compileSet(set).criteria.find((c) => c.criterion.code === criterion.code);
  if (!found) throw new RangeError(`no criterion ${criterion.code} in set ${set.id}`); // a programming error, never a user's
  return found;
}

/** The score cell's formula of a criterion of `set`: its points, 0 while invalid data voids it. */
export function scoreCellFormula(set: CriteriaSet, criterion: Criterion, ctx: FormulaContext): string {
  const c = compiledOf(set, criterion);
  return criterionFormula(criterion, set.precision, ctx, c.role, voidConditionFormula(c.voids, ctx));
}

/** Whether invalid data can void the criterion (it reads a field, a ratio of fields, or a check voids it). */
export function canBeVoided(set: CriteriaSet, criterion: Criterion): boolean {
  return compiledOf(set, criterion).voids.length > 0;
}

/** TRUE while invalid data voids the criterion, as a formula; undefined when nothing can void it. */
export function voidFormula(set: CriteriaSet, criterion: Criterion, ctx: FormulaContext): string | undefined {
  return voidConditionFormula(compiledOf(set, criterion).voids, ctx);
}

/** The workbook's reason a criterion is voided ("0 điểm — số liệu không hợp lệ: 25 > 20"; a deduction item "-5 điểm — …"), "" while valid. */
export function voidTextFormula(set: CriteriaSet, criterion: Criterion, ctx: FormulaContext): string {
  const c = compiledOf(set, criterion);
  const reason = voidReasonFormula(c.voids, ctx, voidedValue(criterion, c.role, set.precision));
  // Never while the unit marks the criterion "Không áp dụng" (as the engine's `voided`): it then scores as marked.
  if (!criterion.notApplicable || reason === '""') return reason;
  return `IF(${ctx.fieldRef(notApplicableId(criterion.code))}=${formulaString(NOT_APPLICABLE)},"",${reason})`;
}

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
