// Creating and filling a plan's sheets in one batch: the sheets the light write inserts
// (insert-sheets.ts) and the others through the API (apply-sheet.ts), ending in the tab order the
// API path gives (sheet-order.ts). Nothing here syncs except RequestBudget.

import type { SheetPlan, WorkbookPlan } from '../plan/model';
import { queueSheet, type ApplyEnv } from './apply-sheet';
import { queueAfterInsertion, queueInsertion } from './insert-sheets';
import type { Insertion } from './light-write';
import { expectedOrder, insertedOrder, sheetMoves } from './sheet-order';

/** The workbook as sync 1 found it, and the insertion prepared for it (if any). */
export interface WorkbookNow {
  /** Existing sheets by lower-cased name (loaded: name, position). */
  existing: Map<string, Excel.Worksheet>;
  /** Existing sheet names in tab order. */
  order: readonly string[];
  insertion?: Insertion;
}

/**
 * Creates the plan's sheets and queues their contents: the inserted ones from the file, the
 * others through the API. Returns a way to reach any of them by name in this batch.
 */
export async function queueSheets(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  workbook: WorkbookNow,
  env: ApplyEnv,
): Promise<(name: string) => Excel.Worksheet> {
  const { existing, order, insertion } = workbook;
  const inserted = new Set(insertion?.names ?? []);
  // Every replaced sheet is deleted before any formula is written: deleting a sheet turns
  // references to it into #REF!, and the plan's sheets may refer to one another.
  const created = new Map<string, Excel.Worksheet>();
  for (const [i, sheetPlan] of plan.sheets.entries()) {
    if (!inserted.has(sheetPlan.name)) created.set(sheetPlan.name, freshSheet(context, sheetPlan, existing, i));
  }
  if (env.caps.insertWorksheets && insertion) {
    await queueInsertion(context, insertion, existing, env.budget);
    const names = plan.sheets.map((s) => s.name);
    for (const [name, index] of sheetMoves(insertedOrder(order, names, inserted), expectedOrder(order, names))) {
      context.workbook.worksheets.getItem(name).position = index;
    }
  }
  const sheetOf = (name: string) => created.get(name) ?? context.workbook.worksheets.getItem(name);
  for (const sheetPlan of plan.sheets) {
    if (inserted.has(sheetPlan.name)) await queueAfterInsertion(sheetOf(sheetPlan.name), sheetPlan, env);
    else await queueSheet(sheetOf(sheetPlan.name), sheetPlan, env);
  }
  if (inserted.size > 0) context.workbook.application.calculate('Full');
  return sheetOf;
}

/** A new sheet for the plan; an existing one of that name is replaced in place (same tab position). */
function freshSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  existing: Map<string, Excel.Worksheet>,
  index: number,
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  const old = existing.get(plan.name.toLowerCase());
  if (!old) return sheets.add(plan.name);
  const taken = new Set(existing.keys());
  let temp = `egov-${index}`;
  for (let n = 1; taken.has(temp); n++) temp = `egov-${index}-${n}`;
  const ws = sheets.add(temp);
  const position = old.position;
  old.delete();
  existing.delete(plan.name.toLowerCase());
  ws.name = plan.name;
  ws.position = position;
  return ws;
}
