// Agreement: for every built-in set, random valid fills are written as the `fill` command
// writes them, recalculated by LibreOffice (one soffice call for all files) and read back:
// every criterion's points, section sub-totals, the total and the band that the workbook's
// own formulas compute must equal the TypeScript engine's, and so must the words of every
// "Kiểm tra số liệu" cell (why invalid data voids a criterion, "" while valid). No cell may show an error.
// Also: a form's identity survives a LibreOffice save and a copy next to another sheet.
import { render } from '../../src/messages/texts';
import { formWorkbookBytes } from '../../src/cli/form-file';
import { BUILTIN_SETS } from '../../src/sets';
import type { CriteriaSet, Inputs } from '../../src/criteria/model';
import { buildFormPlan, findFormIdentity, parseInputsJson, readForm, type FilledForm } from '../../src/form';
import type { CellValue, Grid } from '../../src/plan/grid';
import type { SheetPlan } from '../../src/plan/model';
import { cohortBestLookup, criterionVoidText, evaluateRule, excelRound, scoreSet } from '../../src/scoring';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';
import { recalcWithLibreOffice } from '../support/libreoffice';
import { prng, randomFill, spoilFill } from './random-fill';

const FILLS_PER_SET = Number(process.env.AGREEMENT_FILLS ?? 200);
const TOLERANCE = 1e-9;
const BATCH_SIZE = 170;
const PARALLEL_CALLS = 2;
jest.setTimeout(60 * 60_000); // above soffice's own hang guard (recalcTimeLimitMs, test/support/libreoffice.ts) on a busy machine

interface Case {
  name: string;
  set: CriteriaSet;
  fill: number;
  inputs: Inputs;
  evidence: Record<string, string>;
  /** Index of the form sheet in the workbook. */
  sheetIndex: number;
}

const cases: Case[] = [];
let spoiled = 0;
const files: { name: string; bytes: Uint8Array }[] = [];
let recalculated: Map<string, Uint8Array>;

function addCase(c: Case, bytes: Uint8Array): void {
  cases.push(c);
  files.push({ name: c.name, bytes });
}

beforeAll(async () => {
  BUILTIN_SETS.forEach((set, s) => {
    const rand = prng(20181003 + s);
    const spoiling = prng(90000 + s); // its own sequence: the valid fills stay those of before
    for (let i = 0; i < FILLS_PER_SET; i++) {
      const parsed = parseInputsJson(randomFill(set, rand), set);
      if (parsed.errors.length > 0) throw new Error(`${set.id} fill ${i}: ${parsed.errors.map((e) => render('en', e.text)).join('; ')}`);
      if (spoilFill(set, parsed.inputs, spoiling).length > 0) spoiled++;
      const bytes = formWorkbookBytes(set, { inputs: parsed.inputs, evidence: parsed.evidence, notes: parsed.notes });
      addCase({ name: `${set.id}-${i}.xlsx`, set, fill: i, inputs: parsed.inputs, evidence: parsed.evidence, sheetIndex: 0 }, bytes);
    }
    addCase({ name: `${set.id}-template.xlsx`, set, fill: -1, inputs: {}, evidence: {}, sheetIndex: 0 }, formWorkbookBytes(set));
    // the form copied next to another sheet of another workbook
    const parsed = parseInputsJson(randomFill(set, rand), set);
    const { plan } = buildFormPlan(set, { inputs: parsed.inputs, evidence: parsed.evidence });
    const other: SheetPlan = { name: 'Tổng hợp', columns: [{ width: 20 }], cells: [{ row: 0, col: 0, value: 'Bảng khác' }, { row: 1, col: 0, formula: 'SUM(1,2)' }], merges: [], validations: [], protect: false };
    addCase(
      { name: `${set.id}-copied.xlsx`, set, fill: -2, inputs: parsed.inputs, evidence: parsed.evidence, sheetIndex: 1 },
      writeWorkbook({ styles: plan.styles, sheets: [other, plan.sheets[0]] }),
    );
  });
  recalculated = await recalcInBatches(files);
});

/**
 * One soffice call per batch, two at a time (one per core): a single call for all ~1,000
 * files stopped converting after a few hundred, and batches keep the suite under 5 minutes.
 */
async function recalcInBatches(all: { name: string; bytes: Uint8Array }[]): Promise<Map<string, Uint8Array>> {
  const batches: (typeof all)[] = [];
  for (let i = 0; i < all.length; i += BATCH_SIZE) batches.push(all.slice(i, i + BATCH_SIZE));
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < batches.length; i += PARALLEL_CALLS) {
    const results = await Promise.all(batches.slice(i, i + PARALLEL_CALLS).map((b) => recalcWithLibreOffice(b)));
    for (const r of results) for (const [name, bytes] of r) out.set(name, bytes);
  }
  return out;
}

function errorCells(grid: Grid & { error(r: number, c: number): string | undefined }): string[] {
  const out: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) if (grid.error(r, c)) out.push(`R${r + 1}C${c + 1}=${grid.error(r, c)}`);
  return out;
}

