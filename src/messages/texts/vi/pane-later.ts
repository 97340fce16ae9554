// Vietnamese texts the task pane shows only in views it loads on demand: the criteria-definition
// view and its checks (authoring, setcheck), the workbook writer's refusals and skipped features
// (writer: shown once a sheet was written) and the finish step's voided criteria (voided); and the
// browser preview's (preview, formula), which the pane never shows. Kept out of the pane's
// initial script (load-texts.ts fetches them right after start).

import { authoring } from './authoring';
import { setcheck } from './setcheck';
import { writer } from './writer';
import { formula } from './formula';
import { preview } from './preview';
import { voided } from './voided';

export const viPaneLater = {
  ...authoring,
  ...setcheck,
  ...writer,
  ...formula,
  ...preview,
  ...voided,
} as const;
