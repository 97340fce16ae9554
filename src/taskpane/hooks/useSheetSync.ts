// The pane and the sheet follow each other: selecting a cell in a criterion's rows moves the pane
// to that criterion, and choosing a step in the pane selects its input cell.

import { useCallback, useEffect, useRef } from 'react';
import type { CellAddress, Unsubscribe, WorkbookPort } from '../../excel/port';
import type { LoadedForm } from '../logic/load-form';
import { focusCellOf, stepAtRow, type StepId } from '../logic/steps';

const sameCell = (a: CellAddress, b: CellAddress) => a.sheet === b.sheet && a.row === b.row && a.col === b.col;

/** How long a selection the pane made may come back as an event (hosts may not echo it at all). */
const ECHO_MS = 1000;

interface OwnSelection {
  address: CellAddress;
  at: number;
}

/**
 * Subscribes to the sheet's selection while a form is open and returns `selectStep`, which
 * selects a step's cell. Selections the pane made itself are not echoed back as navigation.
 */
export function useSheetSync(
  port: WorkbookPort,
  form: LoadedForm,
  onStepSelected: (step: StepId) => void,
  onSelectFailed: (error: unknown) => void,
): (step: StepId) => Promise<void> {
  const formRef = useRef(form);
  formRef.current = form;
  const onStep = useRef(onStepSelected);
  onStep.current = onStepSelected;
  const ownSelections = useRef<OwnSelection[]>([]);

  useEffect(() => {
    let unsubscribe: Unsubscribe | undefined;
    let unmounted = false;
    port
      .onSelectionChanged((address) => {
        const now = Date.now();
        ownSelections.current = ownSelections.current.filter((own) => now - own.at < ECHO_MS);
        const own = ownSelections.current.findIndex((o) => sameCell(o.address, address));
        if (own >= 0) {
          ownSelections.current.splice(0, own + 1);
          return;
        }
        const { set, filled, sheet } = formRef.current;
        if (address.sheet !== sheet) return;
        const step = stepAtRow(set, filled.map, address.row);
        if (step !== undefined) onStep.current(step);
      })
      .then((off) => {
        if (unmounted) void off();
        else unsubscribe = off;
      })
      .catch(() => undefined); // no selection events on this host: the pane still selects cells
    return () => {
      unmounted = true;
      if (unsubscribe) void unsubscribe();
    };
  }, [port]);

  return useCallback(
    async (step: StepId) => {
      const { set, filled, sheet } = formRef.current;
      const cell = focusCellOf(set, filled.map, step);
      if (!cell) return;
      const address = { sheet, row: cell.row, col: cell.col };
      ownSelections.current = [...ownSelections.current.slice(-4), { address, at: Date.now() }];
      try {
        await port.select(address);
      } catch (e) {
        onSelectFailed(e);
      }
    },
    [port, onSelectFailed],
  );
}
