// The light write (ExcelApi 1.13): the sheets of a plan that can travel together go to Excel as
// one .xlsx the project writes itself, inserted with Workbook.insertWorksheetsFromBase64, instead
// of as thousands of queued API calls (the master of 300 units: ~15 MB of requests -> ~3 MB).
//
// Which sheets: those whose formulas name only sheets of the same set (references between
// sheets inserted together stay inside the workbook; a reference to a sheet outside it would
// not). What the file leaves to the API (see insert-sheets.ts): charts (Excel on the web refuses
// to insert them, so the file has none and a sheet with charts comes unprotected, to be
// protected after its charts are added), hiding sheets, activating one. The file gives every
// cell of a sheet's box an explicit style, so the cells look as the API path formats them
// (the plan's default font over the whole box) whatever the workbook's Normal style is.

import type { CellPlan, CellStyle, SheetPlan, WorkbookPlan } from '../plan/model';
import { extentOf } from '../plan/extent';

export interface Insertion {
  /** The .xlsx to insert, Base64. */
  base64: string;
  /** The plan's sheets it holds, in plan order. */
  names: string[];
  /**
   * Sheets that replace one already in the workbook travel under a temporary name (plan name ->
   * temporary name), so that nothing in the workbook changes unless the insertion succeeds;
   * renaming them afterwards carries the references to them along.
   */
  temporary: Map<string, string>;
}

/** Reserved style name of the box's unstyled cells. */
const BOX_STYLE = '\u0000box';

/**
 * A sheet reference in formula text: 'Tổng hợp'! or Sheet1! (string literals skipped). A bare
 * name is any run of characters that cannot separate tokens: wider than Excel's rule, which only
 * makes the choice more careful.
 */
const SHEET_REF = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|([^\s'"!(),;:+\-*/&=<>^%{}[\]$]+)!/g;

/** Names of the sheets a formula refers to, lower-cased. */
export function sheetsNamedIn(formula: string): string[] {
  const names: string[] = [];
  for (const m of formula.matchAll(SHEET_REF)) {
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (name !== undefined) names.push(name.toLowerCase());
  }
  return names;
}

/** The formula with references to the sheets in `renames` (lower-cased name -> new name) renamed. */
export function renameSheetRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  return formula.replace(SHEET_REF, (whole, quoted: string | undefined, bare: string | undefined) => {
    const name = quoted !== undefined ? quoted.replace(/''/g, "'") : bare;
    const to = name === undefined ? undefined : renames.get(name.toLowerCase());
    return to === undefined ? whole : `'${to.replace(/'/g, "''")}'!`;
  });
}

/** The largest set of the plan's sheets whose formulas name only sheets of the set (itself included). */
export function insertableSheets(plan: WorkbookPlan): SheetPlan[] {
  const named = new Map(plan.sheets.map((s) => [s, new Set(s.cells.flatMap((c) => (c.formula ? sheetsNamedIn(c.formula) : [])))]));
  let set = new Set(plan.sheets);
  for (let changed = true; changed; ) {
    const names = new Set([...set].map((s) => s.name.toLowerCase()));
    const kept = new Set([...set].filter((s) => [...named.get(s)!].every((n) => names.has(n))));
    changed = kept.size < set.size;
    set = kept;
  }
  return plan.sheets.filter((s) => set.has(s));
}

/** Every cell of the box from A1 to the last planned cell styled; unstyled ones get the box style. */
function boxed(sheet: SheetPlan): CellPlan[] {
  if (sheet.cells.length === 0) return [];
  const { rows, cols } = extentOf(sheet.cells);
  const planned = new Set(sheet.cells.map((c) => c.row * 16384 + c.col));
  const cells = sheet.cells.map((c) => (c.style === undefined ? { ...c, style: BOX_STYLE } : c));
  for (let row = 0; row < rows; row++) for (let col = 0; col < cols; col++) if (!planned.has(row * 16384 + col)) cells.push({ row, col, style: BOX_STYLE });
  return cells;
}

/** The workbook to insert: the sheets as the file must carry them (see the file comment). */
export function insertionPlan(plan: WorkbookPlan, sheets: readonly SheetPlan[], temporary: ReadonlyMap<string, string> = new Map()): WorkbookPlan {
  const styles: Record<string, CellStyle> = { ...plan.styles, [BOX_STYLE]: {} };
  const renames = new Map([...temporary].map(([name, temp]) => [name.toLowerCase(), temp]));
  const cells = (s: SheetPlan) => {
    const all = boxed(s);
    return renames.size === 0 ? all : all.map((c) => (c.formula === undefined ? c : { ...c, formula: renameSheetRefs(c.formula, renames) }));
  };
  return {
    styles,
    sheets: sheets.map((s) => ({
      ...s,
      name: temporary.get(s.name) ?? s.name,
      cells: cells(s),
      charts: undefined,
      hidden: false,
      protect: s.protect && !s.charts?.length,
    })),
  };
}

/** Temporary names for the sheets that replace existing ones: unused by the workbook and the plan. */
function temporaryNames(names: readonly string[], existing: ReadonlySet<string>, plan: WorkbookPlan): Map<string, string> {
  const taken = new Set([...existing, ...plan.sheets.map((s) => s.name.toLowerCase())]);
  const out = new Map<string, string>();
  let n = 0;
  for (const name of names) {
    if (!existing.has(name.toLowerCase())) continue;
    while (taken.has(`egov-new-${n}`)) n++;
    out.set(name, `egov-new-${n}`);
    taken.add(`egov-new-${n++}`);
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The insertion for `plan`, or undefined when no sheet can be inserted, the .xlsx writer refuses
 * the plan (then the API path writes it, with its warnings), or the file would not fit in one
 * request of `maxBytes` (sheets that refer to one another must be inserted by one call).
 */
export async function prepareInsertion(plan: WorkbookPlan, existing: ReadonlySet<string>, maxBytes: number): Promise<Insertion | undefined> {
  const sheets = insertableSheets(plan);
  if (sheets.length === 0) return undefined;
  const names = sheets.map((s) => s.name);
  const temporary = temporaryNames(names, existing, plan);
  const { writeWorkbook } = await import('../xlsx/write');
  let bytes: Uint8Array;
  try {
    bytes = writeWorkbook(insertionPlan(plan, sheets, temporary), { compact: true });
  } catch {
    return undefined;
  }
  const base64 = toBase64(bytes);
  return base64.length > maxBytes ? undefined : { base64, names, temporary };
}
