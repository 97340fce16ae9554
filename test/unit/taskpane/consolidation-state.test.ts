import { consolidationReducer, INITIAL_CONSOLIDATION, type ConsolidationState } from '../../../src/taskpane/consolidation/consolidation-state';
import type { MasterSnapshot } from '../../../src/taskpane/consolidation/master-io';
import { paneError } from '../../../src/taskpane/logic/pane-error';

const snapshot = { formSheets: ['Phieu'] } as unknown as MasterSnapshot;

describe('the consolidation view’s state', () => {
  it('keeps an import’s failure on screen when the master is read again after it', () => {
    let state: ConsolidationState = consolidationReducer(INITIAL_CONSOLIDATION, { type: 'workStarted', busy: { kind: 'merging' } });
    state = consolidationReducer(state, { type: 'failed', error: paneError('pane.consolidation.importFailed', new Error('disk full')) });
    state = consolidationReducer(state, { type: 'read', snapshot });
    expect(state.error?.code).toBe('pane.consolidation.importFailed');
    expect(state.snapshot).toBe(snapshot);
  });

  it('clears a failed read once a read succeeds, and any failure when new work starts', () => {
    let state = consolidationReducer(INITIAL_CONSOLIDATION, { type: 'failed', error: paneError('pane.consolidation.readFailed', new Error('busy')) });
    expect(consolidationReducer(state, { type: 'read', snapshot }).error).toBeUndefined();
    state = consolidationReducer(state, { type: 'failed', error: paneError('pane.consolidation.setupFailed', new Error('x')) });
    expect(consolidationReducer(state, { type: 'workStarted', busy: { kind: 'settingUp' } })).toMatchObject({ error: undefined, busy: { kind: 'settingUp' } });
  });

  it('forgets the last import’s results and cancel when an import starts', () => {
    let state = consolidationReducer(INITIAL_CONSOLIDATION, { type: 'imported', report: { changes: [], written: 2 } });
    state = consolidationReducer(state, { type: 'cancelled' });
    expect(state).toMatchObject({ cancelled: true, report: { written: 2 } });
    expect(consolidationReducer(state, { type: 'importStarted' })).toMatchObject({ cancelled: false, report: undefined });
  });
});
