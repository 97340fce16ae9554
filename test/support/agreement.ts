// Comparing a recalculated form with the TypeScript engine: every criterion's points, the
// section sub-totals, the total and the band that the workbook's formulas computed must
// equal the engine's, and no cell may hold an error. Shared by the agreement suites.
import type { CriteriaSet, Inputs } from '../../src/criteria/model';
import { readForm } from '../../src/form';
import type { CellValue } from '../../src/plan/grid';
import { excelRound, scoreSet } from '../../src/scoring';
import type { SheetData } from '../../src/xlsx';

const TOLERANCE = 1e-9;

function num(v: CellValue): number {
  return typeof v === 'number' ? v : NaN;
}

/** "R3C5=#DIV/0!" for each cell of the sheet that holds an error. */
export function errorCells(sheet: SheetData): string[] {
  const out: string[] = [];
  for (let r = 0; r < sheet.rowCount; r++) for (let c = 0; c < sheet.colCount; c++) if (sheet.error(r, c)) out.push(`R${r + 1}C${c + 1}=${sheet.error(r, c)}`);
  return out;
}

/** The differences between the engine and the form's cached results; `compared` counts the cells. */
export function compareWithEngine(set: CriteriaSet, sheet: SheetData, inputs: Inputs, evidence: Record<string, string>): { mismatches: string[]; compared: number } {
  const form = readForm(sheet, set);
  const engine = scoreSet(set, inputs, { evidence });
  const p = set.precision;
  const mismatches: string[] = [];
  const same = (a: number, b: number) => Math.abs(excelRound(a, p) - excelRound(b, p)) <= TOLERANCE && Math.abs(a - b) <= TOLERANCE;
  const check = (what: string, e: number, lo: CellValue) => {
    if (!same(e, num(lo))) mismatches.push(`${what}: engine ${e} vs workbook ${String(lo)}`);
  };
  for (const s of engine.criteria) check(s.code, s.points, form.cached.criteria[s.code]);
  for (const s of engine.sections) check(`section ${s.code}`, s.points, form.cached.sections[s.code]);
  check('total', engine.total, form.cached.total);
  if ((engine.band ?? '') !== (form.cached.band ?? '')) mismatches.push(`band: engine ${engine.band ?? ''} vs workbook ${String(form.cached.band)}`);
  return { mismatches, compared: engine.criteria.length + engine.sections.length + 2 };
}
