// Filled forms as submitted .xlsx files, for consolidation tests and the benchmark: the
// form plan of a set with a unit's inputs, its score cells carrying the engine's results
// as cached values (as if Excel had saved the file), written by our .xlsx writer.

import type { CriteriaSet, InputField, Inputs, Rule } from '../../src/criteria/model';
import { allFields, notApplicableId } from '../../src/criteria/fields';
import type { FormMap } from '../../src/form/api';
import { filledFormPlan as filledForm } from '../../src/form/filled';
import type { WorkbookPlan } from '../../src/plan/model';
import { roleOf } from '../../src/criteria/roles';
import { allRules, fieldsRead } from '../../src/rules/tree';
import { writeWorkbook } from '../../src/xlsx/write';

export interface FillOptions {
  evidence?: Record<string, string>;
  notes?: Record<string, string>;
  sheetName?: string;
  /** Edits the plan before it is written (typing over a formula, inserting rows…). */
  edit?: (plan: WorkbookPlan, map: FormMap) => void;
}

/** The plan of a filled form whose result cells carry the engine's results as cached values. */
export function filledFormPlan(set: CriteriaSet, inputs: Inputs, opts: FillOptions = {}): { plan: WorkbookPlan; map: FormMap } {
  const { plan, map } = filledForm(set, {
    inputs,
    ...(opts.evidence ? { evidence: opts.evidence } : {}),
    ...(opts.notes ? { notes: opts.notes } : {}),
    ...(opts.sheetName ? { sheetName: opts.sheetName } : {}),
  });
  opts.edit?.(plan, map);
  return { plan, map };
}

/** A filled form as the bytes of an .xlsx file. */
export function filledFormBytes(set: CriteriaSet, inputs: Inputs, opts: FillOptions = {}): Uint8Array {
  return writeWorkbook(filledFormPlan(set, inputs, opts).plan, { cached: true });
}

/** Evidence text for every criterion that requires it. */
export function fullEvidence(set: CriteriaSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of set.sections) for (const c of s.criteria) if (c.evidenceRequired) out[c.code] = `Văn bản số ${c.code}/BC`;
  return out;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Largest step threshold of any steps rule over the field (so a value above it scores full). */
function highestThreshold(set: CriteriaSet, fieldId: string): number {
  let high = 0;
  for (const s of set.sections) {
    for (const c of s.criteria) {
      for (const r of allRules(c.rule)) {
        if (r.kind === 'steps' && 'field' in r.of && r.of.field === fieldId) high = Math.max(high, ...r.steps.map((x) => x.atLeast));
      }
    }
  }
  return high;
}

/** The label a choice field needs for the most points: of a choice rule, or the highest level's condition. */
function bestChoice(set: CriteriaSet, field: InputField): string {
  let best = field.choices?.[0]?.label ?? '';
  let points = -1;
  for (const s of set.sections) {
    for (const c of s.criteria) {
      for (const r of allRules(c.rule)) {
        if (r.kind === 'choice' && r.field === field.id) for (const option of r.points) if (option.points > points) [best, points] = [option.label, option.points];
        if (r.kind !== 'level') continue;
        const wanted = r.conditions.find((x) => x.field === field.id && x.equals !== undefined);
        if (wanted && r.points > points) [best, points] = [wanted.equals as string, r.points];
      }
    }
  }
  return best;
}

/**
 * Fields that count against the unit or above the maximum — read by deductions (a deduction
 * item, a deduction section, the `less` of a `deduct`) or by bonus items: at full marks they
 * are 0 / "Không", so the total is exactly maxTotal.
 */
function fieldsOffAtFullMarks(set: CriteriaSet): Set<string> {
  const off = new Set<string>();
  for (const s of set.sections) {
    for (const c of s.criteria) {
      if (roleOf(s, c) !== 'normal') fieldsRead(c.rule).forEach((f) => off.add(f));
      for (const r of allRules(c.rule)) if (r.kind === 'deduct') r.less.flatMap(fieldsRead).forEach((f) => off.add(f));
    }
  }
  return off;
}

/** Numbers every ratio works with exactly: divisible by 10^precision × every ratio maximum (at two decimals: maxima dividing 600). */
const WHOLE = 60000;

