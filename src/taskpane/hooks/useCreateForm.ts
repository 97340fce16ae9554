// Creating the form sheet in the workbook from a built-in set and the unit's information, asking
// before a sheet of the same name is replaced.

import { useCallback, useState } from 'react';
import type { CriteriaSet, Inputs } from '../../criteria/model';
import type { WorkbookPort } from '../../excel/port';
import { paneError, type PaneError } from '../logic/pane-error';
import { loadCore } from './useCore';

export type CreateState =
  | { phase: 'idle' }
  | { phase: 'creating' }
  | { phase: 'confirmReplace'; sheetName: string }
  | { phase: 'failed'; error: PaneError };

export function useCreateForm(
  port: WorkbookPort,
  openSheet: (name: string) => Promise<void>,
): { state: CreateState; create: (set: CriteriaSet, inputs: Inputs, replace: boolean) => Promise<void>; reset: () => void } {
  const [state, setState] = useState<CreateState>({ phase: 'idle' });

  const create = useCallback(
    async (set: CriteriaSet, inputs: Inputs, replace: boolean) => {
      setState({ phase: 'creating' });
      try {
        const { buildFormPlan } = await loadCore();
        const { plan, map } = buildFormPlan(set, { inputs });
        const sheets = await port.listSheets();
        const exists = sheets.some((sheet) => sheet.name.normalize('NFC').toLowerCase() === map.sheetName.normalize('NFC').toLowerCase());
        if (exists && !replace) {
          setState({ phase: 'confirmReplace', sheetName: map.sheetName });
          return;
        }
        await port.applyPlan(plan, { activate: map.sheetName, replace: exists });
        await openSheet(map.sheetName);
        setState({ phase: 'idle' });
      } catch (e) {
        setState({ phase: 'failed', error: paneError('pane.start.createFailed', e) });
      }
    },
    [port, openSheet],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, create, reset };
}
