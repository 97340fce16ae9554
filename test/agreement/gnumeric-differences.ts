// The differences Gnumeric is allowed, and the check that each one comes from an exact rounding
// boundary (x.x5 at the set's precision), nothing else. Excel, LibreOffice and the engine compute
// in doubles, and round a result on the boundary away from zero; Gnumeric (Debian's build)
// computes in extended precision (long double), where the same formula on the same inputs gives a
// value a hair below the boundary, rounded one step lower: a share of 0.08333333333333333 × 3 is
// 0.25 in doubles (0.3) and 0.24999999999999999 in long doubles (0.2); a sub-index of 40 % and
// 38.1 % gives 32.715 (32.72) against 32.71. Each such criterion is listed with its form, its cell (the criterion code), the
// engine's points and Gnumeric's; the section and the total that contain it may then differ by
// exactly the listed steps, and the band only as Gnumeric's own total gives it. No tolerance: any
// other difference fails, and so does a listed criterion whose unrounded value is not a boundary.
import type { CriteriaSet, Inputs } from '../../src/criteria/model';
import { bandFor, cohortBestLookup, evaluateRule, excelRound } from '../../src/scoring';

/** [form file, criterion code, engine's points, Gnumeric's points]. */
export type ListedDifference = readonly [form: string, code: string, engine: number, gnumeric: number];

/** The mismatch lines of compareWithEngine that a form's listed differences explain. */
export function explained(
  set: CriteriaSet,
  form: { name: string; inputs: Inputs; total: unknown },
  listed: readonly ListedDifference[],
  mismatches: readonly string[],
): { unexplained: string[]; notAtBoundary: string[] } {
  const { inputs } = form;
  const mine = listed.filter((d) => d[0] === form.name);
  const step = 10 ** -set.precision;
  const notAtBoundary: string[] = [];
  const sectionOf = new Map(set.sections.flatMap((s) => s.criteria.map((c) => [c.code, s.code] as const)));
  const delta = (codes: (code: string) => boolean) => mine.filter((d) => codes(d[1])).reduce((sum, d) => sum + (d[2] - d[3]), 0);
  for (const [, code, engine, gnumeric] of mine) {
    const criterion = set.sections.flatMap((s) => s.criteria).find((c) => c.code === code)!;
    const raw = evaluateRule(criterion.rule, criterion.max, inputs, cohortBestLookup(set, inputs), set.precision);
    const scaled = raw * 10 ** set.precision;
    const atBoundary = Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-9 && engine === excelRound(raw, set.precision) && Math.abs(engine - gnumeric - step) < 1e-9;
    if (!atBoundary) notAtBoundary.push(`${form.name} ${code}: raw ${raw}, engine ${engine}, Gnumeric ${gnumeric}`);
  }
  const unexplained = mismatches.filter((line) => {
    const m = /^(?:(section) (\S+)|(total)|(band)|(\S+)): engine (.*) vs workbook (.*)$/.exec(line);
    if (!m) return true;
    const [, , section, total, band, code, e, g] = m;
    const diff = Number(e) - Number(g);
    if (code) return !mine.some((d) => d[1] === code && d[2] === Number(e) && d[3] === Number(g));
    if (section) return mine.length === 0 || Math.abs(diff - delta((c) => sectionOf.get(c) === section)) > 1e-9;
    if (total) return mine.length === 0 || Math.abs(diff - delta(() => true)) > 1e-9;
    if (band) return mine.length === 0 || typeof form.total !== 'number' || g !== (bandFor(form.total, set.bands) ?? '');
    return true;
  });
  return { unexplained, notAtBoundary };
}