/** Inputs that score the set's maximum (every yes "Có", best choices, equal parts and wholes; no deduction, no bonus). */
export function fullMarksInputs(set: CriteriaSet, unitName: string): Inputs {
  const inputs: Inputs = {};
  const off = fieldsOffAtFullMarks(set);
  const notApplicableCells = new Set(set.sections.flatMap((s) => s.criteria.map((c) => notApplicableId(c.code))));
  for (const field of allFields(set)) {
    if (notApplicableCells.has(field.id)) continue; // blank: the criterion applies
    if (off.has(field.id)) {
      inputs[field.id] = field.type === 'yesno' ? 'Không' : 0;
      continue;
    }
    switch (field.type) {
      case 'yesno':
        inputs[field.id] = 'Có';
        break;
      case 'choice':
        inputs[field.id] = bestChoice(set, field);
        break;
      case 'percent':
        inputs[field.id] = 1;
        break;
      case 'count':
        inputs[field.id] = field.max ?? 100;
        break;
      case 'integer':
      case 'decimal':
        inputs[field.id] = Math.max(WHOLE, highestThreshold(set, field.id));
        break;
      case 'text':
        inputs[field.id] = field.id === 'ten_don_vi' ? unitName : `Thông tin ${field.label}`;
        break;
      case 'date':
        inputs[field.id] = 44000;
        break;
    }
  }
  return inputs;
}

type RatioRule = Extract<Rule, { kind: 'ratio' }>;

/**
 * Inputs whose total is exactly `target` (to the set's precision): full marks, then points
 * taken off ratio criteria one by one (their numerator lowered), greedily.
 */
export function inputsForTotal(set: CriteriaSet, unitName: string, target: number): Inputs {
  const inputs = fullMarksInputs(set, unitName);
  const step = 10 ** -set.precision;
  let deficit = Math.round((set.maxTotal - target) / step);
  for (const s of set.sections) {
    for (const c of s.criteria) {
      if (deficit <= 0) break;
      const rule = c.rule as RatioRule;
      if (rule.kind !== 'ratio' || !('field' in rule.num) || !('field' in rule.den)) continue;
      const num = rule.num.field;
      if (allFields(set).find((f) => f.id === num)?.type !== 'integer') continue;
      const take = Math.min(deficit, Math.round(c.max / step));
      const whole = inputs[rule.den.field] as number;
      inputs[num] = Math.round((whole * (Math.round(c.max / step) - take)) / Math.round(c.max / step));
      deficit -= take;
    }
  }
  if (deficit > 0) throw new Error(`cannot reach ${target} with ${set.id}`);
  return inputs;
}

/** A realistic random fill: most values plausible, totals spread over the bands. */
export function randomInputs(set: CriteriaSet, unitName: string, random: () => number): Inputs {
  const inputs: Inputs = {};
  const staff = 10 + Math.floor(random() * 40);
  for (const field of allFields(set)) {
    const r = random();
    switch (field.type) {
      case 'yesno':
        inputs[field.id] = r < 0.7 ? 'Có' : 'Không';
        break;
      case 'choice':
        inputs[field.id] = field.choices?.[Math.floor(r * (field.choices?.length ?? 1))]?.label ?? null;
        break;
      case 'percent':
        inputs[field.id] = Math.round(r * 100) / 100;
        break;
      case 'count':
        inputs[field.id] = Math.floor(r * Math.min(field.max ?? 10, 10));
        break;
      case 'integer':
        inputs[field.id] = field.id === 'tong_so_cbccvc' ? staff : Math.floor(r * staff);
        break;
      case 'decimal':
        inputs[field.id] = Math.round(r * 200) / 100;
        break;
      case 'text':
        inputs[field.id] = field.id === 'ten_don_vi' ? unitName : `${field.label} ${Math.floor(r * 1000)}`;
        break;
      case 'date':
        inputs[field.id] = 43300 + Math.floor(r * 60);
        break;
    }
  }
  return inputs;
}

/** One workbook holding the filled forms of several units (as a district sends its communes'). */
export function severalFormsBytes(set: CriteriaSet, units: readonly { name: string; total: number }[]): Uint8Array {
  const plans = units.map((u, i) => filledFormPlan(set, inputsForTotal(set, u.name, u.total), { evidence: fullEvidence(set), sheetName: `Phụ lục ${i + 1}` }).plan);
  const [first, ...rest] = plans;
  for (const p of rest) first.sheets.push(p.sheets[0]);
  return writeWorkbook(first, { cached: true });
}
