// Random, valid fills of a criteria set as an inputs JSON document (the `fill` command's
// input): blanks, zeros, values at the field bounds, step thresholds hit exactly, level
// conditions met exactly (so every rung is reached now and then), criteria marked "Không áp
// dụng" where the set allows it, and ratios whose points land exactly on a rounding boundary
// (x.x5 at the set's precision).
import { notApplicableId } from '../../src/criteria/fields';
import { NOT_APPLICABLE, type Condition, type CriteriaSet, type InputField, type Inputs, type Rule } from '../../src/criteria/model';
import { allRules } from '../../src/rules';

/** Deterministic PRNG (the test suites' one, mulberry32). */
export { rng as prng } from '../support/submissions';

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const TEXTS = ['UBND xã Hy Cương', '=1+1', '+84 912 345 678', '-', '@ghi chú', 'Sở Nội vụ', 'Phường Tiên Cát', "O'Brien \"quoted\""];

function numberValue(r: Rand, field: InputField): number {
  const lo = field.min ?? 0;
  const hi = field.max;
  const whole = field.type === 'integer' || field.type === 'count';
  const choices: (() => number)[] = [
    () => lo,
    () => (hi === undefined ? lo + int(r, 0, 5) : hi),
    () => 0,
    () => (whole ? int(r, lo, hi ?? lo + 60) : Math.round((lo + r() * ((hi ?? lo + 10) - lo)) * 1000) / 1000),
    () => (whole ? int(r, lo, hi ?? lo + 500) : Math.round(r() * 100) / 100 + lo),
  ];
  const v = pick(r, choices)();
  return Math.max(lo, hi === undefined ? v : Math.min(hi, v));
}

function percentValue(r: Rand): number | string {
  const v = pick(r, [0, 1, int(r, 0, 1000) / 1000, int(r, 0, 40) / 40, int(r, 0, 100) / 100]);
  return r() < 0.3 ? `${Math.round(v * 1000) / 10}%` : v;
}

function fieldValue(r: Rand, field: InputField): unknown {
  if (r() < 0.1) return null;
  switch (field.type) {
    case 'integer':
    case 'count':
    case 'decimal':
      return numberValue(r, field);
    case 'percent':
      return percentValue(r);
    case 'yesno':
      return pick(r, [true, false, 'Có', 'Không', 'có']);
    case 'choice':
      return pick(r, field.choices ?? []).label;
    case 'text':
      return pick(r, TEXTS);
    case 'date':
      return pick(r, [43373, '2018-09-30', '1/10/2018']);
  }
}

function isWhole(field: InputField | undefined): boolean {
  return field?.type === 'integer' || field?.type === 'count';
}

/** num/den × points = (2k+1)/2 × 10^-precision exactly: an x.x5 boundary before ROUND. */
function hitRoundingBoundary(r: Rand, rule: Extract<Rule, { kind: 'ratio' }>, max: number, set: CriteriaSet, fields: Map<string, InputField>, inputs: Record<string, unknown>): void {
  if (!('field' in rule.num)) return;
  const points = rule.points ?? max;
  const unit = 2 * 10 ** set.precision * points; // den for which num = 2k+1 gives the boundary
  const numField = fields.get(rule.num.field);
  let den: number;
  if ('field' in rule.den) {
    const known = inputs[rule.den.field];
    den = typeof known === 'number' && known > 0 && Number.isInteger(known / unit) ? known : unit * int(r, 1, 3);
    if (!Number.isInteger(den) || (isWhole(fields.get(rule.den.field)) && !Number.isInteger(den))) return;
    inputs[rule.den.field] = den;
  } else {
    den = rule.den.value;
  }
  const k = int(r, 0, Math.max(0, 10 ** set.precision * points - 1));
  const num = ((2 * k + 1) * den) / unit;
  if (isWhole(numField) && !Number.isInteger(num)) return;
  inputs[rule.num.field] = num;
}

/** Makes one condition of a level hold (the threshold exactly, the label, or "Có"). */
function meetCondition(condition: Condition, inputs: Record<string, unknown>): void {
  inputs[condition.field] = condition.atLeast ?? condition.equals ?? 'Có';
}

