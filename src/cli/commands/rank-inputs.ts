// What `rank` starts from and checks before it writes: the master to import into (refused when
// the file is not a master), the roster, last year's master, and an output that is none of the
// files it reads (an input, the roster, last year's master).

import { BUILTIN_SETS } from '../../sets';
import {
  emptyMaster, lastYearIndex, readMasterBook, rosterFromGrid, withLastYear,
  type MasterState, type RosterEntry, type SubmissionResult, type Telling,
} from '../../consolidate';
import { msg } from '../../messages';
import { isXlsxError, MASTER_READ_LIMITS, readWorkbook } from '../../xlsx';
import { nativeInflate } from '../native-inflate';
import { readBytes, sameFile } from '../files';
import { InputError, UsageError } from '../io';
import { defaultRoster, rosterOption } from '../roster-arg';

function readGrids(file: string) {
  try {
    return readWorkbook(readBytes(file), MASTER_READ_LIMITS, nativeInflate).sheets;
  } catch (e) {
    if (isXlsxError(e)) throw new InputError(msg('cli.fileDetail', { file, detail: e.localized }));
    throw e;
  }
}

function rosterFrom(file: string): RosterEntry[] {
  for (const grid of readGrids(file)) {
    const { entries } = rosterFromGrid(grid);
    if (entries.length > 0) return entries;
  }
  throw new InputError(msg('cli.rank.noRoster', { file }));
}

/** A master's state, or an error naming the file when it holds no master. */
function masterFrom(file: string, notices: Telling[]): MasterState {
  const read = readMasterBook(readGrids(file), BUILTIN_SETS);
  if (!read.isMaster) throw new InputError(msg('master.notAMaster', { file }));
  notices.push(...read.notices);
  return read.state;
}

/**
 * Roster entries with last year's appraised results from a previous master: each unit's
 * predecessors (or the unit itself) looked up by name within its group (src/consolidate/previous.ts).
 */
function withPrevious(roster: RosterEntry[], file: string): RosterEntry[] {
  return withLastYear(roster, lastYearIndex(masterFrom(file, []), BUILTIN_SETS));
}

export interface Start {
  state: MasterState;
  /** What reading the existing master had to rebuild or could not place. */
  notices: Telling[];
}

export function startingState(args: Record<string, string | true>, results: readonly SubmissionResult[]): Start {
  const notices: Telling[] = [];
  const master = typeof args.master === 'string' ? masterFrom(args.master, notices) : undefined;
  let roster = typeof args.roster === 'string' ? rosterOption(args.roster, rosterFrom) : (master?.roster ?? defaultRoster(results));
  if (typeof args.previous === 'string') roster = withPrevious(roster, args.previous);
  return { state: master ? { ...master, roster } : emptyMaster(roster), notices };
}

/** Refuses an output that would overwrite a file `rank` reads (the master it updates is fine). */
export function checkOutput(output: string, args: Record<string, string | true>, inputs: readonly string[]): void {
  const input = inputs.find((file) => sameFile(file, output));
  if (input !== undefined) throw new UsageError(msg('master.outputIsInput', { file: output, input }));
  if (typeof args.roster === 'string' && sameFile(args.roster, output)) throw new UsageError(msg('master.outputIsRoster', { file: output }));
  if (typeof args.previous === 'string' && sameFile(args.previous, output)) throw new UsageError(msg('master.outputIsPrevious', { file: output }));
}
