// What the consolidation view knows and does: the master read back from the workbook (re-read
// on focus, on change events and on refresh), setting it up with a roster, reading picked files
// in the worker with progress and cancel, merging form sheets already in the workbook, and the
// per-file results of the last import. Every merge re-reads the workbook first.

import { useCallback, useEffect, useRef, useState } from 'react';
import { BUILTIN_SETS } from '../../sets/builtin';
import { groupsOf } from '../../criteria/groups';
import type { Group, GroupId } from '../../criteria/model';
import type { SubmissionOptions } from '../../consolidate/submission';
import type { MergeChange, RosterEntry, SubmissionResult } from '../../consolidate/types';
import type { WorkbookPort } from '../../excel/port';
import { acceptUnlistedUnits, mergeIntoMaster, readFormSheets, readMaster, setUpMaster, type MasterSnapshot } from '../consolidation/master-io';
import { filesToParse, startParseJob, type ParseJob, type ParseProgress } from '../consolidation/parse-job';
import { paneError, type DetailCode, type PaneError } from '../logic/pane-error';
import { startSubmissionWorker } from '../workers/start-worker';
import { useRefreshTriggers } from './useRefreshTriggers';

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

export interface ConsolidationApi {
  snapshot?: MasterSnapshot;
  busy?: Busy;
  error?: PaneError;
  /** Results of the last import (files or sheets); undefined before any, or after a cancel. */
  report?: ImportReport;
  cancelled: boolean;
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

export function useConsolidation(port: WorkbookPort, refreshTick: number): ConsolidationApi {
  const [snapshot, setSnapshot] = useState<MasterSnapshot>();
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<PaneError>();
  const [report, setReport] = useState<ImportReport>();
  const [cancelled, setCancelled] = useState(false);
  const [year, setYear] = useState(YEARS[0]);
  const [group, setGroup] = useState<GroupId>();
  const job = useRef<ParseJob>();
  const working = useRef(false);
  const readSeq = useRef(0);

  const reload = useCallback(async () => {
    if (working.current) return; // an import re-reads when it is done
    const seq = ++readSeq.current;
    try {
      const next = await readMaster(port, BUILTIN_SETS);
      if (seq !== readSeq.current) return;
      setSnapshot(next);
      setError(undefined);
    } catch (e) {
      if (seq === readSeq.current) setError(paneError('pane.consolidation.readFailed', e));
    }
  }, [port]);

  // The year of the sets the master already uses is the one to accept.
  const masterSet = snapshot?.rankings[0]?.setId;
  useEffect(() => {
    const used = BUILTIN_SETS.find((s) => s.id === masterSet);
    if (used) setYear(used.year);
  }, [masterSet]);

  useEffect(() => {
    if (working.current) return;
    setBusy({ kind: 'reading' });
    void reload().finally(() => setBusy(undefined));
  }, [reload, refreshTick]);
  useRefreshTriggers(port, reload);

  /** Runs one piece of work on the workbook at a time, then reads the master again. */
  const exclusive = useCallback(
    async (first: Busy, work: () => Promise<unknown>, failure: DetailCode) => {
      if (working.current) return;
      working.current = true;
      setBusy(first);
      setError(undefined);
      try {
        await work();
      } catch (e) {
        setError(paneError(failure, e));
      } finally {
        job.current = undefined;
        working.current = false;
        await reload();
        setBusy(undefined);
      }
    },
    [reload],
  );

  const options = useCallback((): SubmissionOptions => ({ year, ...(group ? { group } : {}) }), [year, group]);

  const merge = useCallback(
    async (results: SubmissionResult[]) => {
      setBusy({ kind: 'merging' });
      const outcome = await mergeIntoMaster(port, results, BUILTIN_SETS, new Date().toISOString());
      setReport({ changes: outcome.changes, written: outcome.written.length });
    },
    [port],
  );

  const importFiles = useCallback(
    (files: readonly File[]) =>
      exclusive(
        { kind: 'parsing', progress: { done: 0, total: files.length }, inPane: false },
        async () => {
          setCancelled(false);
          setReport(undefined);
          const toParse = await filesToParse(files);
          let inPane = false;
          const started = startParseJob(toParse, options(), BUILTIN_SETS, (progress) => setBusy({ kind: 'parsing', progress, inPane }), startSubmissionWorker);
          inPane = started.inPane;
          job.current = started;
          setBusy({ kind: 'parsing', progress: { done: 0, total: files.length }, inPane });
          const results = await started.results;
          if (!results) {
            setCancelled(true);
            return;
          }
          await merge(results);
        },
        'pane.consolidation.importFailed',
      ),
    [exclusive, merge, options],
  );

  const mergeSheets = useCallback(
    () =>
      exclusive(
        { kind: 'merging' },
        async () => {
          setCancelled(false);
          setReport(undefined);
          const sheets = snapshot?.formSheets ?? [];
          await merge(await readFormSheets(port, sheets, BUILTIN_SETS, options()));
        },
        'pane.consolidation.importFailed',
      ),
    [exclusive, merge, options, port, snapshot],
  );

  const setUp = useCallback((roster: RosterEntry[]) => exclusive({ kind: 'settingUp' }, () => setUpMaster(port, roster, BUILTIN_SETS), 'pane.consolidation.setupFailed'), [exclusive, port]);
  const accept = useCallback(
    (ids?: readonly string[]) => exclusive({ kind: 'accepting' }, () => acceptUnlistedUnits(port, BUILTIN_SETS, ids), 'ranking.acceptFailed'),
    [exclusive, port],
  );

  const cancel = useCallback(() => job.current?.cancel(), []);
  const dismissError = useCallback(() => setError(undefined), []);

  return {
    snapshot, busy, error, report, cancelled, year, group, groups: groupsOf(BUILTIN_SETS.filter((s) => s.year === year)), years: YEARS, setYear, setGroup,
    reload, setUp, importFiles, mergeSheets, accept, cancel, dismissError,
  };
}