/** One random fill as the inputs JSON of the `fill` command. */
export function randomFill(set: CriteriaSet, r: Rand): { set: string; inputs: Record<string, unknown>; evidence: Record<string, string>; notes: Record<string, string> } {
  const fields = new Map<string, InputField>();
  for (const f of [...set.generalFields, ...set.sections.flatMap((s) => s.criteria.flatMap((c) => c.fields))]) fields.set(f.id, f);
  const inputs: Record<string, unknown> = {};
  for (const f of fields.values()) inputs[f.id] = fieldValue(r, f);
  for (const c of set.sections.flatMap((s) => s.criteria)) {
    if (c.notApplicable && r() < 0.25) inputs[notApplicableId(c.code)] = NOT_APPLICABLE;
  }
  const evidence: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const c of set.sections.flatMap((s) => s.criteria)) {
    for (const rule of allRules(c.rule)) {
      if (rule.kind === 'ratio' && r() < 0.35) hitRoundingBoundary(r, rule, c.max, set, fields, inputs);
      if (rule.kind === 'steps' && 'field' in rule.of && r() < 0.3) inputs[rule.of.field] = pick(r, rule.steps).atLeast;
      if (rule.kind === 'levels' && r() < 0.6) {
        const reached = int(r, 0, rule.levels.length);
        rule.levels.slice(0, reached).forEach((l) => l.conditions.forEach((cond) => meetCondition(cond, inputs)));
      }
    }
    if (r() < 0.3) evidence[c.code] = pick(r, TEXTS);
    if (r() < 0.1) notes[c.code] = pick(r, TEXTS);
  }
  return { set: set.id, inputs, evidence, notes };
}

/** Ways a fill is made invalid (issue 9): the criteria reading the spoiled values score 0. */
export type Spoil = 'outOfBounds' | 'text' | 'label' | 'check';

const NUMBER_TYPES = new Set(['integer', 'count', 'decimal', 'percent']);

function spoilOne(set: CriteriaSet, inputs: Inputs, r: Rand, fields: InputField[]): Spoil | undefined {
  const numeric = fields.filter((f) => NUMBER_TYPES.has(f.type));
  const labelled = fields.filter((f) => f.type === 'yesno' || f.type === 'choice');
  const kinds: Spoil[] = [...(numeric.length ? (['outOfBounds', 'text'] as const) : []), ...(labelled.length ? (['label'] as const) : []), ...(set.checks.length ? (['check'] as const) : [])];
  if (kinds.length === 0) return undefined;
  const kind = pick(r, kinds);
  if (kind === 'outOfBounds') {
    const f = pick(r, numeric);
    const max = f.max ?? (f.type === 'percent' ? 1 : undefined);
    const min = f.min ?? (f.type === 'decimal' ? undefined : 0);
    const above = max !== undefined && (min === undefined || r() < 0.5);
    if (above) inputs[f.id] = f.type === 'percent' ? max + pick(r, [0.5, 0.01, 0.25]) : max + int(r, 1, 40);
    else if (min !== undefined) inputs[f.id] = min - int(r, 1, 30);
    else return undefined;
  } else if (kind === 'text') {
    inputs[pick(r, numeric).id] = pick(r, ['khoảng 20', 'chưa rõ', 'N/A', 'hai mươi']);
  } else if (kind === 'label') {
    inputs[pick(r, labelled).id] = pick(r, ['Chưa rõ', 'Có lẽ', 'x', 'Không có số liệu']);
  } else {
    const check = pick(r, set.checks);
    const right = typeof inputs[check.right] === 'number' ? (inputs[check.right] as number) : (inputs[check.right] = int(r, 1, 50));
    const delta = int(r, 1, 10);
    inputs[check.left] = { '<=': right + delta, '<': right + delta - 1, '>=': right - delta, '>': right, '=': right + delta }[check.op];
  }
  return kind;
}

/** About 1 fill in 4 gets one or two invalid values (out of bounds, text, a label not offered, a failed check). */
export function spoilFill(set: CriteriaSet, inputs: Inputs, r: Rand): Spoil[] {
  if (r() >= 0.25) return [];
  const fields = [...set.generalFields, ...set.sections.flatMap((s) => s.criteria.flatMap((c) => c.fields))];
  const done: Spoil[] = [];
  for (let i = r() < 0.3 ? 2 : 1; i > 0; i--) {
    const kind = spoilOne(set, inputs, r, fields);
    if (kind) done.push(kind);
  }
  return done;
}
