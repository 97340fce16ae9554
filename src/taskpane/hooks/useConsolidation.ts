// What the consolidation view knows and does: the master read back from the workbook (re-read
// on focus, on change events and on refresh), setting it up with a roster, reading picked files
// in the worker with progress and cancel, merging form sheets already in the workbook, and the
// per-file results of the last import. Every merge re-reads the workbook first. The state is a
// reducer (consolidation/consolidation-state.ts); each hook below holds one part of the work.

import { useCallback, useEffect, useReducer, useRef, useState, type Dispatch, type MutableRefObject } from 'react';
import { BUILTIN_SETS } from '../../sets/builtin';
import { groupsOf } from '../../criteria/groups';
import type { Group, GroupId } from '../../criteria/model';
import type { SubmissionOptions } from '../../consolidate/submission';
import type { RosterEntry, SubmissionResult } from '../../consolidate/types';
import type { WorkbookPort } from '../../excel/port';
import { consolidationReducer, INITIAL_CONSOLIDATION, type Busy, type ConsolidationEvent, type ConsolidationState } from '../consolidation/consolidation-state';
import { acceptUnlistedUnits, mergeIntoMaster, readFormSheets, readMaster, setUpMaster } from '../consolidation/master-io';
import { filesToParse, startParseJob, type ParseJob } from '../consolidation/parse-job';
import { paneError, type DetailCode } from '../logic/pane-error';
import { startSubmissionWorker } from '../workers/start-worker';
import { useRefreshTriggers } from './useRefreshTriggers';

export type { Busy, ImportReport } from '../consolidation/consolidation-state';

export interface ConsolidationApi extends ConsolidationState {
  /** The year and group forms are accepted for. */
  year: number;
  group: GroupId | undefined;
  /** The groups of the year's sets, province agencies first. */
  groups: Group[];
  years: number[];
  setYear: (year: number) => void;
  setGroup: (group: GroupId | undefined) => void;
  reload: () => Promise<void>;
  setUp: (roster: RosterEntry[]) => Promise<void>;
  importFiles: (files: readonly File[]) => Promise<void>;
  mergeSheets: () => Promise<void>;
  /** Accepts units not on the roster (these ids, or all) into it, so that they are ranked. */
  accept: (ids?: readonly string[]) => Promise<void>;
  cancel: () => void;
  dismissError: () => void;
}

const YEARS = [...new Set(BUILTIN_SETS.map((s) => s.year))].sort((a, b) => b - a);

/** Work in progress on the workbook: the parse job to cancel, and whether work runs at all. */
interface Work {
  job: MutableRefObject<ParseJob | undefined>;
  running: MutableRefObject<boolean>;
}

/** Reads the master (the latest read wins), on mount, on a refresh tick and on workbook events. */
function useMasterReads(port: WorkbookPort, refreshTick: number, work: Work, dispatch: Dispatch<ConsolidationEvent>): () => Promise<void> {
  const readSeq = useRef(0);
  const reload = useCallback(async () => {
    if (work.running.current) return; // an import re-reads when it is done
    const seq = ++readSeq.current;
    try {
      const snapshot = await readMaster(port, BUILTIN_SETS);
      if (seq === readSeq.current) dispatch({ type: 'read', snapshot });
    } catch (e) {
      if (seq === readSeq.current) dispatch({ type: 'failed', error: paneError('pane.consolidation.readFailed', e) });
    }
  }, [port, work, dispatch]);

  useEffect(() => {
    if (work.running.current) return;
    dispatch({ type: 'busy', busy: { kind: 'reading' } });
    void reload().finally(() => dispatch({ type: 'busy', busy: undefined }));
  }, [reload, refreshTick, work, dispatch]);
  useRefreshTriggers(port, reload);
  return reload;
}

/** The year and group forms are accepted for; the year follows the set the master already uses. */
function useAcceptedForms(masterSetId: string | undefined) {
  const [year, setYear] = useState(YEARS[0]);
  const [group, setGroup] = useState<GroupId>();
  useEffect(() => {
    const used = BUILTIN_SETS.find((s) => s.id === masterSetId);
    if (used) setYear(used.year);
  }, [masterSetId]);
  const options = useCallback((): SubmissionOptions => ({ year, ...(group ? { group } : {}) }), [year, group]);
  return { year, setYear, group, setGroup, options, groups: groupsOf(BUILTIN_SETS.filter((s) => s.year === year)) };
}

type Exclusive = (first: Busy, task: () => Promise<unknown>, failure: DetailCode) => Promise<void>;

