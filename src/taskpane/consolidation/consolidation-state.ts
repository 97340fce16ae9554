// What the consolidation view shows, as a reducer: the master as last read, the work under way,
// the last failure and the last import's results. The hooks in useConsolidation.ts turn reads,
// imports, set-up and cancel into these events.

import type { MergeChange } from '../../consolidate/types';
import type { PaneError } from '../logic/pane-error';
import type { MasterSnapshot } from './master-io';
import type { ParseProgress } from './parse-job';

export type Busy =
  | { kind: 'reading' }
  | { kind: 'settingUp' }
  | { kind: 'parsing'; progress: ParseProgress; inPane: boolean }
  | { kind: 'merging' }
  | { kind: 'accepting' };

export interface ImportReport {
  changes: MergeChange[];
  written: number;
}

export interface ConsolidationState {
  snapshot?: MasterSnapshot;
  busy?: Busy;
  error?: PaneError;
  /** Results of the last import (files or sheets); undefined before any, or after a cancel. */
  report?: ImportReport;
  cancelled: boolean;
}

export type ConsolidationEvent =
  /** The master was read: a failed read's error goes, a failed piece of work's error stays. */
  | { type: 'read'; snapshot: MasterSnapshot }
  | { type: 'failed'; error: PaneError }
  | { type: 'busy'; busy: Busy | undefined }
  /** A piece of work on the workbook starts: the last failure is cleared. */
  | { type: 'workStarted'; busy: Busy }
  /** An import starts: the last import's results and cancel are cleared. */
  | { type: 'importStarted' }
  | { type: 'imported'; report: ImportReport }
  | { type: 'cancelled' }
  | { type: 'dismissError' };

export const INITIAL_CONSOLIDATION: ConsolidationState = { cancelled: false };

const READ_FAILED = 'pane.consolidation.readFailed';

export function consolidationReducer(state: ConsolidationState, event: ConsolidationEvent): ConsolidationState {
  switch (event.type) {
    case 'read':
      return { ...state, snapshot: event.snapshot, error: state.error?.code === READ_FAILED ? undefined : state.error };
    case 'failed':
      return { ...state, error: event.error };
    case 'busy':
      return { ...state, busy: event.busy };
    case 'workStarted':
      return { ...state, busy: event.busy, error: undefined };
    case 'importStarted':
      return { ...state, cancelled: false, report: undefined };
    case 'imported':
      return { ...state, report: event.report };
    case 'cancelled':
      return { ...state, cancelled: true };
    case 'dismissError':
      return { ...state, error: undefined };
  }
}
