// Rules -> Excel formula text with exactly the semantics of evaluate.ts, operation for
// operation, so the form's own formulas give the engine's points in Excel 2021 and in
// LibreOffice 7.4. English function names, ',' separators, no leading '='. Functions used:
// IF, MIN, MAX, N, ROUND, SUM, RANK.EQ (written without _xlfn.; the .xlsx writer adds it).

import type { Band, Criterion, Operand, Rule } from '../criteria/model';
import { bandsFromHighest } from './band';
import { YES } from './cell';
import { stepsFromHighest } from './evaluate';

export interface FormulaContext {
  /** A1 reference of the field's value cell, e.g. "E12". */
  fieldRef(fieldId: string): string;
  /** A1 reference of the cell holding the best value of a cohort field. */
  cohortBestRef(fieldId: string): string;
}

/** Excel rejects text constants longer than this in a formula. */
const MAX_FORMULA_STRING = 255;

/** Plain decimal text of a finite number: the shortest that round-trips, never in exponent form. */
export function formulaNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Không ghi được số ${n} vào công thức / not a finite number: ${n}`);
  const text = String(Object.is(n, -0) ? 0 : n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, rest = '', power] = match;
  const digits = lead + rest;
  const point = 1 + Number(power); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
}

/** A text constant: in double quotes, inner quotes doubled. */
export function formulaString(s: string): string {
  if (s.length > MAX_FORMULA_STRING) {
    throw new RangeError(`Chuỗi dài quá ${MAX_FORMULA_STRING} ký tự / text longer than ${MAX_FORMULA_STRING} characters: ${s.slice(0, 40)}…`);
  }
  return `"${s.replace(/"/g, '""')}"`;
}

/** Compiled text and whether it is a top-level sum (to be bracketed inside another sum). */
interface Expr {
  text: string;
  sum: boolean;
}

const atom = (text: string): Expr => ({ text, sum: false });

/** A constant where an operator follows or precedes it: negatives in brackets. */
function term(n: number): string {
  return n < 0 ? `(${formulaNumber(n)})` : formulaNumber(n);
}

function numberRef(ref: string): string {
  return `N(${ref})`;
}

function operand(o: Operand, ctx: FormulaContext): string {
  return 'field' in o ? numberRef(ctx.fieldRef(o.field)) : term(o.value);
}

function isText(ref: string, label: string): string {
  return `${ref}=${formulaString(label)}`;
}

/** Left-to-right sum, each term that is itself a sum in brackets (IEEE order as the engine). */
function sumOf(terms: Expr[]): Expr {
  if (terms.length === 0) return atom('0');
  if (terms.length === 1) return terms[0];
  return { text: terms.map((t, i) => (t.sum && i > 0 ? `(${t.text})` : t.text)).join('+'), sum: true };
}

function capped(value: Expr, cap: number | undefined): Expr {
  return cap === undefined ? value : atom(`MIN(${formulaNumber(cap)},${value.text})`);
}

function extreme(fn: 'MIN' | 'MAX', values: Expr[]): Expr {
  return values.length === 0 ? atom('0') : atom(`${fn}(${values.map((v) => v.text).join(',')})`);
}

/** clamp(part / whole, 0, 1) × points, 0 when whole <= 0 (a positive constant whole needs no test). */
function share(part: string, whole: string, wholeConstant: number | undefined, points: number): Expr {
  const scaled = `MIN(1,MAX(0,${part}/${whole}))*${term(points)}`;
  if (wholeConstant === undefined) return atom(`IF(${whole}<=0,0,${scaled})`);
  return atom(wholeConstant <= 0 ? '0' : scaled);
}

function compile(rule: Rule, max: number, ctx: FormulaContext): Expr {
  const sub = (r: Rule): Expr => compile(r, max, ctx);
  switch (rule.kind) {
    case 'ratio': {
      const wholeConstant = 'value' in rule.den ? rule.den.value : undefined;
      return share(operand(rule.num, ctx), operand(rule.den, ctx), wholeConstant, rule.points ?? max);
    }
    case 'steps': {
      const value = operand(rule.of, ctx);
      const nested = stepsFromHighest(rule.steps).reduceRight(
        (otherwise, step) => `IF(${value}>=${term(step.atLeast)},${formulaNumber(step.points)},${otherwise})`,
        '0',
      );
      return atom(nested);
    }
    case 'yesno':
      return atom(`IF(${isText(ctx.fieldRef(rule.field), YES)},${formulaNumber(rule.points)},0)`);
    case 'tiers': {
      const items = rule.items.map((item) =>
        atom(`IF(${isText(ctx.fieldRef(item.field), YES)},${formulaNumber(item.points)},0)`),
      );
      return capped(sumOf(items), rule.cap);
    }
    case 'choice': {
      const ref = ctx.fieldRef(rule.field);
      const nested = rule.points.reduceRight(
        (otherwise, option) => `IF(${isText(ref, option.label)},${formulaNumber(option.points)},${otherwise})`,
        '0',
      );
      return atom(nested);
    }
    case 'count':
      return atom(
        `MIN(${formulaNumber(rule.cap)},MAX(0,${numberRef(ctx.fieldRef(rule.field))}*${term(rule.each)}))`,
      );
    case 'best':
      return extreme('MAX', rule.cases.map(sub));
    case 'max':
      return extreme('MAX', rule.of.map(sub));
    case 'min':
      return extreme('MIN', rule.of.map(sub));
    case 'sum':
      return capped(sumOf(rule.of.map(sub)), rule.cap);
    case 'when':
      return atom(`IF(${isText(ctx.fieldRef(rule.field), YES)},${sub(rule.then).text},0)`);
    case 'cohort':
      return share(
        numberRef(ctx.fieldRef(rule.field)),
        numberRef(ctx.cohortBestRef(rule.field)),
        undefined,
        rule.points ?? max,
      );
  }
}

/** The raw value of a rule as formula text (no '='); `max` is the criterion maximum. */
export function compileRule(rule: Rule, max: number, ctx: FormulaContext): string {
  return compile(rule, max, ctx).text;
}

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
