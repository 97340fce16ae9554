// What makes an entered value invalid — text where a number is asked, a number outside its
// bounds, a label that is not offered — and when a consistency check fails, written once for
// the engine and once as a formula (Excel 2010 functions only), side by side. The input
// problems (problems.ts) and the criteria voided by invalid data (voids.ts) both read them.

import type { Check, InputField, InputValue } from '../criteria/model';
import { atLeast, atMost, choiceIndex, NO, YES } from '../rules/cell';
import { formulaString, term } from '../rules/formula-text';
import { excelRound } from '../rules/round';

export const NUMERIC_TYPES: ReadonlySet<InputField['type']> = new Set(['integer', 'decimal', 'percent', 'count']);

/** Blank as the formulas see it (LEN(TRIM(x))=0): nothing, or spaces only. */
export function isBlank(v: InputValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.replace(/ /g, '') === '');
}

/** The formula that is TRUE when a cell holds something (not blank as isBlank). */
export function filledFormula(ref: string): string {
  return `LEN(TRIM(${ref}))>0`;
}

/** Bounds of a numeric field: its own, else >= 0 for counts, integers and percents, <= 100% for percents. */
export function boundsOf(field: InputField): { min?: number; max?: number } {
  const min = field.min ?? (field.type === 'decimal' ? undefined : 0);
  const max = field.max ?? (field.type === 'percent' ? 1 : undefined);
  return { min, max };
}

/** The labels a yes/no or choice field offers; undefined for other types. */
export function labelsOf(field: InputField): string[] | undefined {
  if (field.type === 'yesno') return [YES, NO];
  if (field.type === 'choice') return (field.choices ?? []).map((c) => c.label);
  return undefined;
}

export type FieldFault =
  | { kind: 'notANumber'; value: InputValue }
  | { kind: 'belowMin'; value: number; limit: number }
  | { kind: 'aboveMax'; value: number; limit: number }
  | { kind: 'invalidChoice'; value: InputValue; labels: string[] };

/** Why an entered value is invalid, or undefined (blank is never invalid: it scores 0). */
export function fieldFault(field: InputField, v: InputValue | undefined): FieldFault | undefined {
  if (v === undefined || isBlank(v)) return undefined;
  if (NUMERIC_TYPES.has(field.type)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return { kind: 'notANumber', value: v };
    const { min, max } = boundsOf(field);
    if (min !== undefined && !atLeast(v, min)) return { kind: 'belowMin', value: v, limit: min };
    if (max !== undefined && !atMost(v, max)) return { kind: 'aboveMax', value: v, limit: max };
    return undefined;
  }
  const labels = labelsOf(field);
  if (labels && choiceIndex(v, labels) < 0) return { kind: 'invalidChoice', value: v, labels };
  return undefined;
}

/** A number as the workbook's reason text shows it: percents as "150%". */
function shown(field: InputField | undefined, expr: string): string {
  return field?.type === 'percent' ? `ROUND(${expr}*100,6)&"%"` : `${expr}`;
}

function shownConstant(field: InputField, n: number): string {
  return field.type === 'percent' ? `${term(Math.round(n * 1e8) / 1e6)}&"%"` : term(n);
}

/** A number as a formula's `&` turns it into text (Excel's General: 15 significant digits, "1E+20"). */
function generalText(n: number): string {
  const text = Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n) : String(Number(n.toPrecision(15)));
  return text.replace(/e([+-])(\d+)$/, (_, sign: string, exp: string) => `E${sign}${exp.padStart(2, '0')}`);
}

/** A cell's value as a formula's `&` turns it into text. */
function cellText(v: InputValue | undefined): string {
  if (typeof v === 'number') return generalText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v ?? '';
}

/** What `shown` computes for an entered number. */
function shownValue(field: InputField | undefined, v: number): string {
  return field?.type === 'percent' ? `${generalText(excelRound(v * 100, 6))}%` : generalText(v);
}

/** What `shownConstant` computes. */
function shownConstantValue(field: InputField, n: number): string {
  return field.type === 'percent' ? `${generalText(Math.round(n * 1e8) / 1e6)}%` : generalText(n);
}

