// The Office.js side of the light write (light-write.ts builds the file): one
// insertWorksheetsFromBase64 call (ExcelApi 1.13), then the sheets the file replaces are deleted
// and the new ones take their names, then what the file leaves to the API. Nothing here syncs
// except RequestBudget, when the file and what follows would pass one request.

import type { SheetPlan } from '../plan/model';
import { PROTECT_OPTIONS, queueChart, type ApplyEnv } from './apply-sheet';
import type { Insertion } from './light-write';
import type { RequestBudget } from './payload';

/** Inserts the file's sheets at the end, then replaces the existing sheets they stand for. */
export async function queueInsertion(
  context: Excel.RequestContext,
  insertion: Insertion,
  existing: Map<string, Excel.Worksheet>,
  budget: RequestBudget,
): Promise<void> {
  await budget.spend(insertion.base64.length + 64);
  context.workbook.insertWorksheetsFromBase64(insertion.base64, { positionType: 'End' });
  for (const [name, temporary] of insertion.temporary) {
    existing.get(name.toLowerCase())?.delete();
    existing.delete(name.toLowerCase());
    context.workbook.worksheets.getItem(temporary).name = name;
  }
}

/** Charts (which Excel on the web will not insert), then the protection of a sheet that has them. */
export async function queueAfterInsertion(ws: Excel.Worksheet, plan: SheetPlan, env: ApplyEnv): Promise<void> {
  const charts = plan.charts ?? [];
  for (const chart of charts) await queueChart(ws, plan.name, chart, env);
  if (plan.protect && charts.length > 0) ws.protection.protect(PROTECT_OPTIONS);
}
