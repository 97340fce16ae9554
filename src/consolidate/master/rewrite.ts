// Which sheets of the master an update must write. Adapters replace a sheet by deleting it and
// adding a new one, and a spreadsheet turns every reference to a deleted sheet into #REF!; so
// besides the sheets whose plan changed, every sheet whose formulas refer to a rewritten sheet
// is rewritten too (and so on, until nothing new is added). Unchanged sheets with no reference
// to a rewritten one (roster, log, "not submitted") are left alone.

import type { SheetPlan, WorkbookPlan } from '../../plan/model';

/** The ways a formula names another sheet: 'Tổng hợp xã'!A1, or Sheet1!A1 for plain names. */
function referencePatterns(name: string): string[] {
  const quoted = `'${name.replace(/'/g, "''")}'!`.toLowerCase();
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? [quoted, `${name.toLowerCase()}!`] : [quoted];
}

function formulasOf(sheet: SheetPlan): string {
  return sheet.cells
    .map((c) => c.formula)
    .filter((f): f is string => f !== undefined)
    .join('\n')
    .toLowerCase();
}

/** `changed` plus every sheet of `plan` that refers, directly or through others, to one of them; in plan order. */
export function sheetsToRewrite(plan: WorkbookPlan, changed: readonly string[]): string[] {
  const rewrite = new Set(changed);
  const formulas = new Map(plan.sheets.map((s) => [s.name, formulasOf(s)]));
  let grew = rewrite.size > 0;
  while (grew) {
    grew = false;
    const patterns = [...rewrite].flatMap(referencePatterns);
    for (const sheet of plan.sheets) {
      if (rewrite.has(sheet.name)) continue;
      const text = formulas.get(sheet.name)!;
      if (patterns.some((p) => text.includes(p))) {
        rewrite.add(sheet.name);
        grew = true;
      }
    }
  }
  return plan.sheets.filter((s) => rewrite.has(s.name)).map((s) => s.name);
}

/** The part of a master plan an update writes: the sheets to rewrite, with every style. */
export function updatePlan(plan: WorkbookPlan, changed: readonly string[]): WorkbookPlan {
  const names = new Set(sheetsToRewrite(plan, changed));
  return { sheets: plan.sheets.filter((s) => names.has(s.name)), styles: plan.styles };
}