/** The workbook's words for a fault, as its formula (fieldFaultFormulas' text) computes them: "150% > 100%". */
export function faultText(field: InputField, fault: FieldFault): string {
  switch (fault.kind) {
    case 'notANumber':
      return `“${cellText(fault.value)}” không phải là số`;
    case 'belowMin':
      return `${shownValue(field, fault.value)} < ${shownConstantValue(field, fault.limit)}`;
    case 'aboveMax':
      return `${shownValue(field, fault.value)} > ${shownConstantValue(field, fault.limit)}`;
    case 'invalidChoice':
      return `“${cellText(fault.value)}” không có trong danh sách`;
  }
}

/** One way a field can be invalid as a formula: TRUE when it is, and the workbook's words for it. */
export interface FaultFormula {
  kind: FieldFault['kind'];
  condition: string;
  text: string;
}

/** The formulas of every way the field in `ref` can be invalid, in fieldFault's order. */
export function fieldFaultFormulas(field: InputField, ref: string): FaultFormula[] {
  if (NUMERIC_TYPES.has(field.type)) {
    const { min, max } = boundsOf(field);
    const out: FaultFormula[] = [
      { kind: 'notANumber', condition: `AND(NOT(ISNUMBER(${ref})),${filledFormula(ref)})`, text: `"“"&${ref}&"” không phải là số"` },
    ];
    if (min !== undefined) {
      out.push({ kind: 'belowMin', condition: `AND(ISNUMBER(${ref}),${ref}<${term(min)})`, text: `${shown(field, ref)}&" < "&${shownConstant(field, min)}` });
    }
    if (max !== undefined) {
      out.push({ kind: 'aboveMax', condition: `AND(ISNUMBER(${ref}),${ref}>${term(max)})`, text: `${shown(field, ref)}&" > "&${shownConstant(field, max)}` });
    }
    return out;
  }
  const labels = labelsOf(field);
  if (!labels) return [];
  const offered = labels.length === 0 ? 'FALSE' : `OR(${labels.map((l) => `${ref}=${formulaString(l)}`).join(',')})`;
  return [{ kind: 'invalidChoice', condition: `AND(${filledFormula(ref)},NOT(${offered}))`, text: `"“"&${ref}&"” không có trong danh sách"` }];
}

/** The relation that holds when a check `left op right` fails, as a spreadsheet operator and a sign. */
const FAILED: Record<Check['op'], { formula: string; sign: string; holds: (l: number, r: number) => boolean }> = {
  '<=': { formula: '>', sign: '>', holds: (l, r) => !atMost(l, r) },
  '>=': { formula: '<', sign: '<', holds: (l, r) => !atLeast(l, r) },
  '<': { formula: '>=', sign: '≥', holds: (l, r) => atLeast(l, r) },
  '>': { formula: '<=', sign: '≤', holds: (l, r) => atMost(l, r) },
  '=': { formula: '<>', sign: '≠', holds: (l, r) => !(atLeast(l, r) && atMost(l, r)) },
};

/** Whether `left op right` fails; only two entered numbers can fail a check. */
export function checkFails(op: Check['op'], left: InputValue | undefined, right: InputValue | undefined): boolean {
  return typeof left === 'number' && typeof right === 'number' && FAILED[op].holds(left, right);
}

/** The sign of the relation that holds when the check fails ("25 > 20" for a failed "<="). */
export function failedSign(op: Check['op']): string {
  return FAILED[op].sign;
}

/** The workbook's words for a failed check (checkFailsFormula's text): "25 > 20". */
export function failedCheckText(op: Check['op'], left: { value: number; field?: InputField }, right: { value: number; field?: InputField }): string {
  return `${shownValue(left.field, left.value)} ${FAILED[op].sign} ${shownValue(right.field, right.value)}`;
}

/** checkFails as a formula, and the workbook's words for it ("25 > 20"). */
export function checkFailsFormula(op: Check['op'], left: { ref: string; field?: InputField }, right: { ref: string; field?: InputField }): { condition: string; text: string } {
  const f = FAILED[op];
  return {
    condition: `AND(ISNUMBER(${left.ref}),ISNUMBER(${right.ref}),${left.ref}${f.formula}${right.ref})`,
    text: `${shown(left.field, left.ref)}&" ${f.sign} "&${shown(right.field, right.ref)}`,
  };
}