/** Runs one piece of work on the workbook at a time, then reads the master again. */
function useExclusive(work: Work, reload: () => Promise<void>, dispatch: Dispatch<ConsolidationEvent>): Exclusive {
  return useCallback(
    async (first, task, failure) => {
      if (work.running.current) return;
      work.running.current = true;
      dispatch({ type: 'workStarted', busy: first });
      try {
        await task();
      } catch (e) {
        dispatch({ type: 'failed', error: paneError(failure, e) });
      } finally {
        work.job.current = undefined;
        work.running.current = false;
        await reload();
        dispatch({ type: 'busy', busy: undefined });
      }
    },
    [work, reload, dispatch],
  );
}

/** Importing picked files (read in workers, cancellable) or the form sheets already in the workbook. */
function useImports(port: WorkbookPort, work: Work, exclusive: Exclusive, options: () => SubmissionOptions, dispatch: Dispatch<ConsolidationEvent>) {
  const merge = useCallback(
    async (results: SubmissionResult[]) => {
      dispatch({ type: 'busy', busy: { kind: 'merging' } });
      const outcome = await mergeIntoMaster(port, results, BUILTIN_SETS, new Date().toISOString());
      dispatch({ type: 'imported', report: { changes: outcome.changes, written: outcome.written.length } });
    },
    [port, dispatch],
  );
  const readFiles = useCallback(
    async (files: readonly File[]) => {
      dispatch({ type: 'importStarted' });
      const toParse = await filesToParse(files);
      let inPane = false;
      const started = startParseJob(toParse, options(), BUILTIN_SETS, (progress) => dispatch({ type: 'busy', busy: { kind: 'parsing', progress, inPane } }), startSubmissionWorker);
      inPane = started.inPane;
      work.job.current = started;
      dispatch({ type: 'busy', busy: { kind: 'parsing', progress: { done: 0, total: files.length }, inPane } });
      const results = await started.results;
      if (results) await merge(results);
      else dispatch({ type: 'cancelled' });
    },
    [work, options, merge, dispatch],
  );
  const importFiles = useCallback(
    (files: readonly File[]) => exclusive({ kind: 'parsing', progress: { done: 0, total: files.length }, inPane: false }, () => readFiles(files), 'pane.consolidation.importFailed'),
    [exclusive, readFiles],
  );
  const mergeSheetsIn = useCallback(
    (sheets: readonly string[]) =>
      exclusive(
        { kind: 'merging' },
        async () => {
          dispatch({ type: 'importStarted' });
          await merge(await readFormSheets(port, sheets, BUILTIN_SETS, options()));
        },
        'pane.consolidation.importFailed',
      ),
    [exclusive, merge, options, port, dispatch],
  );
  return { importFiles, mergeSheetsIn };
}

export function useConsolidation(port: WorkbookPort, refreshTick: number): ConsolidationApi {
  const [state, dispatch] = useReducer(consolidationReducer, INITIAL_CONSOLIDATION);
  const job = useRef<ParseJob>();
  const running = useRef(false);
  const [work] = useState<Work>(() => ({ job, running }));
  const reload = useMasterReads(port, refreshTick, work, dispatch);
  const accepted = useAcceptedForms(state.snapshot?.rankings[0]?.setId);
  const exclusive = useExclusive(work, reload, dispatch);
  const { importFiles, mergeSheetsIn } = useImports(port, work, exclusive, accepted.options, dispatch);
  const formSheets = state.snapshot?.formSheets;
  const mergeSheets = useCallback(() => mergeSheetsIn(formSheets ?? []), [mergeSheetsIn, formSheets]);
  const setUp = useCallback((roster: RosterEntry[]) => exclusive({ kind: 'settingUp' }, () => setUpMaster(port, roster, BUILTIN_SETS), 'pane.consolidation.setupFailed'), [exclusive, port]);
  const accept = useCallback(
    (ids?: readonly string[]) => exclusive({ kind: 'accepting' }, () => acceptUnlistedUnits(port, BUILTIN_SETS, ids), 'ranking.acceptFailed'),
    [exclusive, port],
  );
  const cancel = useCallback(() => work.job.current?.cancel(), [work]);
  const dismissError = useCallback(() => dispatch({ type: 'dismissError' }), []);
  const { year, setYear, group, setGroup, groups } = accepted;
  return { ...state, year, group, groups, years: YEARS, setYear, setGroup, reload, setUp, importFiles, mergeSheets, accept, cancel, dismissError };
}
