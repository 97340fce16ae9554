// The one owner of what the pane knows about the workbook: the form on the sheet (its set, the
// values read back, the engine's problems) and the ways to re-read it and write to it. The
// workbook is the source of truth: every write is followed by a re-read of the sheet.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookPort } from '../../excel/port';
import type { Grid } from '../../plan/grid';
import type { CellPlan } from '../../plan/model';
import type { LoadedForm } from '../logic/load-form';
import { paneError, type PaneError } from '../logic/pane-error';
import { loadCore, type Core } from './useCore';

export type FormState =
  | { status: 'loading' }
  | { status: 'start'; notice?: StartNotice }
  | { status: 'form'; form: LoadedForm };

export type StartNotice =
  | { kind: 'unknownSet'; sheet: string; setId: string }
  | { kind: 'unreadable'; sheet: string; error: PaneError };

export interface FormStateApi {
  state: FormState;
  /** The pane's core, once loaded (always when `state` is not loading). */
  core?: Core;
  /** The last failure of a read or write, until dismissed or the next success. */
  error?: PaneError;
  /** True while a write (and its re-read) is under way. */
  saving: boolean;
  /** Re-reads the form's sheet (or the active sheet when no form is open). */
  refresh: () => Promise<void>;
  /** Reads a named sheet as the pane's form (after creating it). */
  openSheet: (name: string) => Promise<void>;
  /** Writes cells of the form's sheet, then re-reads it. Writes run one after another. */
  write: (cells: CellPlan[]) => Promise<void>;
  /** Shows a failure that happened elsewhere (e.g. selecting a cell). */
  reportError: (error: PaneError) => void;
  dismissError: () => void;
}

function stateOfGrid(core: Core, grid: Grid): FormState {
  try {
    const reading = core.readSheetAsForm(grid);
    if (reading.kind === 'form') return { status: 'form', form: reading.form };
    if (reading.kind === 'unknownSet') return { status: 'start', notice: reading };
    return { status: 'start' };
  } catch (error) {
    return { status: 'start', notice: { kind: 'unreadable', sheet: grid.name, error: paneError('pane.frame.readFailed', error) } };
  }
}

/** What the pane read last: the form state (the latest read wins), the core, and the last failure. */
function useSheetReads() {
  const [state, setState] = useState<FormState>({ status: 'loading' });
  const [core, setCore] = useState<Core>();
  const [error, setError] = useState<PaneError>();
  const current = useRef<FormState>(state);
  const readSeq = useRef(0);

  const apply = useCallback((next: FormState) => {
    const before = current.current;
    // A start screen stays as it is (with the user's half-typed unit information) on a plain re-read.
    if (before.status === 'start' && next.status === 'start' && !before.notice && !next.notice) return;
    current.current = next;
    setState(next);
  }, []);

  /** Reads a grid and applies it unless a newer read has started meanwhile. */
  const load = useCallback(
    async (read: () => Promise<Grid>) => {
      const seq = ++readSeq.current;
      try {
        const [loaded, grid] = await Promise.all([loadCore(), read()]);
        if (seq !== readSeq.current) return;
        setCore(loaded);
        apply(stateOfGrid(loaded, grid));
        setError(undefined);
      } catch (e) {
        if (seq !== readSeq.current) return;
        setError(paneError('pane.frame.readFailed', e));
        if (current.current.status === 'loading') {
          const loaded = await loadCore().catch(() => undefined);
          if (loaded) {
            setCore(loaded);
            apply({ status: 'start' });
          }
        }
      }
    },
    [apply],
  );
  return { state, core, error, setError, current, load };
}

/** Writes to the form's sheet, one after another, each followed by a re-read of the sheet. */
function useSheetWrites(port: WorkbookPort, reads: ReturnType<typeof useSheetReads>) {
  const { current, load, setError } = reads;
  const [pendingWrites, setPendingWrites] = useState(0);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const write = useCallback(
    (cells: CellPlan[]) => {
      const now = current.current;
      if (now.status !== 'form' || cells.length === 0) return Promise.resolve();
      const sheet = now.form.sheet;
      setPendingWrites((n) => n + 1);
      const done = writes.current
        .then(async () => {
          let failure: PaneError | undefined;
          try {
            await port.writeCells(sheet, cells);
          } catch (e) {
            failure = paneError('pane.frame.writeFailed', e);
          }
          await load(() => port.readSheet(sheet));
          if (failure) setError(failure);
        })
        .finally(() => setPendingWrites((n) => n - 1));
      writes.current = done;
      return done;
    },
    [current, load, setError, port],
  );
  return { write, saving: pendingWrites > 0 };
}

export function useFormState(port: WorkbookPort): FormStateApi {
  const reads = useSheetReads();
  const { state, core, error, setError, current, load } = reads;
  const { write, saving } = useSheetWrites(port, reads);

  const refresh = useCallback(async () => {
    const now = current.current;
    if (now.status !== 'form') return load(() => port.readActiveSheet());
    const sheet = now.form.sheet;
    // The form's sheet may have been renamed or deleted: fall back to the active sheet.
    return load(() => port.readSheet(sheet).catch(() => port.readActiveSheet()));
  }, [current, load, port]);

  const openSheet = useCallback((name: string) => load(() => port.readSheet(name)), [load, port]);

  useEffect(() => {
    void load(() => port.readActiveSheet());
  }, [load, port]);

  const dismissError = useCallback(() => setError(undefined), [setError]);

  return { state, core, error, saving, refresh, openSheet, write, reportError: setError, dismissError };
}