function digits15(inputs: Inputs): Inputs {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(15)) : v]));
}

function num(v: CellValue): number {
  return typeof v === 'number' ? v : NaN;
}

test('LibreOffice computes the same points as the engine for every fill of every built-in set', () => {
  const mismatches: string[] = [];
  const errors: string[] = [];
  let compared = 0;
  let boundaries = 0;
  let voided = 0;
  let checks = 0;
  let reasons = 0;
  for (const c of cases) {
    const bytes = recalculated.get(c.name);
    if (!bytes) throw new Error(`no recalculated file for ${c.name}`);
    const sheet = readWorkbook(bytes).sheets[c.sheetIndex];
    for (const e of errorCells(sheet)) errors.push(`${c.name}: ${e}`);
    const identity = findFormIdentity(sheet);
    expect(identity?.setId).toBe(c.set.id);
    const form: FilledForm = readForm(sheet, c.set);
    const engine = scoreSet(c.set, c.inputs, { evidence: c.evidence });
    const p = c.set.precision;
    const report = (what: string, e: number | string, lo: CellValue) => mismatches.push(`${c.set.id} fill ${c.fill} ${what}: engine ${e} vs LibreOffice ${String(lo)}`);
    const same = (a: number, b: number) => Math.abs(excelRound(a, p) - excelRound(b, p)) <= TOLERANCE && Math.abs(a - b) <= TOLERANCE;
    const best = cohortBestLookup(c.set, c.inputs);
    for (const crit of c.set.sections.flatMap((x) => x.criteria)) {
      const scaled = evaluateRule(crit.rule, crit.max, c.inputs, best, p) * 10 ** p;
      if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) boundaries++;
    }
    for (const s of engine.criteria) {
      const lo = form.cached.criteria[s.code];
      if (s.voided) voided++;
      if (!same(s.points, num(lo))) report(s.code, s.points, lo);
      compared++;
      // The check cell: the engine's words for the first reason the criterion is voided, or "".
      const words = criterionVoidText(c.set, s.code, c.inputs);
      const at = form.map.checkCell[s.code];
      const shown = at ? (form.cached.checks[s.code] ?? '') : '';
      if (words !== '') reasons++;
      if ((words !== '') !== (s.voided !== undefined) || shown !== words) report(`${s.code} Kiểm tra số liệu`, `“${words}”`, `“${String(shown)}”`);
      checks++;
    }
    for (const s of engine.sections) {
      const lo = form.cached.sections[s.code];
      if (!same(s.points, num(lo))) report(`section ${s.code}`, s.points, lo);
      compared++;
    }
    if (!same(engine.total, num(form.cached.total))) report('total', engine.total, form.cached.total);
    compared++;
    if ((engine.band ?? '') !== (form.cached.band ?? '')) report('band', engine.band ?? '', form.cached.band);
    compared++;
  }
  const forms = cases.length;
  console.log(`Agreement: ${BUILTIN_SETS.length} sets × ${FILLS_PER_SET} fills (+ templates and copies) = ${forms} forms, ${compared} cells compared (${boundaries} criterion values on a rounding boundary x.x5; ${spoiled} fills with invalid data, ${voided} criteria voided; ${checks} "Kiểm tra số liệu" cells compared, ${reasons} with a reason), ${mismatches.length} mismatches`);
  expect(boundaries).toBeGreaterThan(cases.length / 10);
  expect(spoiled).toBeGreaterThan((BUILTIN_SETS.length * FILLS_PER_SET) / 6);
  expect(voided).toBeGreaterThan(spoiled / 2);
  expect(reasons).toBe(voided);
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(errors.slice(0, 20)).toEqual([]);
});

test('the values survive a LibreOffice save: identity, inputs, evidence (text stays text)', () => {
  for (const c of cases) {
    const sheet = readWorkbook(recalculated.get(c.name) as Uint8Array).sheets[c.sheetIndex];
    const form = readForm(sheet, c.set);
    // spreadsheets keep 15 significant digits of a number
    expect({ name: c.name, inputs: digits15(form.inputs), evidence: form.evidence }).toEqual({ name: c.name, inputs: digits15(c.inputs), evidence: c.evidence });
    for (const id of Object.keys(c.inputs)) {
      const at = form.map.valueCell[id];
      expect(sheet.formula(at.row, at.col)).toBeUndefined();
    }
  }
});

test('a form copied next to another sheet is still found and computes', () => {
  const copies = cases.filter((c) => c.sheetIndex === 1);
  expect(copies).toHaveLength(BUILTIN_SETS.length);
  for (const c of copies) {
    const book = readWorkbook(recalculated.get(c.name) as Uint8Array);
    expect(findFormIdentity(book.sheets[0])).toBeNull();
    expect(book.sheets[0].value(1, 0)).toBe(3);
    const form = readForm(book.sheets[1], c.set);
    expect(form.cached.total).toBe(scoreSet(c.set, c.inputs, { evidence: c.evidence }).total);
  }
});
