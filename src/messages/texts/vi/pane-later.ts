// Vietnamese texts the task pane shows only in views it loads on demand: the criteria-definition
// view and its checks (authoring, setcheck) and the workbook writer's refusals (writer). Kept out
// of the pane's initial script (load-texts.ts fetches them right after start).

import { authoring } from './authoring';
import { setcheck } from './setcheck';
import { writer } from './writer';
import { formula } from './formula';

export const viPaneLater = {
  ...authoring,
  ...setcheck,
  ...writer,
  ...formula,
} as const;
